//! The clinic API: shapes outside tests rely on, authentication, isolation, idempotency.

use crate::helpers::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

crate::backend_tests! {
    async fn the_audit_trail_lists_a_clinics_own_events_filtered_and_paged(app) {
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap().to_string();
        for h in [30, 40, 50] {
            app.appointment_for(&pid, h).await;
        }
        let all = app.get("/audit?limit=500").await.json();
        let events = all["data"].as_array().unwrap().clone();
        assert!(events.len() >= 4, "{all}");
        let created = app.get(&format!("/audit?action=patient.created&subject={pid}")).await.json();
        assert_eq!(created["data"].as_array().unwrap().len(), 1, "{created}");
        assert!(created["data"][0]["actor"].as_str().unwrap().starts_with("api:"), "{created}");
        // One at a time through the cursor gives the same events in the same order.
        let (mut paged, mut cursor) = (vec![], None::<String>);
        loop {
            let path = match &cursor {
                Some(c) => format!("/audit?limit=1&cursor={c}"),
                None => "/audit?limit=1".to_string(),
            };
            let page = app.get(&path).await.json();
            paged.extend(page["data"].as_array().unwrap().iter().map(|e| e["id"].clone()));
            match page["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_string()),
                None => break,
            }
            assert!(paged.len() <= events.len(), "the cursor moves on");
        }
        let ids: Vec<Value> = events.iter().map(|e| e["id"].clone()).collect();
        assert_eq!(paged, ids);
        // Nothing of another clinic; bad filters are refused.
        let (_, other) = portico::clinics::create_clinic(&*app.state.store, &*app.state.clock, "Riverside", None, "America/Chicago").await.unwrap();
        let r = app.client.get(app.url("/api/v1/audit")).bearer_auth(&other).send().await.unwrap();
        let theirs: Value = r.json().await.unwrap();
        assert!(theirs["data"].as_array().unwrap().iter().all(|e| e["subject"] != json!(pid)), "{theirs}");
        for bad in ["since=yesterday", "limit=0", "cursor=nonsense", "colour=blue"] {
            let r = app.get(&format!("/audit?{bad}")).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {}", r.text);
        }
    }

    async fn creating_a_patient_returns_it_with_an_id(app) {
        let p = app.maria().await;
        assert!(p["id"].as_str().unwrap().starts_with("pat_"));
        assert_eq!(p["name"], "Maria Lopez");
        assert_eq!(p["phone"], "+13125550142");
        assert_eq!(p["email"], "maria@example.org");
        assert_eq!(p["language"], "es");
        assert_eq!(p["time_zone"], "America/Chicago");
        assert_eq!(p["channels"], json!(["sms", "email"]));
        assert_eq!(p["birth_date"], "1981-04-12");
        let got = app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await;
        assert_eq!(got.status, StatusCode::OK);
        assert_eq!(got.json(), p);
    }

    async fn a_patient_needs_a_phone_or_an_email_and_defaults_follow_the_clinic(app) {
        let r = app.post("/patients", &json!({"name": "No Contact"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.json()["error"]["field"], "phone");
        let p = app.create_patient(json!({"name": "Email Only", "email": "e@example.org"})).await;
        assert_eq!(p["channels"], json!(["email"]));
        assert_eq!(p["language"], "en");
        assert_eq!(p["time_zone"], "America/Chicago");
        let r = app.post("/patients", &json!({"name": "X", "email": "x@example.org", "channels": ["sms"]})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.json()["error"]["field"], "channels");
    }

    async fn patching_a_patient_changes_only_what_is_sent(app) {
        let p = app.maria().await;
        let id = p["id"].as_str().unwrap();
        let r = app.patch(&format!("/patients/{id}"), &json!({"language": "en-us", "phone": null})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let got = r.json();
        assert_eq!(got["language"], "en-US");
        assert_eq!(got["phone"], serde_json::Value::Null);
        assert_eq!(got["email"], "maria@example.org");
        assert_eq!(got["channels"], json!(["email"]), "channels follow the contact points left");
        assert_eq!(got["name"], "Maria Lopez");
        let r = app.patch(&format!("/patients/{id}"), &json!({"email": null})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "removing the last contact point is refused");
        assert_eq!(app.get(&format!("/patients/{id}")).await.json()["email"], "maria@example.org");
    }

    async fn appointments_are_created_rescheduled_and_cancelled(app) {
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        let a = app.appointment_for(pid, 48).await;
        assert!(a["id"].as_str().unwrap().starts_with("apt_"));
        assert_eq!(a["status"], "scheduled");
        assert_eq!(a["duration_minutes"], 30);
        let id = a["id"].as_str().unwrap();
        let later = (app.clock_now() + jiff::SignedDuration::from_hours(72)).to_string();
        let r = app.patch(&format!("/appointments/{id}"), &json!({"starts_at": later, "location": "Suite 400"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["location"], "Suite 400");
        assert_ne!(r.json()["starts_at"], a["starts_at"]);
        let r = app.post(&format!("/appointments/{id}/cancel"), &json!({"reason": "feeling better"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["status"], "cancelled");
        assert_eq!(r.json()["cancel_reason"], "feeling better");
        let r = app.patch(&format!("/appointments/{id}"), &json!({"location": "Suite 500"})).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        let got = app.get(&format!("/appointments/{id}")).await.json();
        assert_eq!(got["status"], "cancelled");
        assert_eq!(got["location"], "Suite 400");
        let list = app.get(&format!("/patients/{pid}/appointments")).await.json();
        assert_eq!(list["data"].as_array().unwrap().len(), 1);
    }

    async fn cancelling_needs_no_body(app) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 48).await;
        let r = app.raw(Method::POST, &format!("/appointments/{}/cancel", a["id"].as_str().unwrap()), "application/json", vec![]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["status"], "cancelled");
    }

    async fn an_appointment_in_the_past_is_refused(app) {
        let p = app.maria().await;
        let past = (app.clock_now() - jiff::SignedDuration::from_hours(1)).to_string();
        let r = app.post("/appointments", &json!({"patient_id": p["id"], "starts_at": past})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.json()["error"]["field"], "starts_at");
        let r = app.post("/appointments", &json!({"patient_id": p["id"], "starts_at": "2030-01-01T10:00:00"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a time without an offset is ambiguous");
    }

    async fn links_are_issued_for_each_purpose(app) {
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        let a = app.appointment_for(pid, 48).await;
        for (purpose, subject) in [("sign_in", None), ("appointment", a["id"].as_str()), ("thread", p["thread_id"].as_str())] {
            let mut body = json!({"patient_id": pid, "purpose": purpose});
            if let Some(s) = subject {
                body["subject_id"] = json!(s);
            }
            let l = app.link(body).await;
            let url = l["url"].as_str().unwrap();
            assert!(url.starts_with(&format!("{}/l/", app.base)), "{url}");
            let token = token_of(url);
            assert_eq!(token.len(), 43);
            assert!(token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            let expires: jiff::Timestamp = l["expires_at"].as_str().unwrap().parse().unwrap();
            assert!(expires > app.clock_now());
            assert_eq!(l["purpose"], purpose);
        }
        let l = app.link(json!({"patient_id": pid, "purpose": "thread"})).await;
        assert_eq!(l["subject_id"], p["thread_id"], "a thread link defaults to the patient's thread");
        let l = app.link(json!({"patient_id": pid, "purpose": "sign_in", "ttl_seconds": 600})).await;
        let expires: jiff::Timestamp = l["expires_at"].as_str().unwrap().parse().unwrap();
        // Times in the API are whole seconds.
        assert!((599..=600).contains(&(expires - app.clock_now()).get_seconds()));
        let status = app.get(&format!("/links/{}", l["id"].as_str().unwrap())).await.json();
        assert_eq!(status["status"], "active");
        assert!(status.get("url").is_none(), "the token is never shown again");
    }

    async fn a_link_subject_must_belong_to_the_patient(app) {
        let p = app.maria().await;
        let q = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177"})).await;
        let a = app.appointment_for(q["id"].as_str().unwrap(), 48).await;
        for (purpose, subject) in [("appointment", a["id"].clone()), ("thread", q["thread_id"].clone()), ("appointment", json!("apt_nope"))] {
            let r = app.post("/links", &json!({"patient_id": p["id"], "purpose": purpose, "subject_id": subject})).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{purpose} {subject}");
            assert_eq!(r.json()["error"]["field"], "subject_id");
        }
        let r = app.post("/links", &json!({"patient_id": p["id"], "purpose": "appointment"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = app.post("/links", &json!({"patient_id": p["id"], "purpose": "sign_in", "subject_id": a["id"]})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }

    async fn sending_a_link_puts_it_in_the_dev_outbox_on_the_first_channel(app) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["channel"], "sms");
        assert!(!l["sent_via"]["to"].as_str().unwrap().contains("312555"), "the answer masks the number");
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), 1);
        let m = &outbox[0];
        assert_eq!(m["channel"], "sms");
        assert_eq!(m["to"], "+13125550142");
        assert!(m["body"].as_str().unwrap().contains(l["url"].as_str().unwrap()));
        assert!(m["body"].as_str().unwrap().contains("Lakeside Family Clinic"));
        assert!(m["created_at"].as_str().unwrap().parse::<jiff::Timestamp>().is_ok());

        let e = app.create_patient(json!({"name": "Wang Xiuying", "email": "wang@example.org", "language": "zh-Hans"})).await;
        let l = app.link(json!({"patient_id": e["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["channel"], "email");
        let outbox = app.outbox().await;
        let m = outbox.last().unwrap();
        assert_eq!(m["channel"], "email");
        assert_eq!(m["to"], "wang@example.org");
        assert!(m["subject"].as_str().unwrap().contains("Lakeside Family Clinic"));
        assert!(m["body"].as_str().unwrap().contains(l["url"].as_str().unwrap()));
    }

    async fn a_wrong_or_missing_key_is_401(app) {
        let no_key = app.client.get(app.url("/api/v1/patients")).send().await.unwrap();
        assert_eq!(no_key.status(), StatusCode::UNAUTHORIZED);
        let body: serde_json::Value = no_key.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthorized");
        for auth in ["Bearer pk_wrong", "Bearer ", "Basic abc", &format!("Bearer {}x", app.api_key), &app.api_key] {
            let r = app.client.post(app.url("/api/v1/patients")).header("authorization", auth).json(&json!({"name": "A", "email": "a@example.org"})).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{auth}");
        }
        assert!(app.get("/patients").await.json()["data"].as_array().unwrap().is_empty(), "nothing was created");
    }

    async fn one_clinic_never_sees_another_clinics_data(app) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 48).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let (_, other_key) = portico::clinics::create_clinic(&*app.state.store, &*app.state.clock, "Riverside Clinic", None, "America/New_York").await.unwrap();
        let as_other = |m: Method, path: String| app.client.request(m, app.url(&format!("/api/v1{path}"))).bearer_auth(&other_key);
        for path in [
            format!("/patients/{}", p["id"].as_str().unwrap()),
            format!("/appointments/{}", a["id"].as_str().unwrap()),
            format!("/links/{}", l["id"].as_str().unwrap()),
            format!("/patients/{}/appointments", p["id"].as_str().unwrap()),
        ] {
            let r = as_other(Method::GET, path.clone()).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
        }
        let r = as_other(Method::PATCH, format!("/patients/{}", p["id"].as_str().unwrap())).json(&json!({"name": "Hijacked"})).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let r = as_other(Method::POST, format!("/appointments/{}/cancel", a["id"].as_str().unwrap())).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let r = as_other(Method::POST, format!("/links/{}/revoke", l["id"].as_str().unwrap())).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let r = as_other(Method::POST, "/links".into()).json(&json!({"patient_id": p["id"], "purpose": "sign_in"})).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r = as_other(Method::POST, "/appointments".into())
            .json(&json!({"patient_id": p["id"], "starts_at": (app.clock_now() + jiff::SignedDuration::from_hours(5)).to_string()}))
            .send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await.json()["name"], "Maria Lopez");
        assert_eq!(app.get(&format!("/appointments/{}", a["id"].as_str().unwrap())).await.json()["status"], "scheduled");
    }

    async fn an_idempotency_key_replays_the_first_response(app) {
        let body = json!({"name": "Maria Lopez", "phone": "+13125550142"});
        let send = |b: serde_json::Value, key: &'static str| {
            app.client.post(app.url("/api/v1/patients")).bearer_auth(&app.api_key).header("Idempotency-Key", key).json(&b).send()
        };
        let first = send(body.clone(), "create-maria-1").await.unwrap();
        assert_eq!(first.status(), StatusCode::CREATED);
        let first: serde_json::Value = first.json().await.unwrap();
        let again = send(body.clone(), "create-maria-1").await.unwrap();
        assert_eq!(again.status(), StatusCode::CREATED);
        assert_eq!(again.headers().get("idempotent-replayed").unwrap(), "true");
        let again: serde_json::Value = again.json().await.unwrap();
        assert_eq!(again, first);
        let other = send(json!({"name": "Someone Else", "phone": "+13125550143"}), "create-maria-1").await.unwrap();
        assert_eq!(other.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let err: serde_json::Value = other.json().await.unwrap();
        assert_eq!(err["error"]["code"], "idempotency_key_reused");
        assert_eq!(app.get("/patients").await.json()["data"].as_array().unwrap().len(), 1, "only one patient exists");
        let fresh = send(body, "create-maria-2").await.unwrap();
        assert_eq!(fresh.status(), StatusCode::CREATED, "another key is another request");
    }

    async fn concurrent_requests_with_one_idempotency_key_create_one_patient(app) {
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..10 {
            let req = app.client.post(app.url("/api/v1/patients")).bearer_auth(&app.api_key).header("Idempotency-Key", "same")
                .json(&json!({"name": "Maria Lopez", "phone": "+13125550142"}));
            tasks.spawn(async move { req.send().await.unwrap().status() });
        }
        let mut statuses = vec![];
        while let Some(s) = tasks.join_next().await {
            statuses.push(s.unwrap());
        }
        assert!(statuses.iter().all(|s| *s == StatusCode::CREATED || *s == StatusCode::CONFLICT), "{statuses:?}");
        assert_eq!(app.get("/patients").await.json()["data"].as_array().unwrap().len(), 1);
    }

    async fn every_operation_in_the_openapi_document_answers_and_no_other_method_on_its_paths_does(app) {
        let r = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let doc: serde_json::Value = r.json().await.unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        let paths = doc["paths"].as_object().unwrap();
        for p in ["/patients", "/patients/{id}", "/appointments", "/appointments/{id}", "/appointments/{id}/cancel", "/links", "/links/{id}/revoke"] {
            assert!(paths.contains_key(p), "{p}");
        }
        for (path, ops) in paths {
            for method in ops.as_object().unwrap().keys().filter(|m| *m != "parameters") {
                let url = path.replace("{id}", "pat_00000000000000000000000000");
                let m: Method = method.to_uppercase().parse().unwrap();
                let r = app.raw(m, &url, "application/json", b"{}".to_vec()).await;
                assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
                assert!(!r.text.contains("API route"), "{method} {path} is not routed: {}", r.text);
                assert!(r.status.as_u16() < 500, "{method} {path}: {}", r.text);
            }
            // A method the document does not name on the path is not served.
            for method in ["get", "post", "put", "patch", "delete"].into_iter().filter(|m| ops.get(*m).is_none()) {
                let url = path.replace("{id}", "pat_00000000000000000000000000");
                let r = app.raw(method.to_uppercase().parse().unwrap(), &url, "application/json", b"{}".to_vec()).await;
                assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}: {}", r.text);
            }
        }
    }
}

/// A clinic's own facts: what patients need to reach a person.
mod clinic_facts {
    use super::*;

    crate::backend_tests! {
        async fn the_clinic_edits_its_name_phone_address_and_after_hours_line_and_the_thread_page_shows_the_line(app) {
            let r = app
                .patch("/clinic", &serde_json::json!({"name": "Lakeside Health", "phone": "+13125550111",
                    "address": "200 Lake St, Chicago", "after_hours_phone": "+13125550199"}))
                .await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            let c = app.get("/clinic").await.json();
            assert_eq!(c["name"], "Lakeside Health");
            assert_eq!(c["phone"], "+13125550111");
            assert_eq!(c["address"], "200 Lake St, Chicago");
            assert_eq!(c["after_hours_phone"], "+13125550199");
            let maria = app.maria().await;
            let (b, thread) = app.stepped_up_browser(&maria, "thread").await;
            let page = b.get(&thread).await;
            assert!(page.text.contains("id=\"after-hours\"") && page.text.contains("(312) 555-0199"), "{}", page.text);
            // Bad facts are refused naming the field, and nothing changes.
            for (body, field) in [
                (serde_json::json!({"name": ""}), "name"),
                (serde_json::json!({"phone": "call us"}), "phone"),
                (serde_json::json!({"after_hours_phone": "soon", "name": "Other"}), "after_hours_phone"),
                (serde_json::json!({"address": "x".repeat(201)}), "address"),
            ] {
                let r = app.patch("/clinic", &body).await;
                assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", r.text);
                assert_eq!(r.json()["error"]["field"], field, "{}", r.text);
            }
            assert_eq!(app.get("/clinic").await.json()["name"], "Lakeside Health");
            // "" removes the line; the page then shows none.
            assert_eq!(app.patch("/clinic", &serde_json::json!({"after_hours_phone": ""})).await.status, StatusCode::OK);
            assert!(app.get("/clinic").await.json()["after_hours_phone"].is_null());
            assert!(!b.get(&thread).await.text.contains("id=\"after-hours\""));
        }
    }
}

#[test]
fn no_api_route_is_served_outside_the_table_the_document_is_written_from() {
    // The document is written from the route table (`routes.rs`); a `.route(` anywhere else in
    // the API's modules would serve a path the document does not know. Only the document's own
    // path is routed apart.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/api");
    let mut apart = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for (at, _) in text.match_indices(".route(") {
            let line = text[at..].lines().next().unwrap().to_string();
            if !(name == "routes.rs" && line.contains("r.path")
                || name == "openapi.rs" && line.contains("/openapi.json"))
            {
                apart.push(format!("{name}: {line}"));
            }
        }
    }
    assert!(apart.is_empty(), "routed outside the table: {apart:?}");
    let doc = portico::web::api::openapi_document();
    let operations: usize = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|ops| ops.as_object().unwrap().keys().filter(|m| *m != "parameters").count())
        .sum();
    assert!(operations > 60, "the table's operations are in the document: {operations}");
}

#[test]
fn every_openapi_schema_is_generated_from_its_type_and_every_ref_resolves() {
    let doc = portico::web::api::openapi_document();
    let generated = portico::web::api::openapi_generated_schemas();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(generated.len() > 40, "{:?}", generated.keys());
    assert_eq!(schemas, &generated, "the document's schemas are the generated ones, and only those");
    // Every reference in the document names a schema it has.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    out.push(r.clone());
                }
                m.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut all = vec![];
    refs(&doc, &mut all);
    assert!(all.len() > 100, "{}", all.len());
    for r in all {
        let (kind, name) = r.trim_start_matches("#/components/").split_once('/').unwrap();
        assert!(doc["components"][kind].get(name).is_some(), "{r} does not resolve");
    }
}
