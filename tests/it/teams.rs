//! Who answers, on both backends: each patient message reaches the team the clinic's rules
//! name (by category, by the patient's provider, by language, else the default team) and
//! shows in its members' "my teams"; an assignee who is away is answered for by their cover
//! (clinical messages; the patient is told who answers) or the team's pool (booking), until
//! the absence ends by itself; a cover that would go round is refused; a late reply is warned
//! of at three quarters of its time and escalated at its deadline to the cover and then to
//! the lead, by email over SMTP; a red flag nobody acknowledges escalates within 15 minutes.

use crate::helpers::*;
use portico::domain::{StaffId, StepKind, ThreadId};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn chicago(s: &str) -> jiff::Timestamp {
    let dt: jiff::civil::DateTime = s.parse().unwrap();
    dt.to_zoned(jiff::tz::TimeZone::get("America/Chicago").unwrap()).unwrap().timestamp()
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_string()
}

fn thread_of(p: &Value) -> ThreadId {
    ThreadId::parse(p["thread_id"].as_str().unwrap()).unwrap()
}

/// A member of the care team invited through the API (no sign-in): their id.
async fn invite(app: &TestApp, email: &str, name: &str) -> String {
    let r = app.post("/staff", &json!({"email": email, "role": "nurse", "name": name})).await;
    assert!(r.status.is_success(), "{}", r.text);
    id(&r.json())
}

async fn team(app: &TestApp, name: &str, lead: Option<&str>, members: &[&str], is_default: bool) -> String {
    let r =
        app.post("/teams", &json!({"name": name, "lead_id": lead, "members": members, "is_default": is_default})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    id(&r.json())
}

async fn put(app: &TestApp, path: &str, body: &Value) -> Reply {
    app.api(Method::PUT, path, Some(body)).await
}

async fn conversation(app: &TestApp, p: &Value) -> portico::store::Conversation {
    app.state.store.conversation(&app.clinic.id, &thread_of(p)).await.unwrap().unwrap()
}

async fn steps(app: &TestApp, p: &Value) -> Vec<portico::domain::ConversationStep> {
    app.state.store.conversation_steps(&app.clinic.id, &thread_of(p)).await.unwrap()
}

/// The patient writes on their thread page (a question).
async fn writes(b: &Browser, p: &Value, body: &str) -> Reply {
    let path = format!("/p/threads/{}", p["thread_id"].as_str().unwrap());
    let csrf = form_field(&b.get(&path).await.text, "csrf").unwrap();
    let r = b.post_form(&format!("{path}/messages"), &[("csrf", &csrf), ("body", body)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    b.get(r.header("location").unwrap()).await
}

/// The patient asks for another time from their appointment's page (a booking message).
async fn asks_for_another_time(app: &TestApp, p: &Value) {
    let a = app.appointment_for(p["id"].as_str().unwrap(), 30).await;
    let (b, csrf) = app.on_visit_page(p, &a).await;
    let r =
        b.post_form(&format!("/p/appointments/{}/reschedule", id(&a)), &[("csrf", &csrf), ("note", "mornings")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
}

fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

mod routing {
    use super::*;

    crate::backend_tests! {
    async fn each_message_reaches_the_team_its_rules_name_and_shows_in_that_teams_view(app) {
        let nina = crate::live::nina(&app).await;
        let omar = crate::live::staff_member(&app, "omar@lakeside.example", "Omar Haddad", &app.api_key).await;
        let staff = app.get("/teams").await.json();
        assert_eq!(staff["data"], json!([]), "no teams yet");
        let (nina_id, omar_id) = {
            let all = app.state.store.staff(&app.clinic.id).await.unwrap();
            let of = |n: &str| all.iter().find(|m| m.name.as_str() == n).unwrap().id.to_string();
            (of("Nina Okafor"), of("Omar Haddad"))
        };
        let desk = team(&app, "Front desk", None, &[&omar_id], true).await;
        let nurses = team(&app, "Nurses", None, &[&nina_id], false).await;
        let herrera = team(&app, "Dr. Herrera's team", None, &[], false).await;
        let spanish = team(&app, "Spanish line", None, &[], false).await;
        let rules = json!({"rules": [
            {"category": "refill", "team_id": nurses},
            {"provider": "dr. herrera", "team_id": herrera},
            {"language": "es", "team_id": spanish},
        ]});
        let r = put(&app, "/clinic/routing", &rules).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);

        // A question in Spanish: the language rule.
        let maria = app.maria().await;
        let (b, _) = app.stepped_up_browser(&maria, "thread").await;
        writes(&b, &maria, "¿Ya están mis resultados?").await;
        assert_eq!(conversation(&app, &maria).await.team_id.as_deref(), Some(spanish.as_str()));
        // A booking message from a patient of Dr. Herrera's: the provider rule.
        let sam = app.create_patient(json!({"name": "Sam Reyes", "phone": "+13125550177", "language": "en"})).await;
        asks_for_another_time(&app, &sam).await;
        assert_eq!(conversation(&app, &sam).await.team_id.as_deref(), Some(herrera.as_str()));
        // A refill request: the category rule, first in order.
        let ada = app.create_patient(json!({"name": "Ada Obi", "phone": "+13125550178", "email": "ada@example.org", "language": "en"})).await;
        let med = app.post(&format!("/patients/{}/medications", id(&ada)), &json!({"name": "Metformin 500 mg"})).await.json();
        let (b, _) = app.stepped_up_browser(&ada, "sign_in").await;
        let csrf = form_field(&b.get("/p/refills").await.text, "csrf").unwrap();
        let r = b.post_form("/p/refills", &[("csrf", &csrf), ("medication", &id(&med)), ("pharmacy", "other"), ("other_pharmacy", "Walgreens"), ("note", "")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(conversation(&app, &ada).await.team_id.as_deref(), Some(nurses.as_str()));
        // Nothing matches: the default team.
        let ben = app.create_patient(json!({"name": "Ben Cole", "phone": "+13125550179", "email": "ben@example.org", "language": "en"})).await;
        let (b, _) = app.stepped_up_browser(&ben, "thread").await;
        writes(&b, &ben, "Do you have parking?").await;
        assert_eq!(conversation(&app, &ben).await.team_id.as_deref(), Some(desk.as_str()));
        let routed = steps(&app, &ben).await;
        assert_eq!((routed.len(), routed[0].kind, routed[0].team_id.as_deref()), (1, StepKind::Routed, Some(desk.as_str())));

        // Each member's "my teams" holds their team's conversations only.
        let mine = nina.get("/staff?view=my-teams").await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(mine.text.contains("Ada Obi") && !mine.text.contains("Ben Cole") && !mine.text.contains("Maria"), "{}", mine.text);
        let desks = omar.get("/staff?view=my-teams").await;
        assert!(desks.text.contains("Ben Cole") && !desks.text.contains("Ada Obi"), "{}", desks.text);
        // The conversation page names its team and how it got there.
        let page = omar.get(&format!("/staff/conversations/{}", thread_of(&ben))).await;
        assert!(plain(&page.text).contains("Team: Front desk") && plain(&page.text).contains("Routed to Front desk"), "{}", page.text);
        // Moving it to another team: it leaves the first team's view.
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = omar.post_form(&format!("/staff/conversations/{}/team", thread_of(&ben)), &[("csrf", &csrf), ("team", &nurses)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert!(!omar.get("/staff?view=my-teams").await.text.contains("Ben Cole"));
        assert!(nina.get("/staff?view=my-teams").await.text.contains("Ben Cole"));

        // The clinic's systems see the same through the API, page by page.
        let teams_of: std::collections::HashMap<String, Option<String>> = {
            let (mut all, mut after) = (std::collections::HashMap::new(), None::<String>);
            loop {
                let q = match &after { Some(a) => format!("/conversations?view=open&limit=3&after={a}"), None => "/conversations?view=open&limit=3".into() };
                let page = app.get(&q).await.json();
                for c in page["data"].as_array().unwrap() {
                    all.insert(c["patient_id"].as_str().unwrap().to_string(), c["team_id"].as_str().map(String::from));
                }
                match page["next_cursor"].as_str() { Some(n) => after = Some(n.to_string()), None => break all }
            }
        };
        assert_eq!(teams_of.len(), 4, "{teams_of:?}");
        assert_eq!(teams_of[&id(&maria)], Some(spanish.clone()));
        assert_eq!(teams_of[&id(&sam)], Some(herrera.clone()));
        assert_eq!(teams_of[&id(&ada)], Some(nurses.clone()));
        assert_eq!(teams_of[&id(&ben)], Some(nurses.clone()), "moved");
        let one = app.get(&format!("/conversations/{}", thread_of(&ben))).await.json();
        let kinds: Vec<&str> = one["steps"].as_array().unwrap().iter().map(|s| s["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["routed", "routed"], "{one}");
        assert_eq!(one["steps"][1]["team_id"], json!(nurses));
        assert_eq!(app.get("/conversations?view=mine").await.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.get("/conversations?limit=0").await.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.get("/conversations/thr_00000000000000000000000000").await.status, StatusCode::NOT_FOUND);
    }

    async fn routing_rules_and_teams_that_do_not_hold_are_refused_naming_the_field_and_change_nothing(app) {
        let nina = invite(&app, "nina@lakeside.example", "Nina Okafor").await;
        let nurses = team(&app, "Nurses", Some(&nina), &[&nina], true).await;
        let good = json!({"rules": [{"category": "refill", "team_id": nurses}]});
        assert_eq!(put(&app, "/clinic/routing", &good).await.status, StatusCode::OK);
        let cases = [
            (json!({"rules": [{"team_id": "team_00000000000000000000000000"}]}), "rules[0].team_id"),
            (json!({"rules": [{"category": "refill", "team_id": nurses}, {"category": "lunch", "team_id": nurses}]}), "rules[1].category"),
            (json!({"rules": [{"language": "<b>", "team_id": nurses}]}), "rules[0].language"),
        ];
        for (body, field) in cases {
            let r = put(&app, "/clinic/routing", &body).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", r.text);
            assert!(r.text.contains(field), "{field}: {}", r.text);
        }
        assert_eq!(app.get("/clinic/routing").await.json(), good, "the rules that held are kept");
        // A team: a member who is not of this clinic's care team; a name already taken.
        let r = app.post("/teams", &json!({"name": "Night", "members": ["stf_00000000000000000000000000"]})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert!(r.text.contains("members[0]"), "{}", r.text);
        assert_eq!(app.post("/teams", &json!({"name": "Nurses"})).await.status, StatusCode::CONFLICT);
        // A second default team takes the place of the first.
        let desk = team(&app, "Front desk", None, &[], true).await;
        let teams = app.get("/teams").await.json();
        let default: Vec<&Value> = teams["data"].as_array().unwrap().iter().filter(|t| t["is_default"] == true).collect();
        assert_eq!(default.len(), 1);
        assert_eq!(default[0]["id"], json!(desk));
        assert_eq!(teams["data"].as_array().unwrap().len(), 2);
        // An absence the API refuses names its field, and nothing is kept.
        for (body, field) in [
            (json!({"staff_id": nina, "starts_on": "2030-03-06", "ends_on": "2030-03-07", "cover_id": nina}), "cover_id"),
            (json!({"staff_id": nina, "starts_on": "2030-03-07", "ends_on": "2030-03-06"}), "ends_on"),
            (json!({"staff_id": nina, "starts_on": "2029-03-01", "ends_on": "2029-03-02"}), "ends_on"),
        ] {
            let r = app.post("/absences", &body).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", r.text);
            assert_eq!(r.json()["error"]["field"], field, "{}", r.text);
        }
        assert_eq!(app.get("/absences").await.json()["data"], json!([]));
    }
    }
}

mod coverage {
    use super::*;

    crate::backend_tests! {
    async fn while_an_assignee_is_away_clinical_messages_go_to_the_cover_booking_goes_to_the_pool_until_the_absence_ends(app) {
        let nina = crate::live::nina(&app).await;
        let omar = crate::live::staff_member(&app, "omar@lakeside.example", "Omar Haddad", &app.api_key).await;
        let omar_id = app.state.store.staff(&app.clinic.id).await.unwrap().into_iter().find(|m| m.name.as_str() == "Omar Haddad").unwrap().id;
        let maria = app.maria().await;
        let (mb, _) = app.stepped_up_browser(&maria, "thread").await;
        writes(&mb, &maria, "¿Puedo tomar ibuprofeno?").await;
        let sam = app.create_patient(json!({"name": "Sam Reyes", "phone": "+13125550177", "language": "en"})).await;
        asks_for_another_time(&app, &sam).await;
        // Nina takes both.
        for p in [&maria, &sam] {
            let page = nina.get(&format!("/staff/conversations/{}", thread_of(p))).await;
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = nina.post_form(&format!("/staff/conversations/{}/assign", thread_of(p)), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
        }
        // Nina is away today and the next two days, Omar covering.
        let away = nina.get("/staff/away").await;
        assert_eq!(away.status, StatusCode::OK);
        let csrf = form_field(&away.text, "csrf").unwrap();
        let r = nina.post_form("/staff/away", &[("csrf", &csrf), ("starts_on", "2030-03-05"), ("ends_on", "2030-03-07"), ("cover", omar_id.as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert!(plain(&nina.get("/staff/away").await.text).contains("Nina Okafor: 2030-03-05 to 2030-03-07, covered by Omar Haddad"));
        // Omar cannot name Nina to cover for him on the same days: it would go round.
        let page = omar.get("/staff/away").await;
        let nina_id = app.state.store.staff(&app.clinic.id).await.unwrap().into_iter().find(|m| m.name.as_str() == "Nina Okafor").unwrap().id;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = omar.post_form("/staff/away", &[("csrf", &csrf), ("starts_on", "2030-03-06"), ("ends_on", "2030-03-06"), ("cover", nina_id.as_str())]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(says(&r.text, "en", "staff-away-loop"), "{}", r.text);
        let today = jiff::civil::date(2030, 3, 5);
        assert_eq!(app.state.store.absences(&app.clinic.id, today).await.unwrap().len(), 1, "nothing kept");

        // Maria asks a question: Omar answers it for Nina, and Maria is told so.
        let page = writes(&mb, &maria, "Y otra pregunta").await;
        let c = conversation(&app, &maria).await;
        assert_eq!((c.assignee_id.as_ref(), c.covering_for.as_ref()), (Some(&omar_id), Some(&nina_id)));
        assert!(plain(&page.text).contains("Mientras Nina Okafor"), "{}", page.text);
        assert!(plain(&page.text).contains("Omar Haddad"), "{}", page.text);
        let staff_page = omar.get(&format!("/staff/conversations/{}", thread_of(&maria))).await;
        assert!(plain(&staff_page.text).contains("Covering for Nina Okafor"), "{}", staff_page.text);
        assert!(plain(&staff_page.text).contains("Nina Okafor is away: given to Omar Haddad"), "{}", staff_page.text);
        assert!(omar.get("/staff?view=mine").await.text.contains("Maria Lopez"));
        // Sam asks for another time again: booking goes back to the pool, not to Omar.
        asks_for_another_time(&app, &sam).await;
        let c = conversation(&app, &sam).await;
        assert_eq!(c.assignee_id, None);
        assert_eq!(steps(&app, &sam).await.last().map(|s| s.kind), Some(StepKind::Pooled));

        // After the last day the absence is over by itself: nothing more is said or moved.
        app.clock.set(chicago("2030-03-08T10:00"));
        let (mb, path) = app.stepped_up_browser(&maria, "thread").await;
        let page = mb.get(&path).await;
        assert!(!plain(&page.text).contains("Mientras Nina Okafor"), "{}", page.text);
        assert!(app.state.store.absences(&app.clinic.id, jiff::civil::date(2030, 3, 8)).await.unwrap().is_empty());
    }
    }
}

mod escalation {
    use super::*;

    fn mail_to(smtp: &crate::standins::smtp::SmtpServer, to: &str) -> Vec<String> {
        smtp.messages()
            .iter()
            .filter(|m| m.rcpt_to.iter().any(|r| r == to))
            .map(|m| crate::standins::smtp::parse(m).body_text(0).map(|t| t.to_string()).unwrap_or_default())
            .collect()
    }

    crate::provider_tests! {
    async fn a_late_reply_is_warned_at_three_quarters_and_escalated_to_the_cover_then_the_lead_by_email(app, twilio, smtp) {
        let nina = invite(&app, "nina@lakeside.example", "Nina Okafor").await;
        let omar = invite(&app, "omar@lakeside.example", "Omar Haddad").await;
        let lee = invite(&app, "lee@lakeside.example", "Lee Park").await;
        team(&app, "Nurses", Some(&lee), &[&nina, &omar], true).await;
        // Tuesday 10:00: Sam texts a question (one business day: due Wednesday 17:00).
        app.clock.set(chicago("2030-03-05T10:00"));
        let sam = app.create_patient(json!({"name": "Sam Reyes", "phone": "+13125550177", "language": "en"})).await;
        let (code, _) = twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550177", &twilio.from, "Is my lab result in?").await;
        assert_eq!(code, 200);
        let clock = app.state.store.reply_clock(&app.clinic.id, &thread_of(&sam)).await.unwrap().unwrap();
        assert_eq!(clock.due_at, Some(chicago("2030-03-06T17:00")));
        // 15 business hours; three quarters of them have passed at Wednesday 13:15.
        assert_eq!(clock.warn_at, Some(chicago("2030-03-06T13:15")));
        let mut c = conversation(&app, &sam).await;
        assert!(c.team_id.is_some(), "routed to the default team");
        c.assign(&StaffId::parse(&nina).unwrap(), app.clock_now());
        app.state.store.save_conversation(&c).await.unwrap();
        // Nina is away from Wednesday, Omar covering.
        let r = app.post("/absences", &json!({"staff_id": nina, "starts_on": "2030-03-06", "ends_on": "2030-03-08", "cover_id": omar})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);

        app.clock.set(chicago("2030-03-06T13:14"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 0, "nothing before its time");
        app.clock.set(chicago("2030-03-06T13:15"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 1);
        let warned = mail_to(&smtp, "omar@lakeside.example");
        assert!(warned.iter().any(|m| m.contains("is due by") && m.contains(&format!("/staff/conversations/{}", thread_of(&sam)))), "{warned:?}");
        assert!(mail_to(&smtp, "nina@lakeside.example").iter().all(|m| !m.contains("is due by")), "not the one away");
        assert!(warned.iter().all(|m| !m.contains("Sam") && !m.contains("lab result")), "no patient, no health detail: {warned:?}");
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 0, "warned once");

        // The deadline: to the cover.
        app.clock.set(chicago("2030-03-06T17:00"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 1);
        assert_eq!(conversation(&app, &sam).await.assignee_id.map(|s| s.to_string()), Some(omar.clone()));
        assert!(mail_to(&smtp, "omar@lakeside.example").iter().any(|m| m.contains("It is yours now")));
        // Four hours on (a quarter of the window, at most four hours): to the lead.
        app.clock.set(chicago("2030-03-06T20:59"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 0);
        app.clock.set(chicago("2030-03-06T21:00"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 1);
        assert_eq!(conversation(&app, &sam).await.assignee_id.map(|s| s.to_string()), Some(lee.clone()));
        assert!(mail_to(&smtp, "lee@lakeside.example").iter().any(|m| m.contains("It is yours now")));
        app.clock.set(chicago("2030-03-07T12:00"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 0, "after the lead, no further step");
        let kinds: Vec<(StepKind, Option<String>)> =
            steps(&app, &sam).await.into_iter().map(|s| (s.kind, s.staff_id.map(|x| x.to_string()))).collect();
        assert_eq!(
            kinds,
            vec![
                (StepKind::Routed, None),
                (StepKind::Warned, Some(omar.clone())),
                (StepKind::Escalated, Some(omar.clone())),
                (StepKind::Escalated, Some(lee.clone())),
            ]
        );
        let audit = app.get("/audit?limit=500").await.json();
        let escalated = audit["data"].as_array().unwrap().iter().filter(|e| e["action"] == "conversation.escalated").count();
        assert_eq!(escalated, 2);
    }

    async fn a_red_flag_nobody_acknowledges_is_escalated_to_the_lead_within_15_minutes_at_3_am(app, twilio, smtp) {
        let lee = invite(&app, "lee@lakeside.example", "Lee Park").await;
        team(&app, "Nurses", Some(&lee), &[&lee], true).await;
        app.clock.set(chicago("2030-03-06T03:00"));
        let sam = app.create_patient(json!({"name": "Sam Reyes", "phone": "+13125550177", "language": "en"})).await;
        let (_, body) = twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550177", &twilio.from, "I have chest pain").await;
        assert!(body.contains("911"), "{body}");
        app.clock.set(chicago("2030-03-06T03:12"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 1, "the warning, three quarters in");
        assert!(mail_to(&smtp, "lee@lakeside.example").iter().any(|m| m.contains("is due by")));
        app.clock.set(chicago("2030-03-06T03:15"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 1);
        assert_eq!(conversation(&app, &sam).await.assignee_id.map(|s| s.to_string()), Some(lee.clone()));
        assert!(mail_to(&smtp, "lee@lakeside.example").iter().any(|m| m.contains("It is yours now")));
    }

    async fn a_reply_before_the_warning_stops_warning_and_escalation(app, twilio, smtp) {
        let lee = invite(&app, "lee@lakeside.example", "Lee Park").await;
        team(&app, "Nurses", Some(&lee), &[&lee], true).await;
        app.clock.set(chicago("2030-03-05T10:00"));
        let sam = app.create_patient(json!({"name": "Sam Reyes", "phone": "+13125550177", "language": "en"})).await;
        twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550177", &twilio.from, "Is my lab result in?").await;
        let r = app.post(&format!("/patients/{}/messages", id(&sam)), &json!({"body": "Yes, all normal.", "sender": "Lee Park"})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let before = smtp.messages().len();
        app.clock.set(chicago("2030-03-07T12:00"));
        assert_eq!(portico::routing::run_due(&app.state).await.unwrap(), 0);
        assert_eq!(smtp.messages().len(), before, "no email");
    }
    }
}

mod two_stores {
    use super::*;

    crate::backend_tests! {
    async fn two_processes_on_one_database_take_each_due_warning_and_escalation_once(app) {
        let other = app.db.store().await;
        let now = app.clock_now();
        let minute = jiff::SignedDuration::from_mins(1);
        for i in 0..30 {
            let p = app.create_patient(json!({"name": format!("Patient {i}"), "phone": format!("+1312555{:04}", 1000 + i), "language": "en"})).await;
            let clock = portico::domain::ReplyClock {
                first_unanswered_at: Some(now - minute * 60),
                due_at: Some(now - minute * i),
                warn_at: Some(now - minute * (i + 30)),
                ..Default::default()
            };
            app.state.store.save_reply_clock(&app.clinic.id, &thread_of(&p), &clock, now).await.unwrap();
        }
        let take = |store: portico::store::DynStore, warnings: bool| async move {
            let mut taken = vec![];
            loop {
                let batch = if warnings { store.take_due_warnings(now, 4).await } else { store.take_due_escalations(now, 4).await };
                let batch = batch.unwrap();
                if batch.is_empty() {
                    return taken;
                }
                taken.extend(batch.into_iter().map(|d| d.thread_id.to_string()));
            }
        };
        for warnings in [true, false] {
            let (a, b) = tokio::join!(take(app.state.store.clone(), warnings), take(other.clone(), warnings));
            let mut all: Vec<String> = a.iter().chain(b.iter()).cloned().collect();
            all.sort();
            let n = all.len();
            all.dedup();
            assert_eq!((n, all.len()), (30, 30), "warnings {warnings}: each taken once, none left: {} and {}", a.len(), b.len());
        }
    }
    }
}

mod presence {
    use super::*;

    crate::backend_tests! {
    async fn a_conversation_page_names_colleagues_who_opened_it_in_the_last_five_minutes(app) {
        let nina = crate::live::nina(&app).await;
        let omar = crate::live::staff_member(&app, "omar@lakeside.example", "Omar Haddad", &app.api_key).await;
        let maria = app.maria().await;
        let (b, _) = app.stepped_up_browser(&maria, "thread").await;
        writes(&b, &maria, "Hola").await;
        let path = format!("/staff/conversations/{}", thread_of(&maria));
        let first = nina.get(&path).await;
        assert!(!plain(&first.text).contains("Also looking at this"), "nobody else yet");
        let second = omar.get(&path).await;
        assert!(plain(&second.text).contains("Also looking at this: Nina Okafor ("), "{}", second.text);
        assert!(plain(&nina.get(&path).await.text).contains("Also looking at this: Omar Haddad ("));
        app.clock.advance(std::time::Duration::from_secs(6 * 60));
        // Sessions idle for 30 minutes: both are still signed in.
        assert!(!plain(&omar.get(&path).await.text).contains("Nina Okafor ("), "five minutes on, no longer named");
    }

    async fn a_colleague_can_be_given_a_conversation_but_not_someone_of_another_clinic(app) {
        let nina = crate::live::nina(&app).await;
        let omar = crate::live::staff_member(&app, "omar@lakeside.example", "Omar Haddad", &app.api_key).await;
        let nina_id = app.state.store.staff(&app.clinic.id).await.unwrap().into_iter().find(|m| m.name.as_str() == "Nina Okafor").unwrap().id;
        let maria = app.maria().await;
        let (b, _) = app.stepped_up_browser(&maria, "thread").await;
        writes(&b, &maria, "Hola").await;
        let path = format!("/staff/conversations/{}", thread_of(&maria));
        let page = omar.get(&path).await;
        assert!(page.text.contains(&format!("<option value=\"{nina_id}\">Nina Okafor</option>")), "{}", page.text);
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = omar.post_form(&format!("{path}/assign"), &[("csrf", &csrf), ("to", "stf_00000000000000000000000000")]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "not one of the clinic's");
        assert_eq!(conversation(&app, &maria).await.assignee_id, None, "nothing changed");
        let r = omar.post_form(&format!("{path}/assign"), &[("csrf", &csrf), ("to", nina_id.as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(conversation(&app, &maria).await.assignee_id, Some(nina_id));
        assert!(nina.get("/staff?view=mine").await.text.contains("Maria Lopez"));
    }
    }
}

mod staff_language {
    use super::*;

    fn subjects_to(outbox: &[Value], to: &str) -> Vec<String> {
        outbox.iter().filter(|m| m["to"] == to).map(|m| plain(m["subject"].as_str().unwrap_or_default())).collect()
    }

    crate::backend_tests! {
    async fn staff_emails_speak_the_language_a_member_was_invited_in_then_the_one_they_chose_on_the_staff_pages(app) {
        let r = app.post("/staff", &json!({"email": "lucia@lakeside.example", "role": "nurse", "name": "Lucía Gómez", "language": "es"})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let outbox = app.outbox().await;
        assert!(subjects_to(&outbox, "lucia@lakeside.example").iter().any(|s| s.ends_with("le invitan al equipo de atención")), "{outbox:?}");
        let bad = app.post("/staff", &json!({"email": "x@lakeside.example", "role": "nurse", "name": "X", "language": "<b>"})).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(bad.json()["error"]["field"], "language");
        // Signed in, she chooses French at the foot of a staff page.
        let lucia = crate::live::staff_member(&app, "lucia@lakeside.example", "Lucía Gómez", &app.api_key).await;
        let outbox = app.outbox().await;
        assert!(subjects_to(&outbox, "lucia@lakeside.example").iter().any(|s| s.ends_with("su enlace de acceso")), "{outbox:?}");
        let r = lucia.get("/lang/fr?next=/staff").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let b = app.browser();
        let csrf = form_field(&b.get("/staff/signin").await.text, "csrf").unwrap();
        b.post_form("/staff/signin", &[("csrf", &csrf), ("email", "lucia@lakeside.example")]).await;
        let outbox = app.outbox().await;
        assert_eq!(subjects_to(&outbox, "lucia@lakeside.example").last().map(String::as_str), Some("Lakeside Family Clinic : votre lien de connexion"));
        // Someone not signed in who switches changes nobody's emails.
        app.browser().get("/lang/ar?next=/staff").await;
        let member = app.state.store.staff(&app.clinic.id).await.unwrap().into_iter().find(|m| m.name.as_str() == "Lucía Gómez").unwrap();
        assert_eq!(member.language.map(|l| l.as_str().to_string()).as_deref(), Some("fr"));
    }
    }
}

mod admin_page {
    use super::*;

    crate::backend_tests! {
    async fn an_administrator_signed_in_recently_changes_teams_and_no_one_else_does(app) {
        let nina = crate::live::nina(&app).await;
        let ada = crate::live::staff_member_as(&app, "ada@lakeside.example", "Ada Obi", &app.api_key, "admin").await;
        let nina_id = app.state.store.staff(&app.clinic.id).await.unwrap().into_iter().find(|m| m.name.as_str() == "Nina Okafor").unwrap().id;
        // A nurse sees the teams, not the forms, and her posts change nothing.
        let page = nina.get("/staff/admin/teams").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(says(&page.text, "en", "staff-admin-only") && !page.text.contains("action=\"/staff/admin/teams\""), "{}", page.text);
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = nina.post_form("/staff/admin/teams", &[("csrf", &csrf), ("name", "Night shift")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(app.state.store.teams(&app.clinic.id).await.unwrap().is_empty());

        let page = ada.get("/staff/admin/teams").await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = ada.post_form("/staff/admin/teams", &[("csrf", &csrf), ("name", "Nurses"), ("default", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let team = app.state.store.teams(&app.clinic.id).await.unwrap().remove(0);
        assert_eq!((team.name.as_str(), team.is_default), ("Nurses", true));
        let member = format!("member-{nina_id}");
        let r = ada.post_form(&format!("/staff/admin/teams/{}", team.id), &[("csrf", &csrf), ("name", "Nurses"), ("lead", nina_id.as_str()), (&member, "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let team = app.state.store.teams(&app.clinic.id).await.unwrap().remove(0);
        assert_eq!((team.lead_id.as_ref(), team.members.clone(), team.is_default), (Some(&nina_id), vec![nina_id.clone()], false));
        // A name another team has: refused, nothing changed.
        ada.post_form("/staff/admin/teams", &[("csrf", &csrf), ("name", "Front desk")]).await;
        let r = ada.post_form("/staff/admin/teams", &[("csrf", &csrf), ("name", "Nurses")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(says(&r.text, "en", "staff-admin-name-wrong"));
        assert_eq!(app.state.store.teams(&app.clinic.id).await.unwrap().len(), 2);
        // Twenty-one minutes after signing in (the session is still live): sign in again first.
        app.clock.advance(std::time::Duration::from_secs(21 * 60));
        let page = ada.get("/staff/admin/teams").await;
        assert!(says(&page.text, "en", "staff-admin-reauth"), "{}", page.text);
        let r = ada.post_form(&format!("/staff/admin/teams/{}", team.id), &[("csrf", &csrf), ("name", "Renamed")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(app.state.store.teams(&app.clinic.id).await.unwrap().iter().any(|t| t.name.as_str() == "Nurses"), "not renamed");
        let audit = app.get("/audit?action=team.created").await.json();
        assert_eq!(audit["data"].as_array().unwrap().len(), 2);
        assert!(audit["data"][0]["actor"].as_str().unwrap().starts_with("staff:"), "{audit}");
    }
    }
}
