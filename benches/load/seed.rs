//! Data for the workloads: patients, links issued beforehand, a backlog of future reminders,
//! and the HTTP workloads that use them.

use super::*;

/// Every fifth patient of the fanout has an email address and no phone.
pub(crate) const EMAIL_ONLY: usize = 5;

/// `n` patients (SMS only, distinct numbers); with `due`, each with an appointment in 30 h whose
/// 48 h reminder is overdue, so the planner queues one reminder due now.
pub(crate) async fn seed_patients(
    store: &DynStore,
    clinic: &Clinic,
    n: usize,
    due: bool,
) -> anyhow::Result<Vec<(Patient, AppointmentId)>> {
    let (store, clinic, now) = (store.clone(), clinic.clone(), Timestamp::now());
    in_lanes(8, n, move |i| {
        let (store, clinic) = (store.clone(), clinic.clone());
        async move {
            // In the fanout, one patient in EMAIL_ONLY has no phone: their reminder goes by email.
            let by_email = due && i % EMAIL_ONLY == EMAIL_ONLY - 1;
            let p = Patient {
                phone: if by_email { None } else { Some(Phone::parse(&format!("+1312{}", 2_000_000 + i))?) },
                email: if by_email { Some(Email::parse(&format!("patient{i}@example.test"))?) } else { None },
                ..Patient::new(
                    clinic.id.clone(),
                    PersonName::parse(&format!("Patient {i}"))?,
                    Locale::parse("en")?,
                    TimeZone::parse("America/Chicago")?,
                    ChannelList::new(vec![if by_email { Channel::Email } else { Channel::Sms }])?,
                    now,
                )
            };
            store.insert_patient(&p, &p.thread_id).await?;
            let a = Appointment {
                reminders: Some(ReminderSchedule::parse_list(&["PT48H"])?),
                ..Appointment::new(&p, now + SignedDuration::from_hours(30), 30, now)
            };
            if due {
                let plan = portico::notify::reminders::plan(&clinic, &p, &a, &[], now);
                anyhow::ensure!(plan.len() == 1, "expected one reminder due now, planned {}", plan.len());
                store.insert_appointment(&a, &plan, None, None).await?;
            }
            Ok((p, a.id))
        }
    })
    .await
}

/// `n` appointment links through `Links::issue`, 16 at a time, on the server's database and keys
/// file; each with its own subject, so none supersedes another. Returns the tokens.
pub(crate) async fn issue_links(
    store: &DynStore,
    db: &Db,
    base: &str,
    clinic: &Clinic,
    patients: Vec<Patient>,
    n: usize,
) -> anyhow::Result<Vec<String>> {
    let keys = Arc::new(portico::links::KeyRingFile::open_existing(db.keys_file())?);
    let links = portico::links::Links { store: store.clone(), keys, public_base: base.to_string() };
    let (clinic, patients) = (clinic.clone(), Arc::new(patients));
    in_lanes(16, n, move |i| {
        let (links, clinic, patients) = (links.clone(), clinic.clone(), patients.clone());
        async move {
            let subject = portico::links::LinkSubject::Appointment(AppointmentId::new());
            let issued = links.issue(&clinic, &patients[i % patients.len()], subject, 86_400, Timestamp::now()).await?;
            Ok(issued.url.rsplit('/').next().unwrap_or_default().to_string())
        }
    })
    .await
}

/// `n` pending reminders due in 90 days, spread over `patients`: multi-row INSERTs (the columns
/// of `delivery_columns!` in src/store/sql/deliveries.rs), 20,000 rows per transaction.
pub(crate) async fn insert_future(
    url: &str,
    clinic: &Clinic,
    patients: &[(Patient, AppointmentId)],
    n: usize,
) -> anyhow::Result<()> {
    const COLS: &str = "id, clinic_id, patient_id, purpose, channel, link_purpose, subject_id, appointment_id, urgent, \
        status, attempts, due_at, not_after, lease_until, provider_id, error_code, segments, fallback_of, created_at, \
        updated_at, sent_at, delivered_at";
    let now = Timestamp::now().as_millisecond();
    let (due, not_after) = (now + 90 * 86_400_000, now + 91 * 86_400_000);
    let mut done = 0;
    let mut next_batch = move || {
        let mut sql = String::from("BEGIN;");
        for _ in 0..4 {
            let rows = 5_000.min(n - done);
            if rows > 0 {
                let _ = write!(sql, "INSERT INTO deliveries ({COLS}) VALUES ");
                for j in 0..rows {
                    let (p, a) = &patients[(done + j) % patients.len()];
                    let _ = write!(
                        sql,
                        "{}('{}','{}','{}','reminder','sms','appointment','{a}','{a}',0,'pending',0,{due},{not_after},\
                         NULL,NULL,NULL,NULL,NULL,{now},{now},NULL,NULL)",
                        if j == 0 { "" } else { "," },
                        DeliveryId::new(),
                        clinic.id,
                        p.id,
                    );
                }
                sql.push(';');
                done += rows;
            }
        }
        (sql.len() > 6).then(|| sqlx::AssertSqlSafe(sql + "COMMIT;"))
    };
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await?;
        while let Some(sql) = next_batch() {
            sqlx::raw_sql(sql).execute(&pool).await?;
        }
        pool.close().await;
    } else {
        let pool = sqlx::PgPool::connect(url).await?;
        while let Some(sql) = next_batch() {
            sqlx::raw_sql(sql).execute(&pool).await?;
        }
        pool.close().await;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Workloads 7 (idle), 1 (ceiling), 2 (landing), 3 (redeem) and 6 (ingest) on one server process.

pub(crate) async fn http_workloads(
    mode: Mode,
    backend: &'static str,
    pg: Option<&str>,
    rows: &mut Vec<Row>,
) -> anyhow::Result<()> {
    let db = Db::new(pg).await?;
    // Twilio, for the status callbacks (nothing here sends an SMS).
    let auth_token = random_hex(16);
    let twilio = [
        ("PORTICO_SMS", "twilio".to_string()),
        ("TWILIO_ACCOUNT_SID", format!("AC{}", random_hex(16))),
        ("TWILIO_AUTH_TOKEN", auth_token.clone()),
        ("TWILIO_FROM", "+15005550006".to_string()),
        ("PORTICO_TWILIO_API_BASE", "http://127.0.0.1:9".to_string()),
    ];
    let mut server = Server::spawn(&db, &twilio)?;
    let ready_ms = server.wait_ready().await?.as_secs_f64() * 1000.0;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_rss_mb = proc_mb(server.pid(), "VmRSS");
    rows.push(Row {
        backend,
        workload: "idle",
        unit: "ms to ready",
        throughput: ready_ms,
        peak_rss_mb: idle_rss_mb,
        vm_hwm_mb: proc_mb(server.pid(), "VmHWM"),
        extra: BTreeMap::from([("ready_ms", ready_ms), ("idle_rss_mb", idle_rss_mb)]),
        note: "spawn to first /readyz 200 (empty database); VmRSS 1 s later".into(),
        ..Row::default()
    });

    let t = Instant::now();
    let store = portico::store::connect(&db.url).await?;
    let (clinic, api_key) =
        portico::clinics::create_clinic(&*store, &portico::clock::SystemClock, "Bench Clinic", None, "America/Chicago")
            .await?;
    let patients: Vec<Patient> = seed_patients(&store, &clinic, 1_000, false).await?.into_iter().map(|p| p.0).collect();
    let ids: Vec<String> = patients.iter().map(|p| p.id.to_string()).collect();
    let phones: Vec<String> = patients.iter().filter_map(|p| p.phone.as_ref().map(|f| f.to_string())).collect();
    let reported = if wanted("status") { queued_sms(&store, &patients, mode.links / 2).await? } else { vec![] };
    let tokens = issue_links(&store, &db, &format!("http://{}", server.addr), &clinic, patients, mode.links).await?;
    eprintln!(
        "  {backend}: {} patients and {} links issued in {:.1} s",
        ids.len(),
        tokens.len(),
        t.elapsed().as_secs_f64()
    );

    let statements = Statements::open(&db).await;
    let counter = statements.as_ref();
    rows.push(measure(&mode, &server, backend, "ceiling", Kind::Health, counter).await);
    if wanted("landing") {
        rows.push(measure(&mode, &server, backend, "landing", Kind::Landing(tokens.clone()), counter).await);
    }
    if wanted("redeem") {
        rows.push(measure(&mode, &server, backend, "redeem", Kind::Redeem(tokens), counter).await);
    }
    if wanted("ingest") {
        let auth = HeaderValue::from_str(&format!("Bearer {api_key}"))?;
        let base = Timestamp::now() + SignedDuration::from_hours(48);
        rows.push(
            measure(&mode, &server, backend, "ingest", Kind::Ingest { auth, patients: ids, base }, counter).await,
        );
    }
    if wanted("status") {
        let base = format!("http://{}", server.addr);
        let kind = Kind::Status { auth_token: auth_token.clone(), base, deliveries: reported };
        rows.push(measure(&mode, &server, backend, "status", kind, counter).await);
    }
    if wanted("inbound") {
        let base = format!("http://{}", server.addr);
        let kind = Kind::Inbound { auth_token, base, phones };
        rows.push(measure(&mode, &server, backend, "inbound", kind, counter).await);
    }
    server.alive()
}

/// `n` SMS the provider took (queued, each with its message SID), spread over `patients`:
/// what status callbacks report on. Returns each one's id and SID.
async fn queued_sms(store: &DynStore, patients: &[Patient], n: usize) -> anyhow::Result<Vec<(String, String)>> {
    let now = Timestamp::now();
    let mut out = Vec::with_capacity(n);
    let mut batch = Vec::with_capacity(2_000);
    for i in 0..n {
        let mut d = portico::store::Delivery::new(
            &patients[i % patients.len()],
            DeliveryPurpose::Reminder,
            Channel::Sms,
            now,
            now,
        );
        let sid = format!("SM{i:032x}");
        d.status = DeliveryStatus::Queued;
        d.provider_id = Some(sid.clone());
        d.sent_at = Some(now);
        d.attempts = 1;
        out.push((d.id.to_string(), sid));
        batch.push(d);
        if batch.len() == 2_000 || i + 1 == n {
            store.insert_deliveries(&batch).await?;
            batch.clear();
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Workloads 4 (fanout) and 5 (backlog): reminders due now, sent to a fast Twilio stand-in (SMS)
// and a fast SMTP sink (email, for patients without a phone).
