//! Bad input on every API endpoint: a clear 4xx JSON error, nothing stored, no crash.

use crate::helpers::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Send raw bytes and check the answer is a JSON error with this status (and field).
async fn refused(
    app: &TestApp,
    method: Method,
    path: &str,
    body: &[u8],
    status: StatusCode,
    field: Option<&str>,
) -> Value {
    let r = app.raw(method.clone(), path, "application/json", body.to_vec()).await;
    assert_eq!(r.status, status, "{method} {path} {}: {}", String::from_utf8_lossy(body), r.text);
    assert!(r.header("content-type").unwrap_or_default().starts_with("application/json"), "{}", r.text);
    let v = r.json();
    assert!(v["error"]["code"].is_string() && v["error"]["message"].is_string(), "{v}");
    if let Some(f) = field {
        assert_eq!(v["error"]["field"], f, "{method} {path} {}: {v}", String::from_utf8_lossy(body));
    }
    v
}

fn huge() -> Vec<u8> {
    let name = "a".repeat(100 * 1024);
    serde_json::to_vec(&json!({"name": name, "email": "a@example.org"})).unwrap()
}

crate::backend_tests! {
    async fn bad_patient_bodies_are_refused_and_nothing_is_stored(app) {
        let m = Method::POST;
        let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
        refused(&app, m.clone(), "/patients", b"{\"name\":", StatusCode::BAD_REQUEST, None).await;
        refused(&app, m.clone(), "/patients", b"not json", StatusCode::BAD_REQUEST, None).await;
        refused(&app, m.clone(), "/patients", b"{\"name\":\"A\",\"email\":\"a@example.org\"} trailing", StatusCode::BAD_REQUEST, None).await;
        refused(&app, m.clone(), "/patients", b"[]", unprocessable, None).await;
        refused(&app, m.clone(), "/patients", b"{\"name\":5,\"email\":\"a@example.org\"}", unprocessable, Some("name")).await;
        refused(&app, m.clone(), "/patients", b"{\"name\":\"A\",\"email\":\"a@example.org\",\"channels\":\"sms\"}", unprocessable, Some("channels")).await;
        refused(&app, m.clone(), "/patients", b"{\"name\":\"A\",\"email\":\"a@example.org\",\"is_admin\":true}", unprocessable, None).await;
        let cases: Vec<(Value, &str)> = vec![
            (json!({"name": "A", "phone": "3125550142"}), "phone"),
            (json!({"name": "A", "phone": "+1 555"}), "phone"),
            (json!({"name": "A", "phone": "+1 312 555 0142 ext 9"}), "phone"),
            (json!({"name": "A", "email": "not-an-email"}), "email"),
            (json!({"name": "A", "email": "a@example.org\r\nBcc: x@evil.example"}), "email"),
            (json!({"name": "A", "email": "a@example.org", "time_zone": "Mars/Olympus"}), "time_zone"),
            (json!({"name": "A", "email": "a@example.org", "language": "klingon"}), "language"),
            (json!({"name": "A", "email": "a@example.org", "birth_date": "1990-02-30"}), "birth_date"),
            (json!({"name": "A", "email": "a@example.org", "birth_date": "2999-01-01"}), "birth_date"),
            (json!({"name": "A", "email": "a@example.org", "channels": ["fax"]}), "channels"),
            (json!({"name": "A", "email": "a@example.org", "channels": []}), "channels"),
            (json!({"name": "<script>alert(1)</script>", "email": "a@example.org"}), "name"),
            (json!({"name": "", "email": "a@example.org"}), "name"),
            (json!({"name": "A\u{0}B", "email": "a@example.org"}), "name"),
            (json!({"email": "a@example.org"}), "body"),
        ];
        for (body, field) in cases {
            let v = refused(&app, m.clone(), "/patients", &serde_json::to_vec(&body).unwrap(), unprocessable, Some(field)).await;
            assert!(!v["error"]["message"].as_str().unwrap().contains("<script>"), "errors do not echo markup: {v}");
        }
        refused(&app, m.clone(), "/patients", &huge(), StatusCode::PAYLOAD_TOO_LARGE, None).await;
        let r = app.post_raw("/patients", "text/plain", b"{\"name\":\"A\",\"email\":\"a@example.org\"}".to_vec()).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert_eq!(r.json()["error"]["code"], "unsupported_media_type");
        assert!(app.get("/patients").await.json()["data"].as_array().unwrap().is_empty(), "nothing was stored");
    }

    async fn sql_metacharacters_are_stored_literally(app) {
        let name = "Robert'); DROP TABLE patients;-- O'Brien";
        let p = app.create_patient(json!({"name": name, "email": "bobby@example.org"})).await;
        assert_eq!(p["name"], name);
        assert_eq!(app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await.json()["name"], name);
        assert_eq!(app.get("/patients").await.json()["data"].as_array().unwrap().len(), 1);
    }

    async fn bad_patient_updates_change_nothing(app) {
        let p = app.maria().await;
        let path = format!("/patients/{}", p["id"].as_str().unwrap());
        let m = Method::PATCH;
        let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
        refused(&app, m.clone(), &path, b"{", StatusCode::BAD_REQUEST, None).await;
        refused(&app, m.clone(), &path, b"{\"nickname\":\"x\"}", unprocessable, None).await;
        refused(&app, m.clone(), &path, b"{\"language\":7}", unprocessable, Some("language")).await;
        // Several fields at once, one bad: none of them is applied.
        refused(&app, m.clone(), &path, b"{\"name\":\"New Name\",\"phone\":\"+1 555\"}", unprocessable, Some("phone")).await;
        refused(&app, m.clone(), &path, b"{\"name\":\"New Name\",\"time_zone\":\"Nowhere/City\"}", unprocessable, Some("time_zone")).await;
        refused(&app, m.clone(), &path, b"{\"name\":\"<b>x</b>\"}", unprocessable, Some("name")).await;
        refused(&app, m.clone(), &path, &huge(), StatusCode::PAYLOAD_TOO_LARGE, None).await;
        let r = app.raw(Method::PATCH, "/patients/pat_nope", "application/json", b"{}".to_vec()).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(app.get(&path).await.json(), p, "the patient is unchanged");
    }

    async fn bad_appointment_requests_are_refused(app) {
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        let soon = (app.clock_now() + jiff::SignedDuration::from_hours(24)).to_string();
        let m = Method::POST;
        let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
        refused(&app, m.clone(), "/appointments", b"{\"patient_id\":", StatusCode::BAD_REQUEST, None).await;
        let cases: Vec<(Value, &str)> = vec![
            (json!({"patient_id": pid, "starts_at": "tomorrow"}), "starts_at"),
            (json!({"patient_id": pid, "starts_at": 1767225600}), "starts_at"),
            (json!({"patient_id": pid, "starts_at": soon, "duration_minutes": 0}), "duration_minutes"),
            (json!({"patient_id": pid, "starts_at": soon, "duration_minutes": 100000}), "duration_minutes"),
            (json!({"patient_id": pid, "starts_at": soon, "duration_minutes": "30"}), "duration_minutes"),
            (json!({"patient_id": pid, "starts_at": soon, "location": "line\nbreak"}), "location"),
            (json!({"patient_id": pid, "starts_at": soon, "provider": "x".repeat(300)}), "provider"),
            (json!({"patient_id": "pat_00000000000000000000000000", "starts_at": soon}), "patient_id"),
            (json!({"patient_id": "' OR 1=1 --", "starts_at": soon}), "patient_id"),
        ];
        for (body, field) in cases {
            refused(&app, m.clone(), "/appointments", &serde_json::to_vec(&body).unwrap(), unprocessable, Some(field)).await;
        }
        refused(&app, m.clone(), "/appointments", &serde_json::to_vec(&json!({"patient_id": pid, "starts_at": soon, "room": 3})).unwrap(), unprocessable, None).await;
        refused(&app, m.clone(), "/appointments", &huge(), StatusCode::PAYLOAD_TOO_LARGE, None).await;
        assert!(app.get(&format!("/patients/{pid}/appointments")).await.json()["data"].as_array().unwrap().is_empty());

        let a = app.appointment_for(pid, 48).await;
        let path = format!("/appointments/{}", a["id"].as_str().unwrap());
        refused(&app, Method::PATCH, &path, b"{\"starts_at\":\"yesterday\"}", unprocessable, Some("starts_at")).await;
        refused(&app, Method::PATCH, &path, b"{\"location\":\"Suite 9\",\"duration_minutes\":-5}", unprocessable, Some("duration_minutes")).await;
        refused(&app, Method::PATCH, &path, b"{\"status\":\"confirmed\"}", unprocessable, None).await;
        refused(&app, Method::POST, &format!("{path}/cancel"), b"{\"reason\":", StatusCode::BAD_REQUEST, None).await;
        refused(&app, Method::POST, &format!("{path}/cancel"), b"{\"reason\":\"a\\nb\"}", unprocessable, Some("reason")).await;
        refused(&app, Method::POST, &format!("{path}/cancel"), b"{\"why\":\"x\"}", unprocessable, None).await;
        assert_eq!(app.get(&path).await.json(), a, "the appointment is unchanged");
    }

    async fn bad_link_requests_are_refused(app) {
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        let m = Method::POST;
        let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
        refused(&app, m.clone(), "/links", b"{", StatusCode::BAD_REQUEST, None).await;
        let cases: Vec<(Value, &str)> = vec![
            (json!({"patient_id": pid, "purpose": "admin"}), "purpose"),
            (json!({"patient_id": pid, "purpose": "sign_in", "ttl_seconds": 5}), "ttl_seconds"),
            (json!({"patient_id": pid, "purpose": "sign_in", "ttl_seconds": 99999999}), "ttl_seconds"),
            (json!({"patient_id": pid, "purpose": "sign_in", "ttl_seconds": "60"}), "ttl_seconds"),
            (json!({"patient_id": pid, "purpose": "sign_in", "send": "yes"}), "send"),
            (json!({"patient_id": "nobody", "purpose": "sign_in"}), "patient_id"),
            (json!({"patient_id": pid, "purpose": "thread", "subject_id": "<script>"}), "subject_id"),
        ];
        for (body, field) in cases {
            refused(&app, m.clone(), "/links", &serde_json::to_vec(&body).unwrap(), unprocessable, Some(field)).await;
        }
        refused(&app, m.clone(), "/links", &serde_json::to_vec(&json!({"patient_id": pid, "purpose": "sign_in", "url": "x"})).unwrap(), unprocessable, None).await;
        refused(&app, m.clone(), "/links", &huge(), StatusCode::PAYLOAD_TOO_LARGE, None).await;
        let r = app.raw(Method::POST, "/links/lnk_nope/revoke", "application/json", vec![]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(app.outbox().await.is_empty(), "nothing was sent");
        assert!(app.state.store.audit_events(Some(&app.clinic.id), 50).await.unwrap().iter().all(|e| e.action != "link.issued"));
    }

    async fn a_bad_idempotency_key_is_refused(app) {
        let r = app.client.post(app.url("/api/v1/patients")).bearer_auth(&app.api_key).header("Idempotency-Key", "x".repeat(300))
            .json(&json!({"name": "A", "email": "a@example.org"})).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(app.get("/patients").await.json()["data"].as_array().unwrap().is_empty());
    }

    async fn unknown_api_routes_answer_json_404(app) {
        let r = app.get("/nothing-here").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(r.json()["error"]["code"], "not_found");
        let r = app.get("/patients/%00%ff").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let health = app.client.get(app.url("/healthz")).send().await.unwrap();
        assert_eq!(health.status(), StatusCode::OK, "the server is still up after all of it");
    }
}
