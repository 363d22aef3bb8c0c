//! The edge as someone outside sees it: what the dev outbox shows and to whom, which address
//! a rate limit counts behind a reverse proxy, and what anonymous refusals cost the database.

use crate::helpers::*;
use reqwest::StatusCode;

async fn twilio_sms_and_default_email(backend: Backend) -> Option<TestApp> {
    let twilio = TwilioStandIn::start().await;
    spawn_app_with(
        backend,
        &[
            ("PORTICO_SMS", "twilio".into()),
            ("TWILIO_ACCOUNT_SID", twilio.account_sid.clone()),
            ("TWILIO_AUTH_TOKEN", twilio.auth_token.clone()),
            ("TWILIO_FROM", twilio.from.clone()),
            ("PORTICO_TWILIO_API_BASE", twilio.base.clone()),
        ],
    )
    .await
}

async fn reachable_from_outside(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, &[("PORTICO_BIND", "0.0.0.0:8080".into())]).await
}

async fn behind_a_proxy(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, &[("PORTICO_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1/32, ::1".into())]).await
}

async fn outbox_statuses(app: &TestApp) -> Vec<StatusCode> {
    let mut out = vec![];
    for path in ["/dev/outbox", "/dev/outbox.json"] {
        out.push(app.client.get(app.url(path)).send().await.unwrap().status());
    }
    out
}

/// Ask for a sign-in link for a number nobody has, as a browser behind `forwarded_for` would.
async fn request_link(app: &TestApp, b: &Browser, csrf: &str, forwarded_for: &str) -> StatusCode {
    b.client
        .post(app.url("/l/request"))
        .header("cookie", b.cookie_header())
        .header("origin", &app.base)
        .header("x-forwarded-for", forwarded_for)
        .form(&[("csrf", csrf), ("contact", "+1 312 555 0999")])
        .send()
        .await
        .unwrap()
        .status()
}

/// A browser holding the request form's CSRF token.
async fn request_form(app: &TestApp) -> (Browser, String) {
    let b = app.browser();
    let page = b.get("/l/not-a-link").await;
    let csrf = form_field(&page.text, "csrf").unwrap();
    (b, csrf)
}

async fn refused_rows(app: &TestApp) -> Vec<portico::store::AuditEvent> {
    let all = app.state.store.audit_events(None, 1000).await.unwrap();
    all.into_iter().filter(|e| e.action == "link.refused").collect()
}

crate::backend_tests! {
    async fn the_dev_outbox_is_served_locally_with_dev_channels_only(app) {
        assert_eq!(outbox_statuses(&app).await, [StatusCode::OK, StatusCode::OK]);
    }

    async fn a_rate_limit_without_trusted_proxies_ignores_x_forwarded_for(app) {
        let (b, csrf) = request_form(&app).await;
        let mut statuses = vec![];
        for i in 0..11 {
            statuses.push(request_link(&app, &b, &csrf, &format!("198.51.100.{i}")).await);
        }
        assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS, "a client cannot choose its own bucket: {statuses:?}");
    }

    async fn refused_anonymous_attempts_are_counted_in_one_row_per_source_and_window(app) {
        let b = app.browser();
        for _ in 0..40 {
            let r = b.post_form("/l/not-a-link", &[("csrf", "x")]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND);
        }
        let rows = refused_rows(&app).await;
        assert_eq!(rows.len(), 1, "one row, not one per attempt");
        assert_eq!(rows[0].count, 40);
        assert_eq!(rows[0].source.as_deref(), Some("127.0.0.1"));
        assert_eq!(rows[0].actor, "anonymous");

        app.clock.advance(std::time::Duration::from_secs(10 * 60));
        b.post_form("/l/not-a-link", &[("csrf", "x")]).await;
        let rows = refused_rows(&app).await;
        assert_eq!(rows.iter().map(|e| e.count).collect::<Vec<_>>(), [1, 40], "a new window starts a new row");
    }
}

mod real_sms {
    use super::*;
    crate::per_backend!(
        twilio_sms_and_default_email,
        async fn the_dev_outbox_is_not_served_when_any_channel_is_real(app) {
            assert_eq!(outbox_statuses(&app).await, [StatusCode::NOT_FOUND, StatusCode::NOT_FOUND]);
        }
    );
}

mod outside {
    use super::*;
    crate::per_backend!(
        reachable_from_outside,
        async fn the_dev_outbox_is_not_served_on_an_address_reachable_from_outside(app) {
            assert_eq!(outbox_statuses(&app).await, [StatusCode::NOT_FOUND, StatusCode::NOT_FOUND]);
        }
    );
}

mod proxied {
    use super::*;
    crate::per_backend!(
        behind_a_proxy,
        async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_rate_limit(app) {
            let (b, csrf) = request_form(&app).await;
            for i in 0..12 {
                let status = request_link(&app, &b, &csrf, &format!("203.0.113.66, 198.51.100.{i}, 10.0.0.2")).await;
                assert_eq!(status, StatusCode::OK, "client {i} has its own bucket");
            }
            let mut statuses = vec![];
            for _ in 0..11 {
                // The left entry is the client's own claim, and is not believed.
                statuses.push(request_link(&app, &b, &csrf, &format!("192.0.2.{}, 198.51.100.200", statuses.len())).await);
            }
            assert_eq!(statuses[9], StatusCode::OK);
            assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
        }

        async fn behind_a_trusted_proxy_refused_attempts_are_sampled_per_forwarded_client(app) {
            let b = app.browser();
            for source in ["198.51.100.1", "198.51.100.2", "198.51.100.1"] {
                let r = b
                    .client
                    .post(app.url("/l/not-a-link"))
                    .header("origin", &app.base)
                    .header("x-forwarded-for", source)
                    .form(&[("csrf", "x")])
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), StatusCode::NOT_FOUND);
            }
            let mut rows: Vec<_> =
                refused_rows(&app).await.into_iter().map(|e| (e.source.unwrap_or_default(), e.count)).collect();
            rows.sort();
            assert_eq!(rows, [("198.51.100.1".to_string(), 2), ("198.51.100.2".to_string(), 1)]);
        }
    );
}
