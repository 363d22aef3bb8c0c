//! FHIR import, on both backends, through the API and the CLI: a bundle creates its patients
//! (by the MRN system's identifier) and appointments, with reminders planned; importing it
//! again changes nothing; a changed start reschedules and `cancelled` cancels; a refused entry
//! is named by index and field and never stops the rest; a dry run writes nothing; a body
//! that is not a bundle is a 422.

use crate::helpers::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const MRN: &str = "urn:oid:1.2.36.146.595.217.0.1";

fn patient(local_id: &str, mrn: &str, name: (&str, &str), phone: &str, language: &str) -> Value {
    json!({"fullUrl": format!("urn:uuid:{local_id}"), "resource": {
        "resourceType": "Patient", "id": local_id,
        "identifier": [{"system": "urn:other", "value": "x"}, {"system": MRN, "value": mrn}],
        "name": [{"use": "official", "given": [name.0], "family": name.1}],
        "birthDate": "1981-04-12",
        "telecom": [{"system": "phone", "value": "+13125550100", "use": "home", "rank": 1},
                    {"system": "phone", "value": phone, "use": "mobile", "rank": 2}],
        "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": language}]}, "preferred": true}]
    }})
}

fn appointment(id: &str, patient_ref: &str, start: &str, status: &str) -> Value {
    json!({"resource": {
        "resourceType": "Appointment", "id": id, "status": status, "start": start, "minutesDuration": 20,
        "participant": [
            {"actor": {"reference": patient_ref}},
            {"actor": {"reference": "Practitioner/7", "display": "Dr. Luis Herrera"}},
            {"actor": {"reference": "Location/1", "display": "Suite 300"}}]
    }})
}

fn bundle(entries: Vec<Value>) -> Value {
    json!({"resourceType": "Bundle", "type": "collection", "entry": entries})
}

fn two_patients_three_visits() -> Value {
    bundle(vec![
        patient("a", "MRN-001", ("Maria", "Lopez"), "+13125550142", "es"),
        patient("b", "MRN-002", ("James", "Carter"), "+13125550177", "en"),
        appointment("e1", "urn:uuid:a", "2030-03-10T15:30:00-05:00", "booked"),
        appointment("e2", "Patient/a", "2030-03-12T09:00:00.123456789-05:00", "booked"),
        appointment("e3", "urn:uuid:b", "2030-03-11T10:00:00-05:00", "pending"),
    ])
}

async fn import(app: &TestApp, body: &Value, query: &str) -> Reply {
    let raw = serde_json::to_vec(body).unwrap();
    app.raw(Method::POST, &format!("/import/fhir?mrn_system={MRN}{query}"), "application/json", raw).await
}

fn counts(r: &Value, what: &str) -> (u64, u64) {
    (r[what]["patients"].as_u64().unwrap(), r[what]["appointments"].as_u64().unwrap())
}

async fn patients(app: &TestApp) -> Vec<Value> {
    app.get("/patients").await.json()["data"].as_array().unwrap().clone()
}

crate::backend_tests! {
    async fn a_bundle_creates_its_patients_and_visits_and_importing_it_again_changes_nothing(app) {
        let r = import(&app, &two_patients_three_visits(), "").await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let report = r.json();
        assert_eq!((counts(&report, "created"), report["refused"].as_u64()), ((2, 3), Some(0)), "{report}");
        let all = patients(&app).await;
        let maria = all.iter().find(|p| p["name"] == "Maria Lopez").expect("Maria").clone();
        assert_eq!((maria["phone"].as_str(), maria["language"].as_str()), (Some("+13125550142"), Some("es")), "the mobile, the preferred language");
        assert_eq!(maria["birth_date"], "1981-04-12");
        let visits = app.get(&format!("/patients/{}/appointments", maria["id"].as_str().unwrap())).await.json();
        let visits = visits["data"].as_array().unwrap();
        assert_eq!(visits.len(), 2);
        assert!(visits.iter().all(|v| v["provider"] == "Dr. Luis Herrera" && v["location"] == "Suite 300" && v["duration_minutes"] == 20), "{visits:?}");
        let planned = app.get(&format!("/patients/{}/deliveries", maria["id"].as_str().unwrap())).await.json();
        assert!(!planned["data"].as_array().unwrap().is_empty(), "reminders are planned");

        let again = import(&app, &two_patients_three_visits(), "").await.json();
        assert_eq!((counts(&again, "created"), counts(&again, "updated"), counts(&again, "unchanged")), ((0, 0), (0, 0), (2, 3)), "{again}");
        assert_eq!(patients(&app).await.len(), 2, "no duplicate");
        let audit = app.get("/audit?action=import.fhir").await.json();
        assert_eq!(audit["data"].as_array().unwrap().len(), 2, "each import is audited");
    }

    async fn a_changed_start_reschedules_a_changed_phone_updates_and_cancelled_cancels(app) {
        import(&app, &two_patients_three_visits(), "").await;
        let mut changed = two_patients_three_visits();
        changed["entry"][0]["resource"]["telecom"][1]["value"] = json!("+13125550143");
        changed["entry"][2]["resource"]["start"] = json!("2030-03-10T16:30:00-05:00");
        changed["entry"][4]["resource"]["status"] = json!("cancelled");
        let report = import(&app, &changed, "").await.json();
        assert_eq!((counts(&report, "updated"), counts(&report, "unchanged")), ((1, 2), (1, 1)), "{report}");
        let all = patients(&app).await;
        let maria = all.iter().find(|p| p["name"] == "Maria Lopez").unwrap();
        assert_eq!(maria["phone"], "+13125550143");
        let visits = app.get(&format!("/patients/{}/appointments", maria["id"].as_str().unwrap())).await.json();
        assert!(visits["data"].as_array().unwrap().iter().any(|v| v["starts_at"] == "2030-03-10T21:30:00Z"), "{visits}");
        let james = all.iter().find(|p| p["name"] == "James Carter").unwrap();
        let visits = app.get(&format!("/patients/{}/appointments", james["id"].as_str().unwrap())).await.json();
        assert_eq!(visits["data"][0]["status"], "cancelled");
        // Cancelled again: nothing more happens.
        let report = import(&app, &changed, "").await.json();
        assert_eq!(counts(&report, "unchanged"), (2, 3), "{report}");
    }

    async fn a_refused_entry_is_named_by_index_and_field_and_the_rest_is_imported(app) {
        let mut no_mrn = patient("n", "MRN-009", ("No", "Mrn"), "+13125550150", "en");
        no_mrn["resource"]["identifier"] = json!([{"system": "urn:other", "value": "1"}]);
        let bad_phone = patient("p", "MRN-010", ("Bad", "Phone"), "call me", "en");
        let mut no_phone = patient("q", "MRN-011", ("No", "Phone"), "+13125550151", "en");
        no_phone["resource"]["telecom"] = json!([]);
        let b = bundle(vec![
            no_mrn,
            bad_phone,
            patient("a", "MRN-001", ("Maria", "Lopez"), "+13125550142", "es"),
            appointment("x1", "urn:uuid:a", "yesterday", "booked"),
            appointment("x2", "urn:uuid:nobody", "2030-03-10T15:30:00-05:00", "booked"),
            json!({"resource": {"resourceType": "Observation", "id": "o"}}),
            appointment("x3", "urn:uuid:a", "2029-01-01T10:00:00-05:00", "booked"),
            appointment("x4", "urn:uuid:a", "2030-03-10T15:30:00-05:00", "arrived"),
            no_phone,
            appointment("x5", "urn:uuid:a", "2030-03-10T15:30:00-05:00", "booked"),
        ]);
        let report = import(&app, &b, "").await.json();
        assert_eq!((counts(&report, "created"), report["refused"].as_u64()), ((1, 1), Some(8)), "{report}");
        let refused: Vec<(u64, &str, &str)> = report["refusals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["index"].as_u64().unwrap(), r["resource"].as_str().unwrap(), r["field"].as_str().unwrap()))
            .collect();
        assert_eq!(
            refused,
            vec![
                (0, "Patient", "identifier"),
                (1, "Patient", "telecom"),
                (3, "Appointment", "start"),
                (4, "Appointment", "participant"),
                (5, "Observation", "resourceType"),
                (6, "Appointment", "start"),
                (7, "Appointment", "status"),
                (8, "Patient", "telecom"),
            ]
        );
        assert_eq!(patients(&app).await.len(), 1, "nothing of a refused entry was kept");
    }

    async fn the_sample_bundle_the_demo_offers_imports_whole(app) {
        let sample: Value = serde_json::from_str(include_str!("../../fixtures/fhir-sample.json")).unwrap();
        let raw = serde_json::to_vec(&sample).unwrap();
        let r = app.raw(Method::POST, "/import/fhir?mrn_system=urn:oid:2.16.840.1.113883.3.1234.1", "application/json", raw).await;
        let report = r.json();
        assert_eq!((counts(&report, "created"), report["refused"].as_u64()), ((2, 3), Some(0)), "{report}");
        assert_eq!(report["created"]["grants"], 1, "and the power of attorney: {report}");
    }

    async fn a_dry_run_reports_what_would_happen_and_writes_nothing(app) {
        let report = import(&app, &two_patients_three_visits(), "&dry_run=true").await.json();
        assert_eq!((report["dry_run"].as_bool(), counts(&report, "created")), (Some(true), (2, 3)), "{report}");
        assert!(patients(&app).await.is_empty());
        assert!(app.get("/audit?action=import.fhir").await.json()["data"].as_array().unwrap().is_empty());
    }

    async fn a_body_that_is_not_a_bundle_or_no_mrn_system_is_a_422_and_changes_nothing(app) {
        for (body, field) in [
            (json!({"resourceType": "Patient"}), "body"),
            (json!({"resourceType": "Bundle", "type": "searchset", "entry": [patient("a", "MRN-1", ("A", "B"), "+13125550142", "en")]}), "body"),
        ] {
            let r = import(&app, &body, "").await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert_eq!(r.json()["error"]["field"], field);
        }
        let r = app.raw(Method::POST, "/import/fhir", "application/json", b"{}".to_vec()).await;
        assert_eq!((r.status, r.json()["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("mrn_system")));
        let r = app.raw(Method::POST, &format!("/import/fhir?mrn_system={MRN}"), "application/json", b"{\"entry\": [".to_vec()).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert!(patients(&app).await.is_empty());
    }
}

/// `portico ARGS` in the test database's folder, on that database, with no provider set.
pub(crate) fn cli(db: &TestDb, args: &[&str]) -> std::process::Output {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_portico"));
    c.current_dir(db.dir.path()).env("RUST_LOG", "warn").env("PORTICO_DATABASE_URL", &db.url);
    for var in ["PORTICO_SMS", "PORTICO_EMAIL", "PORTICO_CONFIG", "PORTICO_PUBLIC_URL"] {
        c.env_remove(var);
    }
    c.args(args).output().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_imports_a_file_prints_the_report_and_a_second_run_changes_nothing() {
    let Some(db) = TestDb::new(Backend::Sqlite).await else { return };
    let dir = db.dir.path();
    let run = |args: &[&str]| cli(&db, args);
    let out = run(&["clinic", "create", "--name", "Lakeside"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = dir.join("bundle.json");
    let mut b = two_patients_three_visits();
    // Far ahead, so that the real clock of the command never finds them past.
    for (i, start) in
        ["2040-03-10T15:30:00-05:00", "2040-03-12T09:00:00-05:00", "2040-03-11T10:00:00-05:00"].iter().enumerate()
    {
        b["entry"][2 + i]["resource"]["start"] = json!(start);
    }
    std::fs::write(&file, serde_json::to_vec(&b).unwrap()).unwrap();
    let out = run(&["import", "fhir", file.to_str().unwrap(), "--mrn-system", MRN]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("created:   2 patients, 3 appointments"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("5 entries"), "a progress line");
    let out = run(&["import", "fhir", file.to_str().unwrap(), "--mrn-system", MRN]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("unchanged: 2 patients, 3 appointments"), "{text}");
    std::fs::write(&file, b"{\"resourceType\": \"Observation\"}").unwrap();
    let out = run(&["import", "fhir", file.to_str().unwrap(), "--mrn-system", MRN]);
    assert!(!out.status.success(), "an unreadable file fails the command");
    assert!(String::from_utf8_lossy(&out.stderr).contains("resourceType"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// More patients than the importer keeps in memory between writes (10,000), each followed by
/// its visit, then one more visit for the first patient: the visit just after a write that
/// emptied the cache still finds its patient, and so does the last (read from the store).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bundle_with_more_patients_than_are_cached_keeps_every_visit_with_its_patient() {
    let Some(db) = TestDb::new(Backend::Sqlite).await else { return };
    let out = cli(&db, &["clinic", "create", "--name", "Lakeside"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let n = 10_300;
    let mut entries = Vec::with_capacity(2 * n + 1);
    for i in 0..n {
        entries.push(json!({"fullUrl": format!("urn:uuid:p{i}"), "resource": {"resourceType": "Patient",
            "identifier": [{"system": MRN, "value": format!("MRN-{i}")}], "name": [{"text": format!("Patient {i}")}],
            "telecom": [{"system": "phone", "value": format!("+1312555{:04}", i % 10_000)}]}}));
        entries.push(json!({"resource": {"resourceType": "Appointment", "id": format!("v{i}"), "status": "booked",
            "start": "2040-03-10T15:30:00-05:00", "participant": [{"actor": {"reference": format!("urn:uuid:p{i}")}}]}}));
    }
    entries.push(json!({"resource": {"resourceType": "Appointment", "id": "v-last", "status": "booked",
        "start": "2040-03-11T15:30:00-05:00", "participant": [{"actor": {"reference": "urn:uuid:p0"}}]}}));
    let file = db.dir.path().join("large.json");
    std::fs::write(&file, serde_json::to_vec(&bundle(entries)).unwrap()).unwrap();
    let out = cli(&db, &["import", "fhir", file.to_str().unwrap(), "--mrn-system", MRN]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains(&format!("created:   {n} patients, {} appointments", n + 1)), "{text}");
    assert!(text.contains("refused:   0"), "{text}");
}

mod batch {
    use super::*;
    use portico::domain::*;
    use portico::store::NewRecord;

    fn new_patient(app: &TestApp, name: &str) -> Patient {
        let p = Patient::new(
            app.clinic.id.clone(),
            PersonName::parse(name).unwrap(),
            Locale::parse("en").unwrap(),
            TimeZone::parse("America/Chicago").unwrap(),
            ChannelList::new(vec![Channel::Sms]).unwrap(),
            app.clock_now(),
        );
        Patient { phone: Some(Phone::parse("+13125550142").unwrap()), ..p }
    }

    crate::backend_tests! {
        async fn a_batch_keeps_each_record_or_nothing_of_it_and_goes_on_after_a_refused_one(app) {
            let (a, b, c) = (new_patient(&app, "Ana Ruiz"), new_patient(&app, "Ben Cole"), new_patient(&app, "Cy Lee"));
            let kept = app
                .state
                .store
                .import_batch(&[
                    NewRecord::Patient { patient: a.clone(), mrn: "M1".into() },
                    NewRecord::Patient { patient: b.clone(), mrn: "M1".into() },
                    NewRecord::Patient { patient: c.clone(), mrn: "M2".into() },
                ])
                .await
                .unwrap();
            assert_eq!(kept, vec![true, false, true], "the second's identifier was taken");
            assert!(app.state.store.patient(&app.clinic.id, &b.id).await.unwrap().is_none(), "nothing of it was kept");
            assert!(app.state.store.patient(&app.clinic.id, &c.id).await.unwrap().is_some());
            let ids = app.state.store.external_records(&app.clinic.id, portico::store::ExternalKind::Patient).await.unwrap();
            assert_eq!(ids.len(), 2);
        }
    }
}
