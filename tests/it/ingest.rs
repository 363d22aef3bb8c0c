//! An API write in one step: the appointment, its reminders, its audit event and its
//! `Idempotency-Key` with the kept answer written together; the patient and their grants read
//! together; and (PostgreSQL) the clinic kept from its API key until anything changes it.

use crate::helpers::{Backend, TestDb};
use jiff::{SignedDuration, Timestamp};
use portico::domain::*;
use portico::store::*;
use reqwest::StatusCode;
use serde_json::json;

fn kept(c: &Clinic, key: &str, request_hash: &[u8], body: &[u8], now: Timestamp) -> KeptAnswer {
    KeptAnswer {
        clinic: c.id.clone(),
        key: key.into(),
        request_hash: request_hash.to_vec(),
        status: 201,
        body: body.to_vec(),
        now,
    }
}

async fn clinic_and_patient(store: &DynStore, now: Timestamp) -> (Clinic, Patient) {
    let c = Clinic::new("Lakeside".into(), None, TimeZone::parse("America/Chicago").unwrap(), now);
    store.create_clinic(&c, &[5u8; 32], "pk_ingest").await.unwrap();
    let p = Patient {
        phone: Some(Phone::parse("+13125550181").unwrap()),
        ..Patient::new(
            c.id.clone(),
            PersonName::parse("Ana Ruiz").unwrap(),
            Locale::parse("es").unwrap(),
            TimeZone::parse("America/Chicago").unwrap(),
            ChannelList::new(vec![Channel::Sms]).unwrap(),
            now,
        )
    };
    store.insert_patient(&p, &p.thread_id).await.unwrap();
    (c, p)
}

/// The store's write with its kept answer.
mod written {
    use super::*;

    crate::store_tests! {
        async fn an_appointment_written_with_its_answer_takes_its_key_once_and_a_taken_key_writes_nothing(store) {
            let now = Timestamp::now();
            let (c, p) = clinic_and_patient(&store, now).await;
            let visit = |hours| Appointment::new(&p, now + SignedDuration::from_hours(hours), 30, now);
            let first = visit(30);
            let plan = portico::notify::reminders::plan(&c, &p, &first, &[], now);
            assert!(!plan.is_empty(), "the visit has reminders to write");
            let written = store.insert_appointment(&first, &plan, None, Some(&kept(&c, "k1", b"h", b"first", now))).await;
            assert_eq!(written.unwrap(), IdempotencyBegin::Fresh);
            // The key holds the answer, finished.
            let held = IdempotencyBegin::Replay { status: 201, body: b"first".to_vec() };
            assert_eq!(store.idempotency_begin(&c.id, "k1", b"h", now).await.unwrap(), held);

            // A copy of the request gets the first answer, another request under the key a refusal,
            // and a key reserved by a request still running says so; none of them writes.
            let copy = visit(31);
            let copy_plan = portico::notify::reminders::plan(&c, &p, &copy, &[], now);
            let again = store.insert_appointment(&copy, &copy_plan, None, Some(&kept(&c, "k1", b"h", b"copy", now))).await;
            assert_eq!(again.unwrap(), held);
            let other = store.insert_appointment(&copy, &copy_plan, None, Some(&kept(&c, "k1", b"x", b"copy", now))).await;
            assert_eq!(other.unwrap(), IdempotencyBegin::Mismatch);
            assert_eq!(store.idempotency_begin(&c.id, "k2", b"h", now).await.unwrap(), IdempotencyBegin::Fresh);
            let running = store.insert_appointment(&copy, &copy_plan, None, Some(&kept(&c, "k2", b"h", b"copy", now))).await;
            assert_eq!(running.unwrap(), IdempotencyBegin::InProgress);

            let stored: Vec<AppointmentId> = store.appointments_for(&c.id, &p.id).await.unwrap().into_iter().map(|a| a.id).collect();
            assert_eq!(stored, std::slice::from_ref(&first.id));
            let deliveries = store.deliveries_for(&c.id, &p.id, 100).await.unwrap();
            assert_eq!(deliveries.len(), plan.len(), "only the first visit's reminders");
            assert!(deliveries.iter().all(|d| d.appointment_id.as_ref() == Some(&first.id)));
            // The reservation a request left running is still there, unfinished.
            assert_eq!(store.idempotency_begin(&c.id, "k2", b"h", now).await.unwrap(), IdempotencyBegin::InProgress);
        }

        async fn a_reservation_a_crashed_request_left_is_taken_over_by_the_write(store) {
            let now = Timestamp::now();
            let (c, p) = clinic_and_patient(&store, now).await;
            assert_eq!(store.idempotency_begin(&c.id, "k", b"h", now).await.unwrap(), IdempotencyBegin::Fresh);
            let later = now + SignedDuration::from_mins(2);
            let a = Appointment::new(&p, later + SignedDuration::from_hours(30), 30, later);
            let written = store.insert_appointment(&a, &[], None, Some(&kept(&c, "k", b"h", b"late", later))).await;
            assert_eq!(written.unwrap(), IdempotencyBegin::Fresh);
            assert!(store.appointment(&c.id, &a.id).await.unwrap().is_some());
            let held = IdempotencyBegin::Replay { status: 201, body: b"late".to_vec() };
            assert_eq!(store.idempotency_begin(&c.id, "k", b"h", later).await.unwrap(), held);
        }
    }
}

/// Through the API.
mod api {
    use super::*;

    crate::backend_tests! {
        async fn a_patient_with_grants_reads_the_patient_and_their_grants_in_order(app) {
            let p = app.create_patient(json!({"name": "Sofia Reyes", "phone": "+13125550170", "birth_date": "2019-06-01"})).await;
            let pid = p["id"].as_str().unwrap();
            let until = (app.clock_now() + SignedDuration::from_hours(24 * 365)).to_string();
            for (name, phone) in [("Elena Reyes", "+13125550171"), ("Tomas Reyes", "+13125550172")] {
                let r = app.post(&format!("/patients/{pid}/grants"), &json!({
                    "grantee_name": name, "phone": phone, "scopes": ["appointments"],
                    "basis": "parent_of_minor", "expires_at": until})).await;
                assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            }
            let store = &app.state.store;
            let (clinic, id) = (&app.clinic.id, PatientId::parse(pid).unwrap());
            let (patient, grants) = store.patient_with_grants(clinic, &id).await.unwrap().unwrap();
            assert_eq!(format!("{patient:?}"), format!("{:?}", store.patient(clinic, &id).await.unwrap().unwrap()));
            assert_eq!(format!("{grants:?}"), format!("{:?}", store.grants_for_patient(clinic, &id).await.unwrap()));
            let names: Vec<&str> = grants.iter().map(|g| g.grantee_name.as_str()).collect();
            assert_eq!(names, ["Elena Reyes", "Tomas Reyes"]);
            assert!(store.patient_with_grants(clinic, &PatientId::new()).await.unwrap().is_none());
        }

        async fn an_appointment_idempotency_key_replays_the_first_answer_and_refuses_another_body(app) {
            let p = app.maria().await;
            let starts = |h| (app.clock_now() + SignedDuration::from_hours(h)).to_string();
            let send = |body: serde_json::Value| {
                app.client.post(app.url("/api/v1/appointments")).bearer_auth(&app.api_key)
                    .header("Idempotency-Key", "visit-1").json(&body).send()
            };
            let body = json!({"patient_id": p["id"], "starts_at": starts(30)});
            let first = send(body.clone()).await.unwrap();
            assert_eq!(first.status(), StatusCode::CREATED);
            assert!(first.headers().get("idempotent-replayed").is_none());
            let first: serde_json::Value = first.json().await.unwrap();
            let again = send(body).await.unwrap();
            assert_eq!(again.status(), StatusCode::CREATED);
            assert_eq!(again.headers().get("idempotent-replayed").unwrap(), "true");
            assert_eq!(again.json::<serde_json::Value>().await.unwrap(), first);
            let other = send(json!({"patient_id": p["id"], "starts_at": starts(40)})).await.unwrap();
            assert_eq!(other.status(), StatusCode::UNPROCESSABLE_ENTITY);
            assert_eq!(other.json::<serde_json::Value>().await.unwrap()["error"]["code"], "idempotency_key_reused");
            let pid = p["id"].as_str().unwrap();
            assert_eq!(app.get(&format!("/patients/{pid}/appointments")).await.json()["data"].as_array().unwrap().len(), 1);
        }

        async fn concurrent_copies_of_an_appointment_with_one_key_create_one_appointment(app) {
            let p = app.maria().await;
            let body = json!({"patient_id": p["id"], "starts_at": (app.clock_now() + SignedDuration::from_hours(30)).to_string()});
            let mut tasks = tokio::task::JoinSet::new();
            for _ in 0..10 {
                let req = app.client.post(app.url("/api/v1/appointments")).bearer_auth(&app.api_key)
                    .header("Idempotency-Key", "same").json(&body);
                tasks.spawn(async move { req.send().await.unwrap().status() });
            }
            let mut statuses = vec![];
            while let Some(s) = tasks.join_next().await {
                statuses.push(s.unwrap());
            }
            assert!(statuses.iter().all(|s| *s == StatusCode::CREATED || *s == StatusCode::CONFLICT), "{statuses:?}");
            assert!(statuses.contains(&StatusCode::CREATED));
            let pid = p["id"].as_str().unwrap();
            assert_eq!(app.get(&format!("/patients/{pid}/appointments")).await.json()["data"].as_array().unwrap().len(), 1);
        }

        async fn a_refused_appointment_is_kept_under_its_key_and_replayed(app) {
            let missing = PatientId::new();
            let body = json!({"patient_id": missing.as_str(), "starts_at": (app.clock_now() + SignedDuration::from_hours(30)).to_string()});
            let send = || {
                app.client.post(app.url("/api/v1/appointments")).bearer_auth(&app.api_key)
                    .header("Idempotency-Key", "refused").json(&body).send()
            };
            let first = send().await.unwrap();
            assert_eq!(first.status(), StatusCode::UNPROCESSABLE_ENTITY);
            assert!(first.headers().get("idempotent-replayed").is_none());
            let first: serde_json::Value = first.json().await.unwrap();
            assert_eq!(first["error"]["field"], "patient_id");
            let again = send().await.unwrap();
            assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
            assert_eq!(again.headers().get("idempotent-replayed").unwrap(), "true");
            assert_eq!(again.json::<serde_json::Value>().await.unwrap(), first);
        }
    }
}

/// Two processes' stores on one PostgreSQL: the one that keeps a clinic is told when another
/// changes it, long before the cache would forget it on its own (5 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_revoked_by_hand_is_refused_by_a_listening_process_within_three_seconds() {
    let Some(db) = TestDb::new(Backend::Postgres).await else { return };
    let (writer, listening) = (db.store().await, db.store().await);
    let now = Timestamp::now();
    let (c, _) = clinic_and_patient(&writer, now).await;
    let mut signals = listening.live_signals().await.unwrap();
    // The listener says it is connected (and listening) with its first signal.
    tokio::time::timeout(std::time::Duration::from_secs(10), signals.recv()).await.unwrap().unwrap();
    assert_eq!(listening.clinic_by_api_key(&[5u8; 32]).await.unwrap().map(|k| k.id), Some(c.id.clone()));
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    sqlx::query("UPDATE api_keys SET revoked_at = 1 WHERE key_hash = $1")
        .bind(&[5u8; 32][..])
        .execute(&pool)
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    while listening.clinic_by_api_key(&[5u8; 32]).await.unwrap().is_some() {
        assert!(std::time::Instant::now() < deadline, "the revoked key still finds its clinic");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// The same store's own change is seen by its next read, without waiting for the notification.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clinics_changed_settings_are_read_at_once_by_the_store_that_changed_them() {
    let Some(db) = TestDb::new(Backend::Postgres).await else { return };
    let store = db.store().await;
    let now = Timestamp::now();
    let (mut c, _) = clinic_and_patient(&store, now).await;
    let mut signals = store.live_signals().await.unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(10), signals.recv()).await.unwrap().unwrap();
    assert_eq!(store.clinic_by_api_key(&[5u8; 32]).await.unwrap().unwrap().daily_reminder_cap, c.daily_reminder_cap);
    c.daily_reminder_cap += 1;
    store.update_clinic_settings(&c).await.unwrap();
    assert_eq!(store.clinic_by_api_key(&[5u8; 32]).await.unwrap().unwrap().daily_reminder_cap, c.daily_reminder_cap);
}

/// A clinic read by id is kept too, and forgotten when another process changes it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clinics_settings_changed_by_another_process_are_read_by_id_within_three_seconds() {
    let Some(db) = TestDb::new(Backend::Postgres).await else { return };
    let (writer, listening) = (db.store().await, db.store().await);
    let now = Timestamp::now();
    let (mut c, _) = clinic_and_patient(&writer, now).await;
    let mut signals = listening.live_signals().await.unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(10), signals.recv()).await.unwrap().unwrap();
    let before = listening.clinic(&c.id).await.unwrap().unwrap().daily_reminder_cap;
    assert_eq!(before, c.daily_reminder_cap);
    c.daily_reminder_cap += 2;
    writer.update_clinic_settings(&c).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    while listening.clinic(&c.id).await.unwrap().unwrap().daily_reminder_cap != c.daily_reminder_cap {
        assert!(std::time::Instant::now() < deadline, "the changed settings were not read");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}
