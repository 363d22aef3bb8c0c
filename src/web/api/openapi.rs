//! The OpenAPI 3.1 document for `/api/v1`: the operations listed here beside the routes (a test
//! holds the list to the routers both ways), every schema generated from the request and
//! response types (`generated_schemas`; a test holds the document to them).

use crate::state::AppState;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { Json(document()) }))
}

fn error_responses() -> Value {
    json!({
        "400": {"$ref": "#/components/responses/Error"},
        "401": {"$ref": "#/components/responses/Error"},
        "404": {"$ref": "#/components/responses/Error"},
        "409": {"$ref": "#/components/responses/Error"},
        "413": {"$ref": "#/components/responses/Error"},
        "422": {"$ref": "#/components/responses/Error"}
    })
}

pub(super) fn op(summary: &str, body: Option<&str>, ok: &str, result: &str) -> Value {
    let mut responses = error_responses();
    responses[ok] = json!({"description": "OK", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{result}")}}}});
    let mut o = json!({"summary": summary, "responses": responses, "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}]});
    if let Some(b) = body {
        o["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{b}")}}}});
    }
    o
}

pub(super) fn get_op(summary: &str, result: &str) -> Value {
    let mut responses = error_responses();
    responses["200"] = json!({"description": "OK", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{result}")}}}});
    json!({"summary": summary, "responses": responses})
}

pub fn document() -> Value {
    let mut doc = routes();
    reply_times(&mut doc);
    saved_replies(&mut doc);
    teams(&mut doc);
    conversations(&mut doc);
    import(&mut doc);
    super::openapi_webhooks::add(&mut doc);
    reports(&mut doc);
    if let Some(schemas) = doc["components"]["schemas"].as_object_mut() {
        schemas.extend(generated_schemas());
    }
    doc
}

/// The schemas of the request and response types (`schemars`), by the name each type gives
/// itself: the body a handler reads is described by the struct it deserializes into, and a
/// response by the struct it serializes, so the two cannot tell different stories.
pub fn generated_schemas() -> serde_json::Map<String, Value> {
    let mut s = Schemas::new();
    super::patients::schemas(&mut s);
    super::appointments::schemas(&mut s);
    super::links::schemas(&mut s);
    super::messages::schemas(&mut s);
    super::deliveries::schemas(&mut s);
    super::refills::schemas(&mut s);
    super::grants::schemas(&mut s);
    super::clinic::schemas(&mut s);
    super::staff::schemas(&mut s);
    super::audit::schemas(&mut s);
    super::saved_replies::schemas(&mut s);
    super::teams::schemas(&mut s);
    super::webhooks::schemas(&mut s);
    super::conversations::schemas(&mut s);
    super::error::schemas(&mut s);
    super::reply_times::schemas(&mut s);
    s.response::<crate::reply_times::ReplyReport>();
    s.request::<crate::import::fhir::BundleShape>();
    s.response::<crate::import::Report>();
    let mut out = s.requests.take_definitions(true);
    // `#[serde(default)]` on an `Option` says `"default": null`, which tells a reader nothing.
    fn drop_null_defaults(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if map.get("default") == Some(&Value::Null) {
                    map.remove("default");
                }
                map.values_mut().for_each(drop_null_defaults);
            }
            Value::Array(items) => items.iter_mut().for_each(drop_null_defaults),
            _ => {}
        }
    }
    // A type both read and written (a calendar's week, quiet hours) keeps its request schema:
    // it accepts everything the type writes, and says which fields may be left out.
    for (name, schema) in s.responses.take_definitions(true) {
        out.entry(name).or_insert(schema);
    }
    out.values_mut().for_each(drop_null_defaults);
    out
}

/// Where each API module registers its request and response types.
pub(super) struct Schemas {
    requests: schemars::SchemaGenerator,
    responses: schemars::SchemaGenerator,
}

impl Schemas {
    fn new() -> Schemas {
        let settings = |contract| {
            let mut s = schemars::generate::SchemaSettings::draft2020_12();
            s.definitions_path = "/components/schemas".into();
            s.meta_schema = None;
            s.contract = contract;
            s
        };
        Schemas {
            requests: settings(schemars::generate::Contract::Deserialize).into_generator(),
            responses: settings(schemars::generate::Contract::Serialize).into_generator(),
        }
    }

    /// A body a handler reads.
    pub(super) fn request<T: schemars::JsonSchema>(&mut self) {
        self.requests.subschema_for::<T>();
    }

    /// A body a handler answers with.
    pub(super) fn response<T: schemars::JsonSchema>(&mut self) {
        self.responses.subschema_for::<T>();
    }
}

/// A list response: `{"data": [...]}`.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "{T}List")]
pub(super) struct List<T> {
    pub data: Vec<T>,
}

/// `/clinic/calendar` and `/clinic/reply-policy`.
fn reply_times(doc: &mut Value) {
    doc["paths"]["/clinic/calendar"] = json!({
        "get": get_op("This clinic's business calendar (opening hours per weekday, holidays, partial days)", "Calendar"),
        "put": op("Replace the business calendar; the deadlines of conversations owed a reply move to it", Some("CalendarSpec"), "200", "Calendar")
    });
    doc["paths"]["/clinic/reply-policy"] = json!({
        "get": get_op("This clinic's promised reply times by category and priority", "ReplyPolicy"),
        "put": op("Replace the reply policy; the deadlines of conversations owed a reply move to it", Some("ReplyPolicySpec"), "200", "ReplyPolicy")
    });
}

fn routes() -> Value {
    let id_param = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]);
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {"title": "Portico clinic API", "version": "1"},
        "servers": [{"url": "/api/v1"}],
        "security": [{"apiKey": []}],
        "paths": {
            "/patients": {
                "post": op("Create a patient", Some("PatientCreate"), "201", "Patient"),
                "get": get_op("List patients", "PatientList")
            },
            "/patients/{id}": {
                "parameters": id_param,
                "get": get_op("Read a patient", "Patient"),
                "patch": op("Update a patient (null clears phone, email or birth_date)", Some("PatientUpdate"), "200", "Patient")
            },
            "/patients/{id}/appointments": {"parameters": id_param, "get": get_op("A patient's appointments", "AppointmentList")},
            "/appointments": {"post": op("Create an appointment", Some("AppointmentCreate"), "201", "Appointment")},
            "/appointments/{id}": {
                "parameters": id_param,
                "get": get_op("Read an appointment", "Appointment"),
                "patch": op("Reschedule or edit an appointment", Some("AppointmentUpdate"), "200", "Appointment")
            },
            "/appointments/{id}/cancel": {"parameters": id_param, "post": op("Cancel an appointment", None, "200", "Appointment")},
            "/links": {"post": op("Issue a deep link, optionally sending it", Some("LinkCreate"), "201", "LinkCreated")},
            "/links/{id}": {"parameters": id_param, "get": get_op("A link's status", "LinkStatus")},
            "/links/{id}/revoke": {"parameters": id_param, "post": op("Revoke a link", None, "200", "LinkStatus")},
            "/patients/{id}/messages": {
                "parameters": id_param,
                "post": op("Write to a patient (stored in their thread; an alert without the text goes out)", Some("MessageCreate"), "201", "Message"),
                "get": get_op("The patient's thread", "MessageList")
            },
            "/staff": {"post": op("Invite someone to the care team (created if new; an invitation link is emailed)", Some("StaffInvite"), "201", "StaffMember")},
            "/audit": {"get": {"summary": "The clinic's audit trail, newest first (filters: patient, actor, action, subject, since, until; limit 1-500, default 100; cursor from next_cursor)",
                "parameters": [
                    {"name": "patient", "in": "query", "schema": {"type": "string"}, "description": "only what the patient, or someone acting for them under a grant, did"},
                    {"name": "actor", "in": "query", "schema": {"type": "string"}, "description": "patient:<id>, person:<id> (a caregiver), staff:<id>, api:<key prefix>, system or anonymous"},
                    {"name": "action", "in": "query", "schema": {"type": "string"}},
                    {"name": "subject", "in": "query", "schema": {"type": "string"}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "until", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "a page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditPage"}}}}}}},
            "/texts/unmatched": {"get": get_op("Texts to the clinic no patient's conversation could take (a number several patients share, with no recent message to say whose it answers), newest first", "UnmatchedTextList")},
            "/patients/{id}/deliveries": {"parameters": id_param, "get": get_op("Every SMS and email sent to a patient", "DeliveryList")},
            "/deliveries/{id}": {"parameters": id_param, "get": get_op("One delivery", "Delivery")},
            "/patients/{id}/medications": {
                "parameters": id_param,
                "post": op("List a medicine the patient may ask to refill", Some("MedicationCreate"), "201", "Medication"),
                "get": get_op("The patient's listed medicines", "MedicationList")
            },
            "/medications/{id}": {"parameters": id_param, "patch": op("Stop or resume offering a medicine for refills", Some("MedicationUpdate"), "200", "MedicationActive")},
            "/refills": {"get": {"summary": "Refill requests, newest first", "parameters": [
                {"name": "status", "in": "query", "schema": {"enum": ["received", "in_review", "sent_to_pharmacy", "needs_visit", "denied"]}},
                {"name": "patient_id", "in": "query", "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}}],
                "responses": get_op("", "RefillList")["responses"]}},
            "/refills/{id}": {"parameters": id_param, "get": get_op("One refill request with its timeline", "Refill")},
            "/refills/{id}/status": {"parameters": id_param, "post": op("Move a refill request on (the patient is told)", Some("RefillStatusChange"), "200", "Refill")},
            "/clinic": {
                "get": get_op("This clinic's settings", "Clinic"),
                "patch": op("Change the reminder schedule, quiet hours, daily cap, step-up options or page colour", Some("ClinicUpdate"), "200", "Clinic")
            }
        },
        "components": {
            "securitySchemes": {"apiKey": {"type": "http", "scheme": "bearer"}},
            "parameters": {
                "IdempotencyKey": {"name": "Idempotency-Key", "in": "header", "required": false,
                    "description": "Same key and body: the first response again. Same key, other body: 422.",
                    "schema": {"type": "string", "minLength": 1, "maxLength": 255}}
            },
            "responses": {
                "Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {}
        }
    });
    grant_paths(&mut doc);
    doc
}

/// Caregiver grants the clinic gives.
fn grant_paths(doc: &mut Value) {
    let id_param = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]);
    let mut delete = get_op(
        "Revoke a grant at once (any grant, the patient's own too); the caregiver's next request is refused",
        "Grant",
    );
    delete["parameters"] = id_param.clone();
    doc["paths"]["/patients/{id}/grants"] = json!({
        "parameters": id_param,
        "get": get_op("Every caregiver grant of a patient (given by the patient or the clinic), oldest first", "GrantList"),
        "post": op("Give a caregiver access with a legal basis; the invitation goes to their phone or email", Some("GrantCreate"), "201", "Grant")
    });
    doc["paths"]["/grants/{id}"] = json!({
        "parameters": id_param,
        "patch": op("Change a clinic-given grant's scopes, expiry or evidence (a patient-given one is the patient's to change)", Some("GrantUpdate"), "200", "Grant"),
        "delete": delete
    });
}

/// `/saved-replies` and `/saved-replies/{id}`.
fn saved_replies(doc: &mut Value) {
    let id_param = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]);
    let mut delete = get_op("Remove a saved reply", "SavedReply");
    delete["responses"] = error_responses();
    delete["responses"]["204"] = json!({"description": "Removed"});
    doc["paths"]["/saved-replies"] = json!({
        "get": get_op("The clinic's saved replies, by title", "SavedReplyList"),
        "post": op("Add a saved reply, in one or more languages", Some("SavedReplySpec"), "201", "SavedReply")
    });
    doc["paths"]["/saved-replies/{id}"] = json!({
        "parameters": id_param,
        "get": get_op("One saved reply", "SavedReply"),
        "put": op("Replace a saved reply whole", Some("SavedReplySpec"), "200", "SavedReply"),
        "delete": delete
    });
}

/// `/reports/replies`.
fn reports(doc: &mut Value) {
    let day = |name: &str, what: &str| {
        json!({"name": name, "in": "query", "required": false,
        "schema": {"type": "string", "format": "date"}, "description": what})
    };
    let mut get = get_op(
        "Reply-time figures of the messages first unanswered in a period: median and 90th percentile business \
         minutes to the first reply the patient could see, the share within the promise, and what is owed and late now, \
         overall and per category",
        "ReplyReport",
    );
    get["parameters"] = json!([
        day("from", "first day, in the clinic's time zone (default: 29 days before to)"),
        day("to", "last day, inclusive (default: today); at most 366 days in all")
    ]);
    doc["paths"]["/reports/replies"] = json!({"get": get});
    doc["paths"]["/clinic/red-flags"] = json!({"get": get_op(
        "The phrases that make a patient's message a red flag (safety reply at once, urgent, acknowledged within \
         15 minutes at any hour), per language; every list is checked whatever the patient's language",
        "RedFlags",
    )});
}

/// `/teams`, `/teams/{id}`, `/clinic/routing`, `/absences` and `/absences/{id}`.
fn teams(doc: &mut Value) {
    let id_param = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]);
    let mut cancel = get_op("Cancel an absence", "Absence");
    cancel["responses"] = error_responses();
    cancel["responses"]["204"] = json!({"description": "Cancelled"});
    doc["paths"]["/teams"] = json!({
        "get": get_op("The clinic's teams, by name", "TeamList"),
        "post": op("Add a team (a new default team takes that place from the old one)", Some("TeamSpec"), "201", "Team")
    });
    doc["paths"]["/teams/{id}"] = json!({
        "parameters": id_param,
        "put": op("Replace a team's name, lead, members and whether it is the default", Some("TeamSpec"), "200", "Team")
    });
    doc["paths"]["/clinic/routing"] = json!({
        "get": get_op("The routing rules, in the order they are tried", "RoutingRules"),
        "put": op("Replace the routing rules: each patient message goes to the team of the first rule that matches \
            (every condition a rule names must hold), else to the default team", Some("RoutingRules"), "200", "RoutingRules")
    });
    doc["paths"]["/absences"] = json!({
        "get": get_op("Absences that have not ended, by first day", "AbsenceList"),
        "post": op("Plan an absence: while it lasts, clinical messages assigned to the person go to the cover, \
            booking and billing to the team's pool; it ends by itself after ends_on", Some("AbsenceSpec"), "201", "Absence")
    });
    doc["paths"]["/absences/{id}"] = json!({"parameters": id_param, "delete": cancel});
}

/// `/conversations` and `/conversations/{id}`.
fn conversations(doc: &mut Value) {
    let mut list =
        get_op("One view of the clinic's inbox, 50 a page by default (follow next_cursor)", "ConversationPage");
    list["parameters"] = json!([
        {"name": "view", "in": "query", "schema": {"enum": ["needs-reply", "overdue", "unassigned", "open", "closed"], "default": "needs-reply"}},
        {"name": "after", "in": "query", "schema": {"type": "string"}, "description": "a next_cursor"},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}}]);
    doc["paths"]["/conversations"] = json!({"get": list});
    doc["paths"]["/conversations/{id}"] = json!({
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "the thread id"}],
        "get": get_op("One conversation with the steps that brought it where it is", "ConversationDetail")});
}

/// `/import/fhir`, `/import/csv`.
fn import(doc: &mut Value) {
    let mut post = op(
        "Import a FHIR R4 Bundle (collection or transaction) of Patient and Appointment resources, by the clinic's \
         identifiers: again, it changes nothing; a changed start reschedules; cancelled cancels. Up to 8 MiB (larger \
         files through `portico import fhir`).",
        Some("FhirBundle"),
        "200",
        "ImportReport",
    );
    post["parameters"] = json!([
        {"name": "mrn_system", "in": "query", "required": true, "schema": {"type": "string"},
         "description": "the identifier system of the clinic's MRNs"},
        {"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": false}}]);
    doc["paths"]["/import/fhir"] = json!({"post": post});
    let mut csv = op(
        "Import a CSV file of one row per appointment, the patient's columns repeated on each of their rows; the \
         header names the columns (patient_mrn, patient_name, appointment_id and start required; birth_date, phone, \
         email, language, status, duration_minutes, location, provider). A start without an offset is in the clinic's \
         time zone. A refusal's index is its line (the header is line 1), its field the column. Up to 8 MiB.",
        None,
        "200",
        "ImportReport",
    );
    csv["requestBody"] = json!({"required": true, "content": {"text/csv": {"schema": {"type": "string"}}}});
    csv["parameters"] = json!([{"$ref": "#/components/parameters/IdempotencyKey"},
        {"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": false}}]);
    doc["paths"]["/import/csv"] = json!({"post": csv});
}
