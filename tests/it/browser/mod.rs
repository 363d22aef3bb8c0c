//! The patient pages in a real browser: headless Chromium, driven over WebDriver, taps
//! through links, confirms, cancels, steps up and replies as a patient on a phone would,
//! with JavaScript on and off; axe-core checks every page against WCAG 2.1 A and AA; each
//! page visited is saved as a phone screenshot under `target/screenshots/`. What is stored
//! is checked through the clinic API. These test pages, not storage: SQLite only.
//!
//! Needs /usr/bin/chromium, /usr/bin/chromedriver and axe-core (see .ci/run); skipped with
//! a note when they are missing, unless PORTICO_TEST_REQUIRE_CHROMIUM=1.

mod api_docs;
mod caregiver_passkeys;
mod caregivers;
mod checks;
mod live;
mod passkeys;
mod staff;
mod staff_passkeys;
mod unsubscribe;
mod webdriver;

use crate::helpers::*;
use checks::{Axe, Shots};
use reqwest::StatusCode;
use serde_json::{Value, json};
use webdriver::{Chrome, Js};

const SECRET: &str = "Your A1C came back at 6.1";
const REPLY: &str = "Thanks <doctor>, see you & soon";

/// Portico on SQLite and a browser; `None` when the browser is missing and not required.
async fn start(js: Js) -> Option<(TestApp, Chrome)> {
    let chrome = Chrome::start(js).await?;
    let app = spawn_app(Backend::Sqlite).await?;
    Some((app, chrome))
}

/// A patient reached by SMS first and email second (so step-up codes go to the email).
async fn patient(app: &TestApp, language: &str) -> Value {
    app.create_patient(json!({
        "name": "Dana Whitfield", "birth_date": "1979-09-30", "phone": "+13125550161",
        "email": "dana@example.org", "language": language, "time_zone": "America/Chicago", "channels": ["sms", "email"]
    }))
    .await
}

fn id(v: &Value) -> &str {
    v["id"].as_str().expect("id")
}

/// A link to an appointment, as the clinic's API issues it.
async fn appointment_link(app: &TestApp, p: &Value, a: &Value) -> String {
    let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
    l["url"].as_str().expect("url").to_string()
}

/// The care team writes through the API; the alert goes out; its link, from the dev outbox.
async fn message_alert_link(app: &TestApp, p: &Value) -> String {
    let r = app.post(&format!("/patients/{}/messages", id(p)), &json!({"body": SECRET, "sender": "Dr. Okafor"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    app.drain().await;
    let outbox = app.outbox().await;
    let alert = outbox.iter().rev().find(|m| m["to"] == p["phone"]).expect("an SMS alert");
    let body = alert["body"].as_str().expect("body");
    assert!(!body.contains(SECRET), "no health details in the SMS");
    body.split_whitespace().find(|w| w.contains("/l/")).expect("a link in the alert").to_string()
}

fn code_in(outbox: &[Value]) -> String {
    let body = outbox.last().expect("a code was sent")["body"].as_str().expect("body");
    body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).expect("a 6-digit code").to_string()
}

async fn api_appointment(app: &TestApp, a: &Value) -> Value {
    app.get(&format!("/appointments/{}", id(a))).await.json()
}

/// The landing page's button that only opens the page the link is for.
const OPEN_BUTTON: &str = "form[action^='/l/'] button[type=submit]:not([value=confirm])";

/// The patient's steps, each ending on the page it leads to. Every test below is a walk
/// through some of them, with JavaScript on or off.
struct Patient<'a> {
    app: &'a TestApp,
    b: &'a Chrome,
    shots: Shots,
}

impl Patient<'_> {
    /// Open a deep link and tap the landing page's button that opens the page (an appointment
    /// link's "See or change", not its "Confirm I will come").
    async fn open_link(&self, url: &str, name: &str) {
        self.b.goto(url).await;
        let button = self.b.find(OPEN_BUTTON).await;
        self.shots.take(self.b, &format!("landing-{name}")).await;
        self.b.click(&button).await;
    }

    async fn confirm(&self, a: &Value) {
        self.b.find("#status").await;
        self.shots.take(self.b, "appointment").await;
        self.b.click(&self.b.find("form[action$='/confirm'] button").await).await;
        self.b.find(".notice").await;
        assert!(self.b.current_url().await.ends_with(&format!("/p/appointments/{}?done=confirmed", id(a))));
        assert!(self.b.try_find("form[action$='/confirm']").await.is_none(), "nothing left to confirm");
        self.shots.take(self.b, "confirmed").await;
        assert_eq!(api_appointment(self.app, a).await["status"], "confirmed");
    }

    async fn cancel(&self, a: &Value) {
        let cancel = self.b.find("form[action$='/cancel'] button").await;
        // The reasons are a required radio group: the browser keeps the form until one is chosen.
        self.b.click(&cancel).await;
        let valid = self
            .b
            .execute("return document.querySelector(\"form[action$='/cancel']\").checkValidity();", json!([]))
            .await;
        assert_eq!(valid, false, "the reasons are required");
        assert!(!self.b.current_url().await.contains("done="), "sent without a reason");
        assert_ne!(api_appointment(self.app, a).await["status"], "cancelled");
        self.b.click(&self.b.find("input[name=reason][value=conflict]").await).await;
        self.shots.take(self.b, "cancel-reason").await;
        self.b.click(&cancel).await;
        self.b.find(".notice").await;
        assert!(self.b.current_url().await.ends_with(&format!("/p/appointments/{}?done=cancelled", id(a))));
        assert!(self.b.try_find("form[action$='/cancel']").await.is_none(), "nothing left to cancel");
        self.shots.take(self.b, "cancelled").await;
        let stored = api_appointment(self.app, a).await;
        assert_eq!(stored["status"], "cancelled");
        assert_eq!(stored["cancel_reason"], "patient: has a conflict");
    }

    /// On the step-up page a thread link leads to: pass it with the code sent to the email.
    async fn step_up(&self) {
        let send = self.b.find("form[action='/p/verify/send'] button").await;
        assert!(!self.b.page_source().await.contains(SECRET), "no health details before step-up");
        self.shots.take(self.b, "step-up").await;
        self.b.click(&send).await;
        let code_field = self.b.find("#code").await;
        self.shots.take(self.b, "step-up-code").await;
        let outbox = self.app.outbox().await;
        assert_eq!(outbox.last().expect("code")["to"], "dana@example.org", "the code goes to the other contact point");
        self.b.send_keys(&code_field, &code_in(&outbox)).await;
        self.b.click(&self.b.find("form[action='/p/verify/code'] button").await).await;
    }

    async fn read(&self) {
        let message = self.b.find(".thread li.staff .text").await;
        assert_eq!(self.b.text(&message).await, SECRET);
        self.shots.take(self.b, "thread").await;
    }

    async fn reply(&self, p: &Value) {
        self.b.send_keys(&self.b.find("#body").await, REPLY).await;
        self.b.click(&self.b.find("form[action$='/messages'] button").await).await;
        // Shown as written: escaped in the HTML, so the browser renders the text, not a tag.
        let mine = self.b.find(".thread li.patient:last-child .text").await;
        assert_eq!(self.b.text(&mine).await, REPLY);
        self.shots.take(self.b, "replied").await;
        let api = self.app.get(&format!("/patients/{}/messages", id(p))).await.json();
        let last = api["data"].as_array().and_then(|d| d.last()).expect("messages").clone();
        assert_eq!((last["author"].as_str(), last["body"].as_str()), (Some("patient"), Some(REPLY)));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_confirms_an_appointment_from_the_link_in_a_browser() {
    let Some((app, b)) = start(Js::Enabled).await else { return };
    assert!(b.scripting_enabled().await);
    let p = patient(&app, "en").await;
    let a = app.appointment_for(id(&p), 48).await;
    let me = Patient { app: &app, b: &b, shots: Shots("confirm".into()) };
    me.open_link(&appointment_link(&app, &p, &a).await, "appointment").await;
    me.confirm(&a).await;
}

/// "Confirm I will come" on the landing page: one tap confirms and lands on the appointment
/// page with the confirmation shown; the same link again is refused as used. With JavaScript
/// on, axe-core checks each page on the way; with it off axe-core cannot run (it needs the
/// page's timers), and the pages carry no script, so what it checked is what this browser shows.
async fn one_tap_confirm(js: Js, shots: &str) {
    let axe = match js {
        Js::Enabled => match Axe::load() {
            Some(axe) => Some(axe),
            None => return,
        },
        Js::Disabled => None,
    };
    let Some((app, b)) = start(js).await else { return };
    assert_eq!(b.scripting_enabled().await, js == Js::Enabled);
    let p = patient(&app, "en").await;
    let a = app.appointment_for(id(&p), 48).await;
    let link = appointment_link(&app, &p, &a).await;
    let shots = Shots(shots.into());
    let mut problems = vec![];
    b.goto(&link).await;
    let confirm = b.find("form[action^='/l/'] button#confirm-visit").await;
    b.find(OPEN_BUTTON).await;
    if let Some(axe) = &axe {
        problems.extend(axe.violations(&b, "landing with two buttons").await);
    }
    shots.take(&b, "landing").await;
    assert_eq!(api_appointment(&app, &a).await["status"], "scheduled", "opening the link confirms nothing");
    b.click(&confirm).await;
    b.find(".notice").await;
    assert!(b.current_url().await.ends_with(&format!("/p/appointments/{}?done=confirmed", id(&a))));
    assert_eq!(b.text(&b.find("#status").await).await, "Confirmed");
    assert!(b.try_find("form[action$='/confirm']").await.is_none(), "nothing left to confirm");
    if let Some(axe) = &axe {
        problems.extend(axe.violations(&b, "confirmed by one tap").await);
    }
    shots.take(&b, "confirmed").await;
    assert_eq!(api_appointment(&app, &a).await["status"], "confirmed");
    // The link was used: opening it again offers a fresh one instead.
    b.goto(&link).await;
    b.find("form[action$='/renew']").await;
    assert!(b.try_find("button#confirm-visit").await.is_none());
    if let Some(axe) = &axe {
        problems.extend(axe.violations(&b, "link used").await);
    }
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_tap_on_the_landing_page_confirms_with_javascript_on() {
    one_tap_confirm(Js::Enabled, "one-tap").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_tap_on_the_landing_page_confirms_with_javascript_off() {
    one_tap_confirm(Js::Disabled, "one-tap-nojs").await;
}

/// A patient with one phone and no email: the step-up page asks for the date of birth alone,
/// and it opens the messages; where the clinic turned that off, the page says what to ask the
/// clinic for. axe-core checks both pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_with_one_contact_point_steps_up_by_date_of_birth_in_a_browser() {
    let Some(axe) = Axe::load() else { return };
    let Some((app, b)) = start(Js::Enabled).await else { return };
    let p = app
        .create_patient(
            json!({"name": "Sam Okoye", "birth_date": "1962-02-14", "phone": "+13125550166", "language": "en"}),
        )
        .await;
    let mut problems = vec![];
    let me = Patient { app: &app, b: &b, shots: Shots("birth-date".into()) };
    me.open_link(&message_alert_link(&app, &p).await, "thread").await;
    b.find("form[action='/p/verify/birth-date'] #birth_date").await;
    assert!(b.try_find("form[action='/p/verify/send']").await.is_none(), "no second contact point for a code");
    assert!(b.text(&b.find("#ways").await).await.contains("date of birth"));
    problems.extend(axe.violations(&b, "step-up by date of birth").await);
    me.shots.take(&b, "step-up").await;
    // A date field's typing order follows the browser's locale; set its value as a picker would.
    b.execute("document.getElementById('birth_date').value = '1962-02-14';", json!([])).await;
    b.click(&b.find("form[action='/p/verify/birth-date'] button").await).await;
    me.read().await;
    // The clinic turns the date of birth off: a new link, and the page says what to ask for.
    let r = app.patch("/clinic", &json!({"step_up_birth_date": "off"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let b = Chrome::start(Js::Enabled).await.expect("a second browser");
    let me = Patient { app: &app, b: &b, shots: Shots("birth-date-off".into()) };
    me.open_link(&message_alert_link(&app, &p).await, "thread").await;
    let why = b.text(&b.find("#no-way").await).await;
    assert!(why.contains("second phone number or email") && why.contains("(312) 555-0100"), "{why}");
    assert!(b.try_find("form[action^='/p/verify/']").await.is_none(), "nothing offered that would not work");
    problems.extend(axe.violations(&b, "step-up with no way in").await);
    me.shots.take(&b, "step-up").await;
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_cancels_with_a_reason_from_the_radio_list_in_a_browser() {
    let Some((app, b)) = start(Js::Enabled).await else { return };
    let p = patient(&app, "en").await;
    let a = app.appointment_for(id(&p), 48).await;
    let me = Patient { app: &app, b: &b, shots: Shots("cancel".into()) };
    me.open_link(&appointment_link(&app, &p, &a).await, "appointment").await;
    me.cancel(&a).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_reads_a_message_after_step_up_and_replies_in_a_browser() {
    let Some((app, b)) = start(Js::Enabled).await else { return };
    let p = patient(&app, "en").await;
    let me = Patient { app: &app, b: &b, shots: Shots("message".into()) };
    me.open_link(&message_alert_link(&app, &p).await, "thread").await;
    me.step_up().await;
    me.read().await;
    me.reply(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_core_action_works_with_javascript_disabled() {
    let Some((app, b)) = start(Js::Disabled).await else { return };
    assert!(!b.scripting_enabled().await, "the browser still runs page scripts");
    let p = patient(&app, "en").await;
    let first = app.appointment_for(id(&p), 48).await;
    let second = app.appointment_for(id(&p), 72).await;
    let me = Patient { app: &app, b: &b, shots: Shots("nojs".into()) };
    me.open_link(&appointment_link(&app, &p, &first).await, "appointment").await;
    me.confirm(&first).await;
    // The other visit, from the list of all of them.
    b.click(&b.find("a[href='/p']").await).await;
    b.click(&b.find(&format!("a[href='/p/appointments/{}']", id(&second))).await).await;
    me.cancel(&second).await;
    me.open_link(&message_alert_link(&app, &p).await, "thread").await;
    me.step_up().await;
    me.read().await;
    me.reply(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_asks_for_a_refill_and_changes_the_language_in_a_browser() {
    let Some((app, b)) = start(Js::Disabled).await else { return };
    let p = patient(&app, "en").await;
    let med = app.post(&format!("/patients/{}/medications", id(&p)), &json!({"name": "Atorvastatin 20 mg"})).await;
    assert_eq!(med.status, StatusCode::CREATED, "{}", med.text);
    let med = med.json();
    let me = Patient { app: &app, b: &b, shots: Shots("refill".into()) };
    me.open_link(&message_alert_link(&app, &p).await, "thread").await;
    me.step_up().await;
    me.read().await;
    b.goto(&app.url("/p/refills")).await;
    b.click(&b.find(&format!("input[name=medication][value='{}']", id(&med))).await).await;
    b.send_keys(&b.find("#other_pharmacy").await, "Walgreens, 5th Ave").await;
    me.shots.take(&b, "refills").await;
    b.click(&b.find("#request-refill").await).await;
    b.find("ol.timeline").await;
    me.shots.take(&b, "refill-received").await;
    let list = app.get(&format!("/refills?patient_id={}", id(&p))).await.json();
    let refill = &list["data"][0];
    assert_eq!(
        (refill["medication"].as_str(), refill["pharmacy"].as_str()),
        (Some("Atorvastatin 20 mg"), Some("Walgreens, 5th Ave"))
    );
    assert_eq!(refill["status"], "received");
    // The clinic moves it on; the patient sees it on the page.
    let r = app
        .post(
            &format!("/refills/{}/status", id(refill)),
            &json!({"status": "sent_to_pharmacy", "note": "Ready tomorrow"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    b.goto(&app.url(&format!("/p/refills/{}", id(refill)))).await;
    assert!(b.text(&b.find("ol.timeline").await).await.contains("Ready tomorrow"));
    // The switcher at the foot of the page: Spanish, on this same page.
    b.click(&b.find("nav.langs a[hreflang=es]").await).await;
    // The same page comes back (it has a timeline too): wait for its language to change.
    b.find("html[lang=es] ol.timeline").await;
    assert!(b.current_url().await.ends_with(&format!("/p/refills/{}", id(refill))), "back on the same page");
    me.shots.take(&b, "refill-es").await;
    // Settings: Arabic for messages too, saved to the record; the page turns right-to-left.
    b.goto(&app.url("/p/settings")).await;
    b.click(&b.find("#language option[value=ar]").await).await;
    b.click(&b.find("#save-settings").await).await;
    b.find("html[lang=ar] .notice").await;
    let seen = b
        .execute("return [document.documentElement.lang, getComputedStyle(document.body).direction];", json!([]))
        .await;
    assert_eq!(seen, json!(["ar", "rtl"]));
    me.shots.take(&b, "settings-ar").await;
    assert_eq!(app.get(&format!("/patients/{}", id(&p))).await.json()["language"], "ar");
}

/// The code a landing page shows, read the way the phone that has the SMS would show it.
async fn landing_code(app: &TestApp, url: &str) -> String {
    let html = app.browser().get(url).await.text;
    let needle = "<p class=\"link-code\"><bdi dir=\"ltr\">";
    let start = html.find(needle).expect("the landing page shows a code") + needle.len();
    html[start..].split('<').next().expect("code").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_types_the_phones_code_on_another_device_with_javascript_on_and_off() {
    let Some(axe) = Axe::load() else { return };
    let mut problems = vec![];
    for js in [Js::Enabled, Js::Disabled] {
        let Some((app, b)) = start(js).await else { return };
        assert_eq!(b.scripting_enabled().await, js == Js::Enabled);
        let p = patient(&app, "en").await;
        let a = app.appointment_for(id(&p), 48).await;
        let url = appointment_link(&app, &p, &a).await;
        let code = landing_code(&app, &url).await;
        let name = if js == Js::Enabled { "code-js" } else { "code-nojs" };
        let shots = Shots(name.into());
        b.goto(&app.url("/c")).await;
        let field = b.find("form[action='/c'] #link-code").await;
        // axe-core runs as a page script: it checks the pages with JavaScript on (the same
        // HTML is served either way).
        if js == Js::Enabled {
            problems.extend(axe.violations(&b, &format!("{name}: form")).await);
        }
        shots.take(&b, "form").await;
        // A typo first: the page says so, marks the field, and is still accessible.
        b.send_keys(&field, "7KQM-3XTR").await;
        b.click(&b.find("form[action='/c'] button").await).await;
        let problem = b.find(".problem[role=alert]").await;
        assert!(b.text(&problem).await.contains("did not work"), "{}", b.text(&problem).await);
        assert!(b.try_find("#link-code[aria-invalid=true]").await.is_some());
        if js == Js::Enabled {
            problems.extend(axe.violations(&b, &format!("{name}: wrong code")).await);
        }
        shots.take(&b, "wrong").await;
        // Then the code as read off the phone, in lower case: the appointment opens here.
        b.send_keys(&b.find("#link-code").await, &code.to_lowercase()).await;
        b.click(&b.find("form[action='/c'] button").await).await;
        b.find("#status").await;
        assert!(b.current_url().await.ends_with(&format!("/p/appointments/{}", id(&a))), "{}", b.current_url().await);
        shots.take(&b, "appointment").await;
        // The link on the phone is now used: the code and the link share one use.
        assert_eq!(app.browser().get(&url).await.status, StatusCode::GONE);
    }
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}

/// The languages the accessibility tour runs in, with their writing direction.
const AXE_LOCALES: &[(&str, &str)] = &[("en", "ltr"), ("ar", "rtl")];

/// Where a tour step goes: a URL of the tour's own, or what to do on the page before.
enum Reach {
    Open(Target),
    Tap(&'static str),
    /// Type the step-up code from the outbox and continue.
    EnterCode,
    /// Describe a medicine and a pharmacy, and send the refill request.
    RequestRefill,
}

enum Target {
    Path(&'static str),
    AppointmentLink,
    TamperedLink,
}

/// Every patient page, in an order one browser can reach them: its name, how to reach it,
/// and an element only that page has (so a wrong page cannot pass for it). To add a page
/// (refills, settings), add its row where the patient would reach it.
const PAGES: &[(&str, Reach, &str)] = &[
    ("link-tampered", Reach::Open(Target::TamperedLink), "form[action='/l/request'] #contact"),
    ("code", Reach::Tap("a[href='/c']"), "form[action='/c'] #link-code"),
    ("landing", Reach::Open(Target::AppointmentLink), "form[action^='/l/'] button"),
    ("appointment", Reach::Tap(OPEN_BUTTON), "form[action$='/confirm']"),
    ("appointment-confirmed", Reach::Tap("form[action$='/confirm'] button"), ".notice"),
    ("link-used", Reach::Open(Target::AppointmentLink), "form[action$='/renew']"),
    ("home", Reach::Open(Target::Path("/p")), "a[href^='/p/threads/']"),
    ("step-up", Reach::Tap("a[href^='/p/threads/']"), "form[action='/p/verify/send']"),
    ("step-up-code", Reach::Tap("form[action='/p/verify/send'] button"), "#code"),
    ("thread", Reach::EnterCode, "form[action$='/messages'] #body"),
    ("refills", Reach::Open(Target::Path("/p/refills")), "form[action='/p/refills'] #other_medication"),
    ("refill", Reach::RequestRefill, "ol.timeline"),
    ("settings", Reach::Open(Target::Path("/p/settings")), "form[action='/p/settings'] #language"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_patient_page_passes_axe_wcag_2_1_aa_in_every_language() {
    let Some(axe) = Axe::load() else { return };
    let Some(app) = spawn_app(Backend::Sqlite).await else { return };
    let mut problems = vec![];
    for (i, &(lang, dir)) in AXE_LOCALES.iter().enumerate() {
        // A fresh browser per language, so no session or language cookie carries over.
        let Some(b) = Chrome::start(Js::Enabled).await else { return };
        if i == 0 {
            // The check can fail: a page with known faults gets them reported.
            b.goto("data:text/html,<title>t</title><img src=x.png>").await;
            let found = axe.violations(&b, "known-faults").await.join("\n");
            assert!(found.contains("image-alt") && found.contains("html-has-lang"), "{found}");
        }
        problems.extend(axe_tour(&app, &b, &axe, lang, dir).await);
    }
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}

/// Walk `PAGES` in one language; check each page is the one meant, in that language and
/// direction, and what axe-core says about it.
async fn axe_tour(app: &TestApp, b: &Chrome, axe: &Axe, lang: &str, dir: &str) -> Vec<String> {
    let p = patient(app, lang).await;
    let a = app.appointment_for(id(&p), 48).await;
    let link = appointment_link(app, &p, &a).await;
    let r = app.post(&format!("/patients/{}/messages", id(&p)), &json!({"body": SECRET, "sender": "Dr. Okafor"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    choose_language(app, b, lang).await;
    let shots = Shots(format!("axe-{lang}"));
    let mut problems = vec![];
    for (i, (name, reach, marker)) in PAGES.iter().enumerate() {
        match reach {
            Reach::Open(Target::Path(path)) => b.goto(&app.url(path)).await,
            Reach::Open(Target::AppointmentLink) => b.goto(&link).await,
            Reach::Open(Target::TamperedLink) => b.goto(&tampered(&link)).await,
            Reach::Tap(css) => b.click(&b.find(css).await).await,
            Reach::EnterCode => {
                b.send_keys(&b.find("#code").await, &code_in(&app.outbox().await)).await;
                b.click(&b.find("form[action='/p/verify/code'] button").await).await;
            }
            Reach::RequestRefill => {
                b.send_keys(&b.find("#other_medication").await, "Metformin 500 mg").await;
                b.send_keys(&b.find("#other_pharmacy").await, "CVS, Main St").await;
                b.click(&b.find("#request-refill").await).await;
            }
        }
        b.find(marker).await;
        if i == 0 {
            csp_blocks_inline_script(app, b).await;
        }
        let seen = b
            .execute("return [document.documentElement.lang, getComputedStyle(document.body).direction];", json!([]))
            .await;
        assert_eq!(seen, json!([lang, dir]), "{name}: the page's language and direction");
        // No third-party requests: every resource the page loaded came from Portico itself.
        let foreign = b
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name)\
                 .filter(u => new URL(u).origin !== location.origin);",
                json!([]),
            )
            .await;
        assert_eq!(foreign, json!([]), "{name}: loaded from another origin");
        let loaded = b.execute("return performance.getEntriesByType('resource').length;", json!([])).await;
        assert!(loaded.as_u64().is_some_and(|n| n >= 1), "{name}: the stylesheet at least: {loaded}");
        problems.extend(axe.violations(b, &format!("{name} ({lang})")).await);
        shots.take(b, name).await;
        // Text at 200 % still fits a phone's width: nothing scrolls sideways (WCAG 1.4.4, 1.4.10).
        let overflow = b
            .execute(
                "const root = document.documentElement; const before = root.style.fontSize;\
                 root.style.fontSize = '225%'; const wide = root.scrollWidth - root.clientWidth;\
                 const culprits = []; const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);\
                 for (let n = walk.nextNode(); n; n = walk.nextNode()) { const r = document.createRange(); r.selectNodeContents(n);\
                   const box = r.getBoundingClientRect(); if (box.right > root.clientWidth + 1 || box.left < -1)\
                     culprits.push(n.parentElement.tagName + ': ' + n.textContent.trim().slice(0, 50)); }\
                 root.style.fontSize = before; return wide === 0 ? 0 : [wide, culprits.slice(0, 5)];",
                json!([]),
            )
            .await;
        assert_eq!(overflow, json!(0), "{name} ({lang}): scrolls sideways at 200 % text");
    }
    problems
}

/// The link with one character of its token changed.
fn tampered(link: &str) -> String {
    let mut bytes = link.as_bytes().to_vec();
    let at = bytes.len() - 10;
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    String::from_utf8(bytes).expect("ascii link")
}

/// Choose the page language as a patient would, through `GET /lang/{code}` (a cookie).
async fn choose_language(app: &TestApp, b: &Chrome, lang: &str) {
    let switch = format!("/lang/{lang}?next=/p");
    let r = app.client.get(app.url(&switch)).send().await.expect("language switch");
    match r.status() {
        StatusCode::SEE_OTHER => b.goto(&app.url(&switch)).await,
        // English needs no switch: it is what a patient without a cookie gets.
        StatusCode::NOT_FOUND if lang == "en" => {}
        s => panic!("GET {switch} answered {s}: AXE_LOCALES lists {lang}, so the switch must exist"),
    }
}

/// The pages forbid inline script (docs/SECURITY.md) and this browser enforces that, yet
/// WebDriver's own scripts run: that is what lets axe-core check the real pages as served.
async fn csp_blocks_inline_script(app: &TestApp, b: &Chrome) {
    let r = app.client.get(b.current_url().await).send().await.expect("page");
    let csp = r.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "CSP: {csp:?}");
    let ran = b
        .execute(
            "const s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';\
             document.head.appendChild(s); return window.inlineRan === true;",
            json!([]),
        )
        .await;
    assert_eq!(ran, false, "an inline script ran despite the Content-Security-Policy");
    assert_eq!(b.execute("return 6 * 7;", json!([])).await, 42, "WebDriver's scripts run");
}

/// A family on one phone: the household SMS opens a list of times (no names), and each visit
/// opens with the date of birth of the person it is for; in Arabic, right to left too.
/// axe-core checks the landing page, the list and the visit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_household_reminder_opens_each_visit_with_its_own_date_of_birth_in_a_browser() {
    let Some(axe) = Axe::load() else { return };
    let Some((app, b)) = start(Js::Enabled).await else { return };
    let mut problems = vec![];
    for (language, phone) in [("en", "+13125550170"), ("ar", "+13125550171")] {
        let mut kids = vec![];
        for (name, born, hours) in [("Ada Okafor", "2015-04-02", 26), ("Ben Okafor", "2018-09-30", 27)] {
            let p = app
                .create_patient(json!({"name": name, "birth_date": born, "phone": phone, "language": language,
                    "time_zone": "America/Chicago"}))
                .await;
            let starts = app.clock_now() + jiff::SignedDuration::from_hours(hours);
            let r = app
                .post(
                    "/appointments",
                    &json!({"patient_id": p["id"], "starts_at": starts.to_string(),
                "location": "Suite 300", "reminders": ["P30D"]}),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            kids.push(r.json());
        }
        app.drain().await;
        let sms: Vec<Value> = app.outbox().await.into_iter().filter(|m| m["to"] == phone).collect();
        assert_eq!(sms.len(), 1, "one SMS for the two: {sms:?}");
        let url = sms[0]["body"].as_str().unwrap().split_whitespace().find(|w| w.contains("/l/")).unwrap().to_string();
        let me = Patient { app: &app, b: &b, shots: Shots(format!("household-{language}")) };
        b.goto(&url).await;
        b.find(OPEN_BUTTON).await;
        problems.extend(axe.violations(&b, &format!("household landing ({language})")).await);
        me.open_link(&url, "household").await;
        b.find("form[action='/p/household/open']").await;
        let list = b.text(&b.find("main").await).await;
        assert!(!list.contains("Okafor") && !list.contains("Suite 300"), "times only: {list}");
        problems.extend(axe.violations(&b, &format!("household list ({language})")).await);
        me.shots.take(&b, "list").await;
        // Ben's visit is the second; his date of birth opens it, as a date picker would set it.
        b.execute("document.getElementById('birth_date_2').value = '2018-09-30';", json!([])).await;
        b.click(&b.find("#birth_date_2 ~ button").await).await;
        b.find("#status").await;
        assert!(b.current_url().await.ends_with(&format!("/p/appointments/{}", kids[1]["id"].as_str().unwrap())));
        problems.extend(axe.violations(&b, &format!("household visit ({language})")).await);
        me.shots.take(&b, "visit").await;
    }
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}
