//! FHIR `RelatedPerson` import, on both backends: a parent or a legal representative (only when
//! the relationship says so) becomes a clinic-given caregiver grant, invited at their phone or
//! email; importing again changes nothing and invites nobody again; a changed end moves the
//! expiry and `active: false` revokes; any other relationship, a missing contact point or a
//! parent of an adult is refused, named by index and field; a dry run writes nothing.

use crate::helpers::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const MRN: &str = "urn:oid:1.2.36.146.595.217.0.1";

fn patient(local_id: &str, mrn: &str, name: &str, born: &str) -> Value {
    json!({"fullUrl": format!("urn:uuid:{local_id}"), "resource": {
        "resourceType": "Patient", "id": local_id, "identifier": [{"system": MRN, "value": mrn}],
        "name": [{"text": name}], "birthDate": born,
        "telecom": [{"system": "phone", "value": "+13125550101", "use": "mobile"}]}})
}

fn related(id: &str, patient_ref: &str, code: &str, telecom: Value, end: Option<&str>, active: bool) -> Value {
    let mut r = json!({"resource": {
        "resourceType": "RelatedPerson", "id": id, "active": active, "patient": {"reference": patient_ref},
        "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": code}]}],
        "name": [{"given": ["Marta"], "family": "Ruiz"}], "telecom": telecom}});
    if let Some(end) = end {
        r["resource"]["period"] = json!({"start": "2029-01-01", "end": end});
    }
    r
}

fn phone(n: &str) -> Value {
    json!([{"system": "phone", "value": "+13125550100", "use": "home", "rank": 1}, {"system": "phone", "value": n, "use": "mobile"}])
}

fn bundle(entries: Vec<Value>) -> Value {
    json!({"resourceType": "Bundle", "type": "collection", "entry": entries})
}

/// Lucia (a child), Pablo (an adult), and the people related to them.
fn family(end: &str, active: bool) -> Value {
    bundle(vec![
        patient("c", "MRN-100", "Lucia Ruiz", "2020-05-01"),
        patient("a", "MRN-101", "Pablo Ruiz", "1950-05-01"),
        related("rp-mother", "urn:uuid:c", "MTH", phone("+13125550190"), Some(end), active),
        related(
            "rp-guardian",
            "urn:uuid:a",
            "GUARD",
            json!([{"system": "email", "value": "marta@example.org"}]),
            None,
            true,
        ),
        related("rp-friend", "urn:uuid:a", "FRND", phone("+13125550191"), None, true),
        related("rp-silent", "urn:uuid:c", "FTH", json!([]), None, true),
        related("rp-adult", "urn:uuid:a", "PRN", phone("+13125550192"), None, true),
    ])
}

async fn import(app: &TestApp, body: &Value, query: &str) -> Value {
    let raw = serde_json::to_vec(body).unwrap();
    let r = app.raw(Method::POST, &format!("/import/fhir?mrn_system={MRN}{query}"), "application/json", raw).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json()
}

async fn grants_of(app: &TestApp, name: &str) -> Vec<Value> {
    let all = app.get("/patients").await.json();
    let p =
        all["data"].as_array().unwrap().iter().find(|p| p["name"] == name).unwrap_or_else(|| panic!("{name}")).clone();
    app.get(&format!("/patients/{}/grants", p["id"].as_str().unwrap())).await.json()["data"].as_array().unwrap().clone()
}

async fn invitations(app: &TestApp) -> usize {
    app.outbox().await.iter().filter(|m| m["body"].as_str().is_some_and(|b| b.contains("/g/"))).count()
}

crate::backend_tests! {
    async fn a_parent_and_a_legal_representative_become_invited_grants_and_importing_again_changes_nothing(app) {
        let report = import(&app, &family("2031-01-01", true), "").await;
        assert_eq!(report["created"]["grants"], 2, "{report}");
        assert_eq!(report["refused"], 3, "{report}");
        let refused: Vec<(u64, &str)> = report["refusals"].as_array().unwrap().iter().map(|r| (r["index"].as_u64().unwrap(), r["field"].as_str().unwrap())).collect();
        assert_eq!(refused, vec![(4, "relationship"), (5, "telecom"), (6, "relationship")], "{report}");

        let lucia = grants_of(&app, "Lucia Ruiz").await;
        assert_eq!(lucia.len(), 1, "{lucia:?}");
        let g = &lucia[0];
        assert_eq!((g["basis"].as_str(), g["status"].as_str(), g["phone"].as_str()), (Some("parent_of_minor"), Some("invited"), Some("+13125550190")), "{g}");
        assert_eq!(g["scopes"], json!(["appointments", "messages", "refills"]));
        assert_eq!(g["expires_at"].as_str().unwrap().get(..10), Some("2031-01-01"));
        let pablo = grants_of(&app, "Pablo Ruiz").await;
        assert_eq!(pablo.len(), 1, "only the guardian: {pablo:?}");
        assert_eq!((pablo[0]["basis"].as_str(), pablo[0]["email"].as_str()), (Some("legal_representative"), Some("marta@example.org")));
        assert_eq!(pablo[0]["evidence_reference"], "FHIR RelatedPerson rp-guardian");
        assert_eq!(pablo[0]["verified_by"], "the clinic's EHR, by import");
        assert_eq!(invitations(&app).await, 2, "each is invited once");

        let again = import(&app, &family("2031-01-01", true), "").await;
        assert_eq!((again["created"]["grants"].as_u64(), again["unchanged"]["grants"].as_u64()), (Some(0), Some(2)), "{again}");
        assert_eq!(invitations(&app).await, 2, "nobody is invited again");
        assert_eq!(grants_of(&app, "Lucia Ruiz").await.len(), 1);
    }

    async fn a_changed_end_moves_the_grant_and_an_inactive_related_person_revokes_it(app) {
        import(&app, &family("2031-01-01", true), "").await;
        let moved = import(&app, &family("2032-06-30", true), "").await;
        assert_eq!(moved["updated"]["grants"], 1, "{moved}");
        let g = grants_of(&app, "Lucia Ruiz").await[0].clone();
        assert_eq!(g["expires_at"].as_str().unwrap().get(..10), Some("2032-06-30"));
        let gone = import(&app, &family("2032-06-30", false), "").await;
        assert_eq!(gone["updated"]["grants"], 1, "{gone}");
        assert_eq!(grants_of(&app, "Lucia Ruiz").await[0]["status"], "revoked");
        let again = import(&app, &family("2032-06-30", false), "").await;
        assert_eq!(again["updated"]["grants"], 0, "a revoked grant stays so: {again}");
        let past = import(&app, &bundle(vec![patient("c", "MRN-100", "Lucia Ruiz", "2020-05-01"),
            related("rp-late", "urn:uuid:c", "MTH", phone("+13125550193"), Some("2020-01-01"), true)]), "").await;
        assert_eq!(past["refusals"][0]["field"], "period.end", "{past}");
    }

    async fn a_dry_run_of_related_people_writes_no_grant_and_invites_nobody(app) {
        let report = import(&app, &family("2031-01-01", true), "&dry_run=true").await;
        assert_eq!(report["created"]["grants"], 2, "{report}");
        assert!(app.get("/patients").await.json()["data"].as_array().unwrap().is_empty());
        assert_eq!(invitations(&app).await, 0);
    }
}
