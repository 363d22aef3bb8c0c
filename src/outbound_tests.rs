use super::*;
use reqwest::dns::Resolve as _;

#[tokio::test]
async fn the_resolver_of_outbound_events_finds_no_address_for_a_name_that_points_inward() {
    let found = PublicOnly.resolve("localhost".parse().unwrap()).await;
    let why = found.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(why, "localhost has no public address");
}

#[tokio::test]
async fn a_send_to_a_name_that_points_inward_fails_before_connecting() {
    let answer = client(false).post("http://localhost:9/hooks").send().await;
    let mut why = String::new();
    let mut source: Option<&dyn std::error::Error> = answer.as_ref().err().map(|e| e as &dyn std::error::Error);
    while let Some(s) = source {
        why.push_str(&s.to_string());
        source = s.source();
    }
    assert!(why.contains("has no public address"), "{why}");
}

#[test]
fn an_events_body_names_the_ids_it_is_about_and_text_only_when_given() {
    let m = WebhookMessage {
        seq: 1,
        id: "msg_1".into(),
        endpoint_id: "whk_1".into(),
        clinic_id: crate::domain::ClinicId::from_trusted("cln_1".into()),
        event_type: "refill.updated".into(),
        patient_id: Some("pat_1".into()),
        subject_id: Some("rfl_1".into()),
        detail: Some("approved".into()),
        occurred_at: Timestamp::from_second(1_900_000_000).unwrap(),
        attempts: 1,
        text: None,
    };
    let body = payload(&m);
    assert_eq!(
        body,
        json!({"type": "refill.updated", "timestamp": "2030-03-17T17:46:40Z",
               "data": {"clinic_id": "cln_1", "patient_id": "pat_1", "refill_id": "rfl_1", "status": "approved"}})
    );
}
