//! The soak: ten minutes (`PORTICO_SOAK_MINUTES`) of mixed traffic at twice the morning burst
//! of the README's "Scale on paper": reminders falling due and dispatched, links redeemed,
//! SMS replies, and API writes, each at a fixed rate (open loop: a slow answer does not slow
//! the offered load). Reported: errors (must be 0), every reminder sent exactly once, VmRSS
//! after the first minute and at the end (flat within 10 %), and the p99 of each minute.
//! Run it alone: `PORTICO_BENCH_ONLY=soak cargo bench --bench load`.

use super::*;

/// Twice the morning burst (README, "Scale on paper"): per second.
const REMINDERS_PER_S: usize = 56;
const REDEEMS_PER_S: usize = 28;
const REPLIES_PER_S: usize = 3;
const WRITES_PER_S: usize = 20;
const PATIENTS: usize = 2_000;

/// Latencies and failures of one minute, all kinds together.
#[derive(Default)]
struct Minute {
    ms: Vec<f64>,
    errors: u64,
}

type Minutes = Arc<Mutex<Vec<Minute>>>;

fn record(minutes: &Minutes, start: Instant, last: usize, took: Result<Duration, String>) {
    // Requests still in flight when the time is up count in the last minute.
    let minute = ((start.elapsed().as_secs() / 60) as usize).min(last);
    let mut m = minutes.lock().expect("soak minutes");
    while m.len() <= minute {
        m.push(Minute::default());
    }
    match took {
        Ok(d) => m[minute].ms.push(d.as_secs_f64() * 1000.0),
        Err(e) => {
            if m[minute].errors < 3 {
                eprintln!("  soak error: {e}");
            }
            m[minute].errors += 1;
        }
    }
}

/// Offer `rate` requests a second for `dur`, each on a connection from `pool`.
async fn offer<F, Fut>(rate: usize, dur: Duration, pool: usize, addr: SocketAddr, minutes: Minutes, step: F)
where
    F: Fn(Conn, u64) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = (Conn, Result<Duration, String>)> + Send + 'static,
{
    let conns = Arc::new(Mutex::new((0..pool).map(|_| Conn::new(addr)).collect::<Vec<_>>()));
    let step = Arc::new(step);
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let (start, mut i, mut tasks) = (Instant::now(), 0u64, tokio::task::JoinSet::new());
    let last = (dur.as_secs() / 60).saturating_sub(1) as usize;
    while start.elapsed() < dur {
        tick.tick().await;
        let conn = conns.lock().expect("soak pool").pop().unwrap_or_else(|| Conn::new(addr));
        let (conns, step, minutes) = (conns.clone(), step.clone(), minutes.clone());
        tasks.spawn(async move {
            let (conn, took) = step(conn, i).await;
            record(&minutes, start, last, took);
            conns.lock().expect("soak pool").push(conn);
        });
        i += 1;
        while tasks.try_join_next().is_some() {}
    }
    while tasks.join_next().await.is_some() {}
}

pub(crate) async fn soak(backend: &'static str, pg: Option<&str>) -> anyhow::Result<Row> {
    let minutes_n: u64 = std::env::var("PORTICO_SOAK_MINUTES").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let dur = Duration::from_secs(minutes_n * 60);
    let db = Db::new(pg).await?;
    let accepted: Inbox = Arc::default();
    let (twilio_base, _stand_in) = twilio_stand_in(&accepted).await?;
    let auth_token = random_hex(16);
    let env = [
        ("PORTICO_SMS", "twilio".to_string()),
        ("TWILIO_ACCOUNT_SID", format!("AC{}", random_hex(16))),
        ("TWILIO_AUTH_TOKEN", auth_token.clone()),
        ("TWILIO_FROM", "+15005550006".to_string()),
        ("PORTICO_TWILIO_API_BASE", twilio_base),
    ];
    let mut server = Server::spawn(&db, &env)?;
    server.wait_ready().await?;
    let base = format!("http://{}", server.addr);

    // The clinic, its patients with a visit each in 30 h, and the day's reminders falling due
    // at REMINDERS_PER_S from the start (the planner would queue them the same way).
    let t = Instant::now();
    let store = portico::store::connect(&db.url).await?;
    let mut clinic = Clinic::new("Soak Clinic".into(), None, TimeZone::parse("America/Chicago")?, Timestamp::now());
    clinic.quiet_hours = QuietHours::new(0, 0)?; // never quiet: the soak runs at any hour
    clinic.daily_reminder_cap = 1_000;
    let api_key = format!("pk_{}", random_hex(20));
    store.create_clinic(&clinic, &portico::links::secret_hash(&api_key), &api_key[..10]).await?;
    let patients = seed_patients(&store, &clinic, PATIENTS, false).await?;
    let now = Timestamp::now();
    let starts_at = now + SignedDuration::from_hours(30);
    for (p, id) in &patients {
        let a = Appointment {
            id: id.clone(),
            reminders: Some(ReminderSchedule::parse_list(&["PT48H"])?),
            ..Appointment::new(p, starts_at, 30, now)
        };
        store.insert_appointment(&a, &[], None, None).await?;
    }
    let reminders = REMINDERS_PER_S * dur.as_secs() as usize;
    let first_due = Timestamp::now() + SignedDuration::from_secs(5);
    let mut batch = Vec::with_capacity(1_000);
    for k in 0..reminders {
        let (p, aid) = &patients[k % patients.len()];
        let due = first_due + SignedDuration::from_millis((k * 1000 / REMINDERS_PER_S) as i64);
        let mut d = Delivery::new(p, DeliveryPurpose::Reminder, Channel::Sms, due, now);
        d.appointment_id = Some(aid.clone());
        d.link_purpose = Some(Purpose::Appointment);
        d.subject_id = Some(aid.to_string());
        d.not_after = Some(starts_at);
        batch.push(d);
        if batch.len() == 1_000 || k + 1 == reminders {
            store.insert_deliveries(&batch).await?;
            batch.clear();
        }
    }
    let plain: Vec<Patient> = patients.iter().map(|(p, _)| p.clone()).collect();
    let tokens = Arc::new(
        issue_links(&store, &db, &base, &clinic, plain.clone(), REDEEMS_PER_S * dur.as_secs() as usize + 100).await?,
    );
    drop(store);
    eprintln!(
        "  {backend} soak: {reminders} reminders due over {minutes_n} min, {} links, set up in {:.1} s",
        tokens.len(),
        t.elapsed().as_secs_f64()
    );
    let until_first_due = first_due.duration_since(Timestamp::now());
    if until_first_due.is_positive() {
        tokio::time::sleep(Duration::from_millis(until_first_due.as_millis() as u64)).await;
    }

    let minutes: Minutes = Arc::default();
    let (addr, hosth) = (server.addr, host(server.addr));
    let origin = HeaderValue::from_str(&base)?;
    let pid = server.pid();
    // VmRSS counts the pages of the database file that the readers' memory map touched
    // (kernel page cache, growing with the file); RssAnon is Portico's own memory.
    let rss_start = Arc::new(Mutex::new(None::<(f64, f64)>));
    let sampler = {
        let rss_start = rss_start.clone();
        AbortOnDrop(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(60)).await;
            *rss_start.lock().expect("rss") = Some((proc_mb(pid, "VmRSS"), proc_mb(pid, "RssAnon")));
        }))
    };
    let mark = (Instant::now(), cpu_secs(pid));
    let redeem = {
        let work = Arc::new(Work {
            kind: Kind::Redeem(tokens.to_vec()),
            cursor: AtomicU64::new(0),
            host: hosth.clone(),
            origin: origin.clone(),
        });
        offer(REDEEMS_PER_S, dur, 16, addr, minutes.clone(), move |mut c, i| {
            let work = work.clone();
            async move {
                let r = if i < work.limit() { work.step(&mut c, i).await } else { Err("out of links".into()) };
                (c, r)
            }
        })
    };
    let replies = {
        let (hosth, url, token) = (hosth.clone(), format!("{base}/webhooks/twilio/sms"), auth_token.clone());
        let phones: Arc<Vec<String>> =
            Arc::new(plain.iter().filter_map(|p| p.phone.as_ref().map(|x| x.to_string())).collect());
        offer(REPLIES_PER_S, dur, 4, addr, minutes.clone(), move |mut c, i| {
            let (hosth, url, token, phones) = (hosth.clone(), url.clone(), token.clone(), phones.clone());
            async move {
                let params = vec![
                    ("From".to_string(), phones[i as usize % phones.len()].clone()),
                    ("To".to_string(), "+15005550006".to_string()),
                    ("Body".to_string(), format!("Running ten minutes late ({i})")),
                    ("MessageSid".to_string(), format!("SMsoak{i:026}")),
                ];
                let signature = portico::notify::twilio::signature(&token, &url, &params);
                let body = serde_urlencoded::to_string(&params).unwrap_or_default();
                let req = Request::post("/webhooks/twilio/sms")
                    .header(header::HOST, hosth)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header("x-twilio-signature", signature)
                    .body(Full::new(Bytes::from(body)))
                    .expect("request");
                let t = Instant::now();
                let r = match c.send(req).await {
                    Ok(r) => expect(&r, StatusCode::OK).map(|()| t.elapsed()),
                    Err(e) => Err(e),
                };
                (c, r)
            }
        })
    };
    let writes = {
        let auth = HeaderValue::from_str(&format!("Bearer {api_key}"))?;
        let ids: Vec<String> = plain.iter().map(|p| p.id.to_string()).collect();
        let kind_base = Timestamp::now() + SignedDuration::from_hours(72);
        let work = Arc::new(Work {
            kind: Kind::Ingest { auth, patients: ids, base: kind_base },
            cursor: AtomicU64::new(0),
            host: hosth.clone(),
            origin: origin.clone(),
        });
        offer(WRITES_PER_S, dur, 8, addr, minutes.clone(), move |mut c, i| {
            let work = work.clone();
            async move {
                let r = work.step(&mut c, i).await;
                (c, r)
            }
        })
    };
    let ((), peak) = with_peak_rss(pid, async {
        tokio::join!(redeem, replies, writes);
    })
    .await;
    let cpu = cores_since(pid, mark);
    drop(sampler);
    // The last reminders fell due at the end: give the dispatcher a moment to send them.
    let deadline = Instant::now() + Duration::from_secs(30);
    while accepted.lock().expect("stand-in").total < reminders && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (rss_end, anon_end) = (proc_mb(pid, "VmRSS"), proc_mb(pid, "RssAnon"));
    server.alive()?;
    drop(server);

    let sent = accepted.lock().expect("stand-in").total;
    let m = minutes.lock().expect("soak minutes");
    let mut all: Vec<f64> = m.iter().flat_map(|x| x.ms.iter().copied()).collect();
    all.sort_by(f64::total_cmp);
    let pct = |v: &[f64], q: f64| if v.is_empty() { f64::NAN } else { v[((v.len() - 1) as f64 * q) as usize] };
    let errors: u64 = m.iter().map(|x| x.errors).sum::<u64>() + (sent as i64 - reminders as i64).unsigned_abs();
    let mut extra = BTreeMap::new();
    let mut per_minute = vec![];
    for (i, x) in m.iter().enumerate() {
        let mut v = x.ms.clone();
        v.sort_by(f64::total_cmp);
        per_minute.push(format!("{:.1}", pct(&v, 0.99)));
        extra.insert(MINUTE_KEYS.get(i).copied().unwrap_or("p99_ms_minute_late"), pct(&v, 0.99));
    }
    let (rss_start, anon_start) = rss_start.lock().expect("rss").unwrap_or((f64::NAN, f64::NAN));
    extra.insert("rss_after_minute_1_mb", rss_start);
    extra.insert("rss_end_mb", rss_end);
    extra.insert("rss_anon_after_minute_1_mb", anon_start);
    extra.insert("rss_anon_end_mb", anon_end);
    extra.insert("reminders_due", reminders as f64);
    extra.insert("reminders_sent", sent as f64);
    let requests = all.len() as u64;
    let note = format!(
        "{minutes_n} min: {REMINDERS_PER_S} reminders, {REDEEMS_PER_S} redemptions, {REPLIES_PER_S} replies, \
         {WRITES_PER_S} API writes a second; reminders sent {sent} of {reminders}; RSS {rss_start:.1} → {rss_end:.1} MB \
         (anonymous {anon_start:.1} → {anon_end:.1} MB); \
         p99 per minute (ms): {}",
        per_minute.join(", ")
    );
    eprintln!("  {backend} soak: {note}; errors {errors}");
    Ok(Row {
        backend,
        workload: "soak",
        unit: "req/s",
        throughput: requests as f64 / dur.as_secs_f64(),
        lat_ms: Some([pct(&all, 0.5), pct(&all, 0.9), pct(&all, 0.99)]),
        errors,
        count: requests,
        seconds: dur.as_secs_f64(),
        peak_rss_mb: peak,
        vm_hwm_mb: rss_end,
        cpu_server_bench_other: cpu,
        extra,
        note,
        ..Row::default()
    })
}

/// JSON keys for the first minutes' p99s (the row's `extra` takes `&'static str`).
const MINUTE_KEYS: [&str; 15] = [
    "p99_ms_minute_1",
    "p99_ms_minute_2",
    "p99_ms_minute_3",
    "p99_ms_minute_4",
    "p99_ms_minute_5",
    "p99_ms_minute_6",
    "p99_ms_minute_7",
    "p99_ms_minute_8",
    "p99_ms_minute_9",
    "p99_ms_minute_10",
    "p99_ms_minute_11",
    "p99_ms_minute_12",
    "p99_ms_minute_13",
    "p99_ms_minute_14",
    "p99_ms_minute_15",
];
