//! The dispatcher under real processes: two `portico serve` on one PostgreSQL share 1,000
//! due reminders with none sent twice; a process killed with SIGKILL mid-dispatch loses
//! nothing when it comes back, and sends nothing twice whose send was recorded; a slow
//! provider outlasting the lease sends nothing twice; and a process that aborts at any point
//! of a send (a failpoint) loses nothing and sends nothing twice once restarted, on both
//! backends.

use crate::helpers::*;
use portico::domain::*;
use portico::store::*;
use std::collections::HashMap;
use std::process::Command;
use std::time::{Duration, Instant};

const N: usize = 1000;

/// A clinic with no quiet hours (the processes use the wall clock) and `N` patients, each with
/// an appointment whose reminder is due now, stored as the API would store them.
async fn load(store: &DynStore) {
    load_n(store, N).await
}

/// `load` with `n` patients.
async fn load_n(store: &DynStore, n: usize) {
    let now = jiff::Timestamp::now();
    let mut clinic = Clinic::new("Lakeside".into(), None, TimeZone::parse("America/Chicago").unwrap(), now);
    clinic.quiet_hours = QuietHours::new(0, 0).unwrap();
    store.create_clinic(&clinic, &[1u8; 32], "pk_load").await.unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for chunk in 0..8 {
        let store = store.clone();
        let clinic = clinic.clone();
        tasks.spawn(async move {
            for i in (chunk..n).step_by(8) {
                let p = Patient {
                    phone: Some(Phone::parse(&format!("+1312555{:04}", 1000 + i)).unwrap()),
                    ..Patient::new(
                        clinic.id.clone(),
                        PersonName::parse(&format!("Patient {i}")).unwrap(),
                        Locale::parse("en").unwrap(),
                        TimeZone::parse("America/Chicago").unwrap(),
                        ChannelList::new(vec![Channel::Sms]).unwrap(),
                        now,
                    )
                };
                store.insert_patient(&p, &p.thread_id).await.unwrap();
                let a = Appointment {
                    id: AppointmentId::new(),
                    clinic_id: clinic.id.clone(),
                    patient_id: p.id.clone(),
                    starts_at: now + jiff::SignedDuration::from_hours(30),
                    duration_minutes: 30,
                    location: None,
                    provider: None,
                    bring: None,
                    status: AppointmentStatus::Scheduled,
                    cancel_reason: None,
                    reminders: Some(ReminderSchedule::parse_list(&["PT48H"]).unwrap()),
                    created_at: now,
                    updated_at: now,
                };
                let plan = portico::notify::reminders::plan(&clinic, &p, &a, &[], now);
                assert_eq!(plan.len(), 1);
                store.insert_appointment(&a, &plan, None, None).await.unwrap();
            }
        });
    }
    while let Some(r) = tasks.join_next().await {
        r.unwrap();
    }
}

fn serve(db: &TestDb, twilio: &TwilioStandIn, port: u16) -> Proc {
    serve_with(db, twilio, port, &[])
}

/// `serve` with more settings (they win over the defaults here).
fn serve_with(db: &TestDb, twilio: &TwilioStandIn, port: u16, settings: &[(&str, &str)]) -> Proc {
    let dir = db.dir.path();
    let mut command = Command::new(env!("CARGO_BIN_EXE_portico"));
    let child = command
        .arg("serve")
        .current_dir(dir)
        .env("RUST_LOG", "warn")
        .env("PORTICO_DATABASE_URL", &db.url)
        .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
        .env("PORTICO_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("PORTICO_KEYS_FILE", dir.join("portico.keys"))
        .env("PORTICO_SMS", "twilio")
        .env("TWILIO_ACCOUNT_SID", &twilio.account_sid)
        .env("TWILIO_AUTH_TOKEN", &twilio.auth_token)
        .env("TWILIO_FROM", &twilio.from)
        .env("PORTICO_TWILIO_API_BASE", &twilio.base)
        .env("PORTICO_DISPATCH_LEASE_SECONDS", "3")
        .env_remove("PORTICO_EMAIL")
        .env_remove("PORTICO_CONFIG")
        .env_remove("PORTICO_FAILPOINT")
        .envs(settings.iter().copied())
        .spawn()
        .unwrap();
    Proc(child)
}

fn per_recipient(twilio: &TwilioStandIn) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for s in twilio.messages() {
        *m.entry(s.to).or_insert(0) += 1;
    }
    m
}

async fn wait_for<F: Fn() -> bool>(what: &str, secs: u64, f: F) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn count(db: &TestDb, statuses: &str) -> i64 {
    let q = format!("SELECT COUNT(*) FROM deliveries WHERE status IN ({statuses})");
    if db.url.starts_with("sqlite") {
        let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(q)).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    } else {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(q)).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_postgresql_send_a_thousand_due_reminders_exactly_once() {
    let Some(db) = TestDb::new(Backend::Postgres).await else { return };
    let store = db.store().await;
    load(&store).await;
    let twilio = TwilioStandIn::start().await;
    let (pa, pb) = (free_port(), free_port());
    let _a = serve(&db, &twilio, pa);
    let _b = serve(&db, &twilio, pb);
    wait_ready(&format!("http://127.0.0.1:{pa}")).await;
    wait_ready(&format!("http://127.0.0.1:{pb}")).await;
    wait_for("1,000 messages", 180, || twilio.messages().len() >= N).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let per = per_recipient(&twilio);
    assert_eq!(per.len(), N, "every patient got their reminder");
    assert!(per.values().all(|n| *n == 1), "none twice: {:?}", per.values().filter(|n| **n > 1).count());
    assert_eq!(twilio.messages().len(), N);
    assert_eq!(count(&db, "'queued', 'sent', 'delivered'").await, N as i64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_killed_mid_dispatch_loses_nothing_and_resends_nothing_it_recorded() {
    let Some(db) = TestDb::new(Backend::Sqlite).await else { return };
    let store = db.store().await;
    load(&store).await;
    let twilio = TwilioStandIn::start().await;
    let port = free_port();
    let mut first = serve(&db, &twilio, port);
    wait_for("the first messages", 120, || twilio.messages().len() >= 150).await;
    first.0.kill().unwrap(); // SIGKILL
    first.0.wait().unwrap();
    drop(first);
    let at_kill = twilio.messages().len();
    assert!(at_kill < N, "the kill came mid-dispatch ({at_kill} sent)");

    // What the dead process had recorded as sent, and what it left in flight.
    let recorded: Vec<String> = {
        let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
        let rows: Vec<String> = sqlx::query_scalar(
            "SELECT cp.address FROM deliveries d JOIN contact_points cp ON cp.patient_id = d.patient_id AND cp.channel = 'sms' \
             WHERE d.status IN ('queued', 'sent', 'delivered')",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        pool.close().await;
        rows
    };
    let in_flight = count(&db, "'sending'").await;
    assert!(!recorded.is_empty());

    let _second = serve(&db, &twilio, port);
    wait_for("every patient", 180, || per_recipient(&twilio).len() >= N).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    while count(&db, "'pending', 'sending'").await > 0 {
        assert!(Instant::now() < deadline, "deliveries left behind");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let per = per_recipient(&twilio);
    assert_eq!(per.len(), N, "every message delivered");
    for to in &recorded {
        assert_eq!(per[to], 1, "{to} was recorded as sent before the kill and must not be sent again");
    }
    // Sends in flight at the kill were never recorded; the restarted process asks Twilio about
    // each before sending again, so even those are not repeated.
    let extra = twilio.messages().len() - N;
    assert_eq!(extra, 0, "{extra} repeated of {in_flight} in flight at the kill");
    eprintln!("{in_flight} deliveries were in flight at the kill; none was sent twice");
}

/// Wait until every delivery is settled and every patient has their message; then each got
/// exactly one.
async fn every_patient_got_exactly_one(db: &TestDb, twilio: &TwilioStandIn, n: usize, secs: u64) {
    wait_for("every patient", secs, || per_recipient(twilio).len() >= n).await;
    let deadline = Instant::now() + Duration::from_secs(secs);
    while count(db, "'pending', 'sending'").await > 0 {
        assert!(Instant::now() < deadline, "deliveries left behind");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Late duplicates would show up in this beat.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let per = per_recipient(twilio);
    assert_eq!(per.len(), n, "nothing lost");
    let twice: Vec<_> = per.iter().filter(|(_, k)| **k > 1).collect();
    assert!(twice.is_empty(), "sent twice: {twice:?}");
    assert_eq!(count(db, "'queued', 'sent', 'delivered'").await, n as i64, "each recorded as sent");
}

/// Two processes, a two-second lease, and a Twilio that takes five seconds to answer: the
/// sender keeps its lease alive, so the other process never takes the message over. (The
/// lease is short so the test is quick, and long enough that a renewal delayed by a busy
/// machine by less than a second still lands in time.)
async fn a_slow_provider_outlasting_the_lease_sends_each_message_once(backend: Backend) {
    const K: usize = 16;
    const HOLD: Duration = Duration::from_secs(5);
    let Some(db) = TestDb::new(backend).await else { return };
    let store = db.store().await;
    load_n(&store, K).await;
    let twilio = TwilioStandIn::start().await;
    twilio.fail_next(usize::MAX, crate::standins::Failure::SlowAccept(HOLD));
    let short = [("PORTICO_DISPATCH_LEASE_SECONDS", "2")];
    let (pa, pb) = (free_port(), free_port());
    let _a = serve_with(&db, &twilio, pa, &short);
    let _b = serve_with(&db, &twilio, pb, &short);
    every_patient_got_exactly_one(&db, &twilio, K, 90).await;
    // Past the provider's hold, so a second send would have been taken by now.
    tokio::time::sleep(HOLD + Duration::from_secs(1)).await;
    assert_eq!(twilio.messages().len(), K, "no second SMS for any delivery");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_provider_outlasting_the_lease_sends_each_message_once_on_sqlite() {
    a_slow_provider_outlasting_the_lease_sends_each_message_once(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_provider_outlasting_the_lease_sends_each_message_once_on_postgresql() {
    a_slow_provider_outlasting_the_lease_sends_each_message_once(Backend::Postgres).await
}

/// One process, and a Twilio that holds every request six seconds: more than one batch's
/// requests reach Twilio before it has answered any, so the loop claimed and sent the next
/// batch while the first was still waiting (it does not wait for a batch to finish).
async fn the_next_batch_is_claimed_and_sent_while_a_slow_provider_holds_the_first(backend: Backend) {
    const BATCH: usize = portico::notify::dispatch::BATCH as usize;
    const K: usize = 3 * BATCH;
    const HOLD: Duration = Duration::from_secs(6);
    let Some(db) = TestDb::new(backend).await else { return };
    let store = db.store().await;
    load_n(&store, K).await;
    let twilio = TwilioStandIn::start().await;
    twilio.fail_next(usize::MAX, crate::standins::Failure::SlowAccept(HOLD));
    let _one = serve(&db, &twilio, free_port());
    wait_for("more than one batch's requests", 120, || twilio.requests() > BATCH).await;
    // Read after the count: no request had been answered when the count passed a batch.
    assert!(twilio.messages().is_empty(), "the second batch went out only after the first was answered");
    every_patient_got_exactly_one(&db, &twilio, K, 120).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_batch_is_claimed_and_sent_while_a_slow_provider_holds_the_first_on_sqlite() {
    the_next_batch_is_claimed_and_sent_while_a_slow_provider_holds_the_first(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_batch_is_claimed_and_sent_while_a_slow_provider_holds_the_first_on_postgresql() {
    the_next_batch_is_claimed_and_sent_while_a_slow_provider_holds_the_first(Backend::Postgres).await
}

/// A process that aborts at `point` (`PORTICO_FAILPOINT`), restarted: nothing lost, nothing
/// sent twice; what was in flight is reconciled with Twilio before any resend.
async fn an_abort_at_a_failpoint_loses_nothing_and_sends_nothing_twice(backend: Backend, point: &str) {
    const K: usize = 20;
    let Some(db) = TestDb::new(backend).await else { return };
    let store = db.store().await;
    load_n(&store, K).await;
    let twilio = TwilioStandIn::start().await;
    if point == "during-provider" {
        // Twilio takes the first message and holds its answer past the abort.
        twilio.fail_next(1, crate::standins::Failure::AcceptThenHold(Duration::from_secs(5)));
    }
    let port = free_port();
    let mut first = serve_with(&db, &twilio, port, &[("PORTICO_FAILPOINT", point)]);
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = first.0.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "{point}: the process never reached its failpoint");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    drop(first);
    assert!(!status.success(), "{point}: aborted ({status:?})");
    let at_abort = twilio.messages().len();
    match point {
        "before-provider" => assert_eq!(at_abort, 0, "nothing reached Twilio"),
        _ => assert!(at_abort >= 1, "{point}: Twilio took a message before the abort"),
    }
    let _second = serve(&db, &twilio, port);
    every_patient_got_exactly_one(&db, &twilio, K, 120).await;
    assert_eq!(twilio.messages().len(), K, "{point}: none twice");
}

macro_rules! failpoint_tests {
    ($($name:ident: $point:literal,)*) => {
        mod failpoints {
            use super::*;
            $(
                mod $name {
                    use super::*;
                    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                    async fn sqlite() {
                        an_abort_at_a_failpoint_loses_nothing_and_sends_nothing_twice(Backend::Sqlite, $point).await
                    }
                    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                    async fn postgres() {
                        an_abort_at_a_failpoint_loses_nothing_and_sends_nothing_twice(Backend::Postgres, $point).await
                    }
                }
            )*
        }
    };
}

failpoint_tests! {
    an_abort_before_the_provider_call: "before-provider",
    an_abort_during_the_provider_call: "during-provider",
    an_abort_after_the_provider_accepted_before_recording: "after-provider",
    an_abort_after_recording: "after-record",
}
