//! CSV import, on both backends, through the API and the CLI: rows create their patients (once
//! each, however many rows they have) and appointments; importing the file again changes
//! nothing; a changed start reschedules and `cancelled` cancels; a refused row is named by its
//! line and column and never stops the rest; the CSV and FHIR imports know a patient by the
//! same MRN.

use crate::helpers::*;
use crate::import::cli;
use reqwest::{Method, StatusCode};
use serde_json::Value;

const HEADER: &str = "patient_mrn,patient_name,birth_date,phone,email,language,appointment_id,status,start,duration_minutes,location,provider";

fn three_visits() -> String {
    format!(
        "{HEADER}\n\
         MRN-001,Maria Lopez,1981-04-12,+13125550142,,es,E1,booked,2030-03-10 15:30,20,Suite 300,Dr. Luis Herrera\n\
         MRN-001,Maria Lopez,1981-04-12,+13125550142,,es,E2,,2030-03-12T09:00:00-05:00,20,Suite 300,Dr. Luis Herrera\n\
         MRN-002,James Carter,,,james@example.com,en,E3,booked,2030-03-11 10:00,,,\n"
    )
}

/// Whether the server refused a body as too large: a 413, or (when it answered before the
/// client had written the whole body) the connection closed under the upload.
async fn too_large(app: &TestApp, path: &str, content_type: &str, body: Vec<u8>) -> bool {
    let sent = app
        .client
        .post(app.url(&format!("/api/v1{path}")))
        .bearer_auth(&app.api_key)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await;
    match sent {
        Ok(r) => r.status() == StatusCode::PAYLOAD_TOO_LARGE,
        Err(e) => e.is_request() && !e.is_connect(),
    }
}

async fn import(app: &TestApp, body: &str, query: &str) -> Reply {
    app.raw(Method::POST, &format!("/import/csv?{query}"), "text/csv", body.as_bytes().to_vec()).await
}

fn counts(r: &Value, what: &str) -> (u64, u64) {
    (r[what]["patients"].as_u64().unwrap(), r[what]["appointments"].as_u64().unwrap())
}

async fn patient_named(app: &TestApp, name: &str) -> Value {
    let all = app.get("/patients").await.json();
    all["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no {name}: {all}"))
        .clone()
}

async fn visits(app: &TestApp, p: &Value) -> Vec<Value> {
    let v = app.get(&format!("/patients/{}/appointments", p["id"].as_str().unwrap())).await.json();
    v["data"].as_array().unwrap().clone()
}

crate::backend_tests! {
    async fn rows_create_each_patient_once_with_their_visits_and_importing_again_changes_nothing(app) {
        let r = import(&app, &three_visits(), "").await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let report = r.json();
        assert_eq!((report["entries"].as_u64(), counts(&report, "created"), report["refused"].as_u64()), (Some(3), (2, 3), Some(0)), "{report}");
        let maria = patient_named(&app, "Maria Lopez").await;
        assert_eq!((maria["phone"].as_str(), maria["language"].as_str(), maria["birth_date"].as_str()), (Some("+13125550142"), Some("es"), Some("1981-04-12")));
        let hers = visits(&app, &maria).await;
        assert_eq!(hers.len(), 2);
        assert!(hers.iter().any(|v| v["starts_at"] == "2030-03-10T20:30:00Z"), "a start without offset is in the clinic's zone: {hers:?}");
        assert!(hers.iter().all(|v| v["provider"] == "Dr. Luis Herrera" && v["location"] == "Suite 300" && v["duration_minutes"] == 20), "{hers:?}");
        let james = patient_named(&app, "James Carter").await;
        assert_eq!((james["email"].as_str(), visits(&app, &james).await[0]["duration_minutes"].as_i64()), (Some("james@example.com"), Some(30)));

        let again = import(&app, &three_visits(), "").await.json();
        assert_eq!((counts(&again, "created"), counts(&again, "updated"), counts(&again, "unchanged")), ((0, 0), (0, 0), (2, 3)), "{again}");
        let audit = app.get("/audit?action=import.csv").await.json();
        assert_eq!(audit["data"].as_array().unwrap().len(), 2, "each import is audited");
    }

    async fn a_changed_start_reschedules_and_cancelled_cancels(app) {
        import(&app, &three_visits(), "").await;
        let changed = three_visits().replace("E1,booked,2030-03-10 15:30", "E1,booked,2030-03-10 16:30").replace("E3,booked", "E3,canceled");
        let report = import(&app, &changed, "").await.json();
        assert_eq!((counts(&report, "updated"), counts(&report, "unchanged")), ((0, 2), (2, 1)), "{report}");
        let maria = patient_named(&app, "Maria Lopez").await;
        assert!(visits(&app, &maria).await.iter().any(|v| v["starts_at"] == "2030-03-10T21:30:00Z"));
        let james = patient_named(&app, "James Carter").await;
        assert_eq!(visits(&app, &james).await[0]["status"], "cancelled");
    }

    async fn a_refused_row_is_named_by_line_and_column_and_the_rest_is_imported(app) {
        let body = format!(
            "{}MRN-003,Bad Phone,,call me,,en,E4,booked,2030-03-11 11:00,,,\n\
             MRN-003,Bad Phone,,call me,,en,E5,booked,2030-03-11 12:00,,,\n\
             MRN-004,Late Visit,,+13125550150,,en,E6,booked,2020-01-01 10:00,,,\n\
             MRN-001,Maria Lopez,1981-04-12,+13125550199,,es,E7,booked,2030-03-13 10:00,,,\n",
            three_visits()
        );
        let report = import(&app, &body, "").await.json();
        assert_eq!((counts(&report, "created"), report["refused"].as_u64()), ((2, 3), Some(4)), "{report}");
        let by_line = |line: u64| report["refusals"].as_array().unwrap().iter().find(|r| r["index"] == line).cloned().unwrap_or_default();
        assert_eq!((by_line(5)["field"].as_str(), by_line(5)["resource"].as_str()), (Some("phone"), Some("Patient")), "{report}");
        assert_eq!(by_line(6)["reason"], "this patient's columns were refused on line 5");
        assert_eq!((by_line(7)["field"].as_str(), by_line(7)["reason"].as_str()), (Some("start"), Some("is in the past")));
        assert_eq!(by_line(8)["field"], "phone", "another phone for a patient of line 2: {report}");
        assert_eq!(patient_named(&app, "Maria Lopez").await["phone"], "+13125550142", "unchanged");
        let all = app.get("/patients").await.json();
        assert!(!all.to_string().contains("Late Visit"), "a row refused for its visit leaves no patient: {all}");
        // The same patient on a later row with a visit ahead: created then.
        let later = format!("{HEADER}\nMRN-004,Late Visit,,+13125550150,,en,E8,booked,2030-03-14 10:00,,,\n");
        assert_eq!(counts(&import(&app, &later, "").await.json(), "created"), (1, 1));
    }

    async fn the_sample_file_the_demo_offers_imports_whole(app) {
        let report = import(&app, include_str!("../../fixtures/visits-sample.csv"), "").await.json();
        assert_eq!((counts(&report, "created"), report["refused"].as_u64()), ((2, 3), Some(0)), "{report}");
        let amina = patient_named(&app, "Amina Haddad").await;
        assert_eq!(visits(&app, &amina).await[0]["location"], "Lakeside Family Clinic, Suite 2", "a quoted comma");
    }

    async fn a_dry_run_writes_nothing_and_a_bad_header_is_a_422(app) {
        let report = import(&app, &three_visits(), "dry_run=true").await.json();
        assert_eq!((report["dry_run"].as_bool(), counts(&report, "created")), (Some(true), (2, 3)), "{report}");
        assert_eq!(app.get("/patients").await.json()["data"].as_array().unwrap().len(), 0, "nothing written");
        let r = import(&app, "patient_mrn,name,start\nM1,Ana,2030-03-11 10:00\n", "").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert!(r.text.contains("does not read"), "{}", r.text);
        assert_eq!(app.get("/patients").await.json()["data"].as_array().unwrap().len(), 0);
    }

    async fn a_patient_imported_from_fhir_is_the_same_patient_in_a_csv(app) {
        let bundle = serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
            "resourceType": "Patient", "identifier": [{"system": "urn:mrn", "value": "MRN-001"}],
            "name": [{"text": "Maria Lopez"}], "birthDate": "1981-04-12",
            "telecom": [{"system": "phone", "value": "+13125550142"}],
            "communication": [{"language": {"coding": [{"code": "es"}]}}]}}]});
        let r = app.raw(Method::POST, "/import/fhir?mrn_system=urn:mrn", "application/json", serde_json::to_vec(&bundle).unwrap()).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let report = import(&app, &three_visits(), "").await.json();
        assert_eq!((counts(&report, "created"), counts(&report, "unchanged")), ((1, 3), (1, 0)), "{report}");
        assert_eq!(app.get("/patients").await.json()["data"].as_array().unwrap().len(), 2);
    }

    async fn the_import_routes_take_files_past_the_other_bodies_limit_up_to_8_mib_and_refuse_a_larger_one(app) {
        // 1,000 rows are about 100 KiB, past the 64 KiB every other route takes.
        let rows: String = (0..1000).map(|i| format!("MRN-{i:04},Patient {i},,+1312555{:04},,en,V{i},booked,2030-03-10 15:30,20,,\n", i % 10_000)).collect();
        let file = format!("{HEADER}\n{rows}");
        assert!(file.len() > 64 * 1024, "{}", file.len());
        let r = import(&app, &file, "").await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(counts(&r.json(), "created"), (1000, 1000));
        let padded = format!("{{\"resourceType\": \"Bundle\",{}\"type\": \"collection\", \"entry\": []}}", " ".repeat(100 * 1024));
        let r = app.raw(Method::POST, "/import/fhir?mrn_system=urn:mrn", "application/json", padded.into_bytes()).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        // Past 8 MiB: refused whole, nothing written.
        let big = format!("{HEADER}\n{}", "MRN-9999,Too Big,,,x@example.com,en,X1,booked,2030-03-10 15:30,20,,\n".repeat(8 * 1024 * 1024 / 60));
        assert!(big.len() > 8 * 1024 * 1024);
        assert!(too_large(&app, "/import/csv", "text/csv", big.into_bytes()).await);
        let huge = format!("{{\"resourceType\": \"Bundle\",{}\"type\": \"collection\", \"entry\": []}}", " ".repeat(8 * 1024 * 1024));
        assert!(too_large(&app, "/import/fhir?mrn_system=urn:mrn", "application/json", huge.into_bytes()).await);
        let all = app.get("/patients").await.json();
        let names: Vec<&str> = all["data"].as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
        assert_eq!(names.len(), 1000, "only the files that fitted were imported");
        assert!(!names.contains(&"Too Big"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_imports_a_csv_file_prints_refusals_by_line_and_a_second_run_changes_nothing() {
    let Some(db) = TestDb::new(Backend::Sqlite).await else { return };
    let dir = db.dir.path();
    let run = |args: &[&str]| cli(&db, args);
    let out = run(&["clinic", "create", "--name", "Lakeside"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = dir.join("visits.csv");
    // Far ahead, so that the real clock of the command never finds them past.
    let body = three_visits().replace("2030-", "2040-") + "MRN-009,No Contact,,,,en,E9,booked,2040-03-11 10:00,,,\n";
    std::fs::write(&file, body).unwrap();
    let out = run(&["import", "csv", file.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("created:   2 patients, 3 appointments"), "{text}");
    assert!(text.contains("line 5 (Patient): phone: a patient needs a phone or an email"), "{text}");
    let out = run(&["import", "csv", file.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("unchanged: 2 patients, 3 appointments"), "{text}");
    std::fs::write(&file, "mrn,start\n").unwrap();
    let out = run(&["import", "csv", file.to_str().unwrap()]);
    assert!(!out.status.success(), "a file whose header is refused fails the command");
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"mrn\""), "{}", String::from_utf8_lossy(&out.stderr));
}
