//! The two error faces: the API answers JSON, patient pages answer HTML in the page's
//! language, whatever failed underneath. A uniqueness refusal is the caller's conflict (409),
//! never a 500, and its name is the same on both backends.

use crate::helpers::*;
use portico::domain::*;
use portico::store::*;
use reqwest::StatusCode;
use serde_json::json;

crate::backend_tests! {
    async fn a_uniqueness_refusal_on_the_api_is_a_409_not_a_500(app) {
        // A rule Portico does not have, added behind its back: the mapping must not care which.
        app.raw_sql("CREATE UNIQUE INDEX patients_name_test ON patients (name)").await;
        app.maria().await;
        let again = app.post("/patients", &json!({
            "name": "Maria Lopez", "phone": "+13125550143", "language": "es", "time_zone": "America/Chicago", "channels": ["sms"]
        })).await;
        assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
        assert_eq!(again.json()["error"]["code"], "conflict");
        let list = app.get("/patients").await.json();
        assert_eq!(list["data"].as_array().map(Vec::len), Some(1), "nothing stored half-way: {list}");
    }

    async fn a_uniqueness_refusal_on_a_patient_page_is_a_friendly_409_page(app) {
        app.raw_sql("CREATE UNIQUE INDEX messages_body_test ON messages (body)").await;
        let p = app.maria().await;
        let (b, thread) = app.stepped_up_browser(&p, "thread").await;
        let page = b.get(&thread).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let first = b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", "Same words")]).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.text);
        let second = b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", "Same words")]).await;
        assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.text);
        assert!(second.header("content-type").unwrap_or("").starts_with("text/html"), "{:?}", second.header("content-type"));
        assert!(second.text.contains("CONFLICT") && says(&second.text, "es", "page-conflict-heading"), "{}", second.text);
    }

    async fn a_store_failure_on_a_patient_page_answers_html_not_json(app) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let b = app.browser();
        assert_eq!(b.redeem(l["url"].as_str().unwrap()).await.status, StatusCode::SEE_OTHER);
        assert_eq!(b.get("/p").await.status, StatusCode::OK);
        app.raw_sql("ALTER TABLE sessions RENAME TO sessions_gone").await;
        let r = b.get("/p").await;
        assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.text);
        assert!(r.header("content-type").unwrap_or("").starts_with("text/html"), "{:?}", r.header("content-type"));
        assert!(r.text.contains("SRV-ERROR") && !r.text.contains("\"error\""), "{}", r.text);
    }
}

mod store {
    use super::*;

    crate::store_tests! {
        async fn a_uniqueness_refusal_names_table_and_columns_the_same_on_both_backends(store) {
            let now = jiff::Timestamp::now();
            let tz = TimeZone::parse("America/Chicago").unwrap();
            store.create_clinic(&Clinic::new("Lakeside".into(), None, tz.clone(), now), &[1u8; 32], "pk_one").await.unwrap();
            let err = store.create_clinic(&Clinic::new("Lakeside".into(), None, tz, now), &[2u8; 32], "pk_two").await.unwrap_err();
            assert!(matches!(&err, StoreError::Conflict(name) if name == "clinics.name"), "{err:?}");
        }
    }
}
