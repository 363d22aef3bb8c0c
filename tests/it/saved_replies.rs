//! Saved replies: the clinic API adds, lists, replaces and removes them (a bad body is a 422
//! naming the field and changes nothing), and a conversation's page starts the reply from
//! one, in the patient's language.

use reqwest::{Method, StatusCode};
use serde_json::json;

crate::backend_tests! {
    async fn saved_replies_are_kept_by_the_api_and_offered_in_the_patients_language(app) {
        let body = json!({"title": "Lab hours", "texts": {"en": "The lab is open 8 to 4.", "es": "El laboratorio abre de 8 a 4."}});
        let r = app.post("/saved-replies", &body).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let id = r.json()["id"].as_str().unwrap().to_string();
        for (bad, field) in [
            (json!({"title": "x", "texts": {}}), "texts"),
            (json!({"title": "x", "texts": {"english": "Hi"}}), "texts.english"),
            (json!({"title": "", "texts": {"en": "Hi"}}), "title"),
            (json!({"title": "x", "texts": {"en": "Hi"}, "extra": 1}), "extra"),
        ] {
            let r = app.post("/saved-replies", &bad).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {}", r.text);
            assert!(r.text.contains(field), "{bad}: {}", r.text);
        }
        let list = app.get("/saved-replies").await.json();
        assert_eq!(list["data"].as_array().unwrap().len(), 1, "refused bodies added nothing");

        // Maria reads Spanish: her conversation's reply box starts with the Spanish text.
        let maria = app.maria().await;
        let thread = maria["thread_id"].as_str().unwrap();
        let nina = crate::live::nina(&app).await;
        let page = nina.get(&format!("/staff/conversations/{thread}")).await;
        assert!(page.text.contains("Lab hours"), "the page offers it: {}", page.text);
        let page = nina.get(&format!("/staff/conversations/{thread}?saved={id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains(">El laboratorio abre de 8 a 4.</textarea>"), "{}", page.text);
        assert_eq!(nina.get(&format!("/staff/conversations/{thread}?saved=svr_nothing")).await.status, StatusCode::NOT_FOUND);

        // Replaced whole, then removed.
        let r = app.api(Method::PUT, &format!("/saved-replies/{id}"), Some(&json!({"title": "Lab hours", "texts": {"en": "Open 7 to 3."}}))).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["texts"], json!({"en": "Open 7 to 3."}));
        let page = nina.get(&format!("/staff/conversations/{thread}?saved={id}")).await;
        assert!(page.text.contains(">Open 7 to 3.</textarea>"), "no Spanish now: English instead");
        let r = app.api(Method::DELETE, &format!("/saved-replies/{id}"), None).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
        assert_eq!(app.get(&format!("/saved-replies/{id}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.api(Method::DELETE, &format!("/saved-replies/{id}"), None).await.status, StatusCode::NOT_FOUND);
    }
}
