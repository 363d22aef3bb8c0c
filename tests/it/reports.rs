//! Reply-time figures: medians, 90th percentiles and the share within the promise match a
//! hand-computed fixture, overall and per category, through the API and on the staff page;
//! a staff reply is counted; a team's figures are its conversations'; a bad period or an
//! unknown team is refused by name.

use crate::helpers::*;
use jiff::SignedDuration;
use portico::domain::{PatientId, ReplyCategory, ReplyClock, ReplyEpisode, ReplyPriority};
use reqwest::StatusCode;
use serde_json::json;

/// Tuesday 2030-03-05 10:00 in Chicago, inside the default opening hours.
fn tuesday_ten() -> jiff::Timestamp {
    jiff::civil::date(2030, 3, 5)
        .at(10, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::get("America/Chicago").unwrap())
        .unwrap()
        .timestamp()
}

crate::backend_tests! {
    async fn reply_figures_match_a_hand_computed_fixture(app) {
        let start = tuesday_ten();
        // Questions answered after 10, 20, 30, 40 and 100 minutes, each promised within 60;
        // refills after 60 and 120, promised within two days.
        let answers = [
            (ReplyCategory::Question, 10, 60), (ReplyCategory::Question, 20, 60), (ReplyCategory::Question, 30, 60),
            (ReplyCategory::Question, 40, 60), (ReplyCategory::Question, 100, 60),
            (ReplyCategory::Refill, 60, 2880), (ReplyCategory::Refill, 120, 2880),
        ];
        // The refill conversations are with the nurses' team.
        let nurses = app.post("/teams", &json!({"name": "Nurses"})).await.json()["id"].as_str().unwrap().to_string();
        for (i, (category, took, promised)) in answers.into_iter().enumerate() {
            let p = app.create_patient(json!({"name": format!("Patient {i}"), "phone": format!("+1312555{:04}", 300 + i)})).await;
            let id = PatientId::parse(p["id"].as_str().unwrap()).unwrap();
            let thread = app.state.store.patient(&app.clinic.id, &id).await.unwrap().unwrap().thread_id;
            let episode = ReplyEpisode {
                thread_id: thread,
                clinic_id: app.clinic.id.clone(),
                category,
                priority: ReplyPriority::Normal,
                started_at: start,
                due_at: Some(start + SignedDuration::from_mins(promised)),
                answered_at: start + SignedDuration::from_mins(took),
            };
            app.state.store.record_reply(&episode, &ReplyClock::default(), episode.answered_at).await.unwrap();
            if category == ReplyCategory::Refill {
                let mut c = app.state.store.conversation(&app.clinic.id, &episode.thread_id).await.unwrap().unwrap();
                c.team_id = Some(nurses.clone());
                app.state.store.save_conversation(&c).await.unwrap();
            }
        }
        let team = app.get(&format!("/reports/replies?from=2030-03-05&to=2030-03-05&team={nurses}")).await.json();
        assert_eq!((team["answered"].as_u64(), team["median_minutes"].as_f64()), (Some(2), Some(90.0)), "{team}");
        let r = app.get("/reports/replies?from=2030-03-05&to=2030-03-05").await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let v = r.json();
        assert_eq!((v["answered"].as_u64(), v["median_minutes"].as_f64(), v["p90_minutes"].as_f64()), (Some(7), Some(40.0), Some(120.0)));
        assert!((v["within_promise"].as_f64().unwrap() - 6.0 / 7.0).abs() < 1e-9);
        let of = |c: &str| v["by_category"].as_array().unwrap().iter().find(|x| x["category"] == c).unwrap().clone();
        let q = of("question");
        assert_eq!((q["answered"].as_u64(), q["median_minutes"].as_f64(), q["p90_minutes"].as_f64(), q["within_promise"].as_f64()), (Some(5), Some(30.0), Some(100.0), Some(0.8)));
        let rf = of("refill");
        assert_eq!((rf["answered"].as_u64(), rf["median_minutes"].as_f64(), rf["p90_minutes"].as_f64(), rf["within_promise"].as_f64()), (Some(2), Some(90.0), Some(120.0), Some(1.0)));
        assert_eq!(of("billing")["answered"], 0);
        assert!(of("billing")["median_minutes"].is_null());
        // Another day holds none of them.
        assert_eq!(app.get("/reports/replies?from=2030-03-06&to=2030-03-06").await.json()["answered"], 0);

        // Bad periods and a team are refused by name.
        for (q, field) in [("from=2030-03-06&to=2030-03-05", "from"), ("from=yesterday", "from"), ("from=2029-01-01&to=2030-03-05", "from"), ("team=nurses", "team")] {
            let r = app.get(&format!("/reports/replies?{q}")).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{q}: {}", r.text);
            assert_eq!(r.json()["error"]["field"], field, "{q}");
        }

        // The staff page shows the same figures, in a table and a chart.
        let nina = crate::live::nina(&app).await;
        let page = nina.get("/staff/reports?from=2030-03-05&to=2030-03-05").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        assert!(page.text.contains("<svg role=\"img\""), "{}", page.text);
        assert!(page.text.contains("<td>0.5</td><td>1.7</td><td>80 %</td>"), "questions: 30 and 100 minutes, 4 of 5: {}", page.text);
    }

    async fn a_staff_reply_is_counted_as_an_answer(app) {
        let maria = app.maria().await;
        let (b, thread) = app.stepped_up_browser(&maria, "thread").await;
        let page = b.get(&thread).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", "Can I get my results?")]).await;
        app.clock.advance(std::time::Duration::from_secs(25 * 60));
        let nina = crate::live::nina(&app).await;
        let id = thread.rsplit('/').next().unwrap();
        let path = format!("/staff/conversations/{id}");
        let page = nina.get(&path).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = nina.post_form(&format!("{path}/reply"), &[("csrf", &csrf), ("body", "Yes, they are in.")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let v = app.get("/reports/replies").await.json();
        assert_eq!(v["answered"], 1, "{v}");
        assert_eq!(v["by_category"].as_array().unwrap().iter().find(|x| x["category"] == "question").unwrap()["answered"], 1);
        assert_eq!(v["open"], 0, "nothing is owed now");
    }
}
