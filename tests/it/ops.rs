//! Operations and the headers every response carries.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::json;

crate::backend_tests! {
    async fn health_readiness_and_metrics_answer(app) {
        let b = app.browser();
        let h = b.get("/healthz").await;
        assert_eq!(h.status, StatusCode::OK);
        let r = b.get("/readyz").await;
        assert_eq!(r.status, StatusCode::OK);
        let (_, url) = {
            let p = app.maria().await;
            let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
            (p, l["url"].as_str().unwrap().to_string())
        };
        assert_eq!(app.browser().redeem(&url).await.status, StatusCode::SEE_OTHER);
        let m = b.get("/metrics").await;
        assert_eq!(m.status, StatusCode::OK);
        assert!(m.header("content-type").unwrap().starts_with("text/plain"));
        assert!(m.text.contains("portico_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"), "{}", m.text);
        assert!(m.text.contains("portico_links_redeemed_total{kind=\"sign_in\"} 1"), "{}", m.text);
        assert!(m.text.contains("portico_http_request_duration_seconds_count"));
        assert!(!m.text.contains(&token_of(&url)), "metrics never hold a token");
    }

    async fn every_kind_of_response_carries_the_security_headers(app) {
        let (_, url) = {
            let p = app.maria().await;
            let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
            (p, l["url"].as_str().unwrap().to_string())
        };
        let b = app.browser();
        for path in ["/healthz", "/metrics", "/dev/outbox", "/dev/outbox.json", "/api/v1/openapi.json", "/api/v1/patients", "/nowhere", "/l/garbage", "/p", "/static/portico.css"] {
            assert_security_headers(&b.get(path).await, path);
        }
        assert_security_headers(&b.get(&url).await, "landing");
        let landing = b.get(&url).await;
        assert_eq!(landing.header("cache-control"), Some("no-store"));
        assert!(landing.header("strict-transport-security").is_none(), "no HSTS over plain http");
        assert_security_headers(&app.browser().redeem(&url).await, "redeem");
        assert_security_headers(&app.post("/patients", &json!({})).await, "API error");
    }

    async fn the_dev_outbox_page_lists_messages_escaped(app) {
        let p = app.create_patient(json!({"name": "D'Arcy <Smith>".replace(['<', '>'], ""), "email": "ann@example.org"})).await;
        app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let page = app.browser().get("/dev/outbox").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("ann@example.org"));
        assert!(page.text.contains("Open the link"));
        assert!(page.text.contains("Hello D&#"), "the body is escaped: {}", page.text);
        assert!(!page.text.contains("D'Arcy"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_https_public_url_turns_on_hsts_and_secure_cookies() {
    let settings = [("PORTICO_PUBLIC_URL", "https://portal.lakeside.example".to_string())];
    let Some(app) = spawn_app_with(Backend::Sqlite, &settings).await else { return };
    let p = app.maria().await;
    let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
    let url = l["url"].as_str().unwrap();
    assert!(url.starts_with("https://portal.lakeside.example/l/"), "links use the public URL, never the Host: {url}");
    // The proxy in front would terminate TLS; talk to the server directly.
    let r = app.browser().get(&format!("/l/{}", token_of(url))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("strict-transport-security"), Some("max-age=31536000; includeSubDomains"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.starts_with("portico_csrf=") && cookie.contains("; Secure"), "{cookie}");
    let seed = cookie.split(';').next().unwrap().to_string();
    let csrf = form_field(&r.text, "csrf").unwrap();
    let post = app
        .client
        .post(app.url(&format!("/l/{}", token_of(url))))
        .header("origin", "https://portal.lakeside.example")
        .header("cookie", seed)
        .form(&[("csrf", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), StatusCode::SEE_OTHER);
    let session = post
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("portico_session="))
        .unwrap();
    assert!(
        session.contains("; Secure") && session.contains("HttpOnly") && session.contains("SameSite=Lax"),
        "{session}"
    );
}
