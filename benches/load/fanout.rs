//! The fanout workload: reminders due now, sent to an in-process Twilio stand-in and an SMTP
//! sink, every recipient counted; `fanout-2p`, the same with two `serve` processes on one
//! PostgreSQL, each with its own Twilio account and SMTP sink so that its share is counted.

use super::*;

/// What the stand-ins accepted, SMS (Twilio) and email (SMTP) together.
#[derive(Default)]
pub(crate) struct Accepted {
    pub(crate) per_to: HashMap<String, u32>,
    pub(crate) total: usize,
    pub(crate) emails: usize,
    pub(crate) first: Option<Instant>,
    pub(crate) last: Option<Instant>,
    /// Messages by who sent them: a Twilio account SID, or `smtp<N>` for the Nth SMTP sink.
    pub(crate) per_sender: HashMap<String, usize>,
}

impl Accepted {
    pub(crate) fn take(&mut self, to: String, sender: &str) -> usize {
        let now = Instant::now();
        self.first.get_or_insert(now);
        self.last = Some(now);
        self.total += 1;
        *self.per_to.entry(to).or_default() += 1;
        *self.per_sender.entry(sender.to_string()).or_default() += 1;
        self.total
    }
}

pub(crate) type Inbox = Arc<Mutex<Accepted>>;

pub(crate) async fn twilio_message(
    axum::extract::State(t): axum::extract::State<Inbox>,
    axum::extract::Path(sid): axum::extract::Path<String>,
    body: Bytes,
) -> (StatusCode, [(header::HeaderName, &'static str); 1], String) {
    let to = url::form_urlencoded::parse(&body).find(|(k, _)| k == "To").map(|(_, v)| v.into_owned());
    let n = t.lock().expect("stand-in state").take(to.unwrap_or_default(), &sid);
    let json = format!(r#"{{"sid":"SM{n:032x}","status":"queued","num_segments":"1"}}"#);
    (StatusCode::CREATED, [(header::CONTENT_TYPE, "application/json")], json)
}

/// A fast SMTP sink: just enough of RFC 5321 for lettre (EHLO, MAIL, RCPT, DATA, RSET, NOOP,
/// QUIT) on plain TCP; each message counts once per recipient when its DATA ends.
pub(crate) async fn smtp_sink(listener: tokio::net::TcpListener, accepted: Inbox, name: String) {
    while let Ok((stream, _)) = listener.accept().await {
        let (accepted, name) = (accepted.clone(), name.clone());
        tokio::spawn(async move {
            if let Err(e) = smtp_session(stream, &accepted, &name).await {
                eprintln!("  SMTP sink: {e}");
            }
        });
    }
}

pub(crate) async fn smtp_session(stream: tokio::net::TcpStream, accepted: &Inbox, name: &str) -> std::io::Result<()> {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let (read, mut write) = stream.into_split();
    let (mut lines, mut line) = (tokio::io::BufReader::new(read), String::new());
    let mut rcpt: Vec<String> = Vec::new();
    write.write_all(b"220 bench ESMTP\r\n").await?;
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250-bench\r\n250 8BITMIME\r\n",
            "MAIL" => {
                rcpt.clear();
                b"250 OK\r\n"
            }
            "RCPT" => {
                let to = line.split(['<', '>']).nth(1).unwrap_or("").to_string();
                rcpt.push(to);
                b"250 OK\r\n"
            }
            "DATA" => {
                write.write_all(b"354 go on\r\n").await?;
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                }
                let mut a = accepted.lock().expect("stand-in state");
                for to in rcpt.drain(..) {
                    a.emails += 1;
                    a.take(to, name);
                }
                b"250 queued\r\n"
            }
            "RSET" | "NOOP" => b"250 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 not here\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// `due` reminders due now (plus `future` due in 90 days), sent by `processes` serve processes on
/// one database: messages per second from the stand-ins' first accepted message to their
/// `due`-th; every `To` must come exactly once, and each process's share is counted.
pub(crate) async fn fanout(
    backend: &'static str,
    pg: Option<&str>,
    due: usize,
    future: usize,
    processes: usize,
) -> anyhow::Result<Row> {
    let (db, t) = (Db::new(pg).await?, Instant::now());
    let store = portico::store::connect(&db.url).await?;
    store.migrate().await?;
    let mut clinic = Clinic::new("Bench Clinic".into(), None, TimeZone::parse("America/Chicago")?, Timestamp::now());
    clinic.quiet_hours = QuietHours::new(0, 0)?; // never quiet: the bench runs at any hour
    clinic.daily_reminder_cap = 20;
    store.create_clinic(&clinic, &portico::links::secret_hash(&random_hex(16)), "pk_bench").await?;
    let patients = seed_patients(&store, &clinic, due, true).await?;
    drop(store);
    if future > 0 {
        insert_future(&db.url, &clinic, &patients[..patients.len().min(100)], future).await?;
    }
    eprintln!("  {backend}: loaded {due} due and {future} future reminders in {:.1} s", t.elapsed().as_secs_f64());

    let accepted: Inbox = Arc::default();
    let (twilio_base, _stand_in) = twilio_stand_in(&accepted).await?;
    // Each process: its own Twilio account and SMTP sink, which say how much it sent.
    let (mut envs, mut sinks, mut senders) = (vec![], vec![], vec![]);
    for i in 0..processes {
        let smtp = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let smtp_url = format!("smtp://{}", smtp.local_addr()?);
        sinks.push(AbortOnDrop(tokio::spawn(smtp_sink(smtp, accepted.clone(), format!("smtp{i}")))));
        let sid = format!("AC{}", random_hex(16));
        senders.push([sid.clone(), format!("smtp{i}")]);
        envs.push([
            ("PORTICO_EMAIL", "smtp".to_string()),
            ("PORTICO_SMTP_URL", smtp_url),
            ("PORTICO_EMAIL_FROM", "reminders@bench.example".to_string()),
            ("PORTICO_SMS", "twilio".to_string()),
            ("TWILIO_ACCOUNT_SID", sid),
            ("TWILIO_AUTH_TOKEN", random_hex(16)),
            ("TWILIO_FROM", "+15005550006".to_string()),
            ("PORTICO_TWILIO_API_BASE", twilio_base.clone()),
        ]);
    }
    let statements = Statements::open(&db).await;
    let before = statements_now(statements.as_ref()).await;
    let mut servers = envs.iter().map(|env| Server::spawn(&db, env)).collect::<anyhow::Result<Vec<_>>>()?;
    // CPU and memory are the first process's.
    let (pid, mark) = (servers[0].pid(), (Instant::now(), cpu_secs(servers[0].pid())));
    let started = servers[0].started;
    let wait = async {
        let mut progress = (0, Instant::now());
        loop {
            let total = accepted.lock().expect("stand-in state").total;
            if total >= due {
                let (from_spawn, cpu) = (started.elapsed().as_secs_f64(), cores_since(pid, mark));
                tokio::time::sleep(Duration::from_millis(500)).await; // a duplicate would show up now
                return anyhow::Ok((from_spawn, cpu));
            }
            if total != progress.0 {
                progress = (total, Instant::now());
            } else if progress.1.elapsed() > Duration::from_secs(60) {
                bail!("fanout stalled: {total} of {due} messages, none for 60 s");
            }
            for s in servers.iter_mut() {
                s.alive()?;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let (waited, peak) = with_peak_rss(pid, wait).await;
    let ((from_spawn, cpu), hwm) = (waited?, proc_mb(pid, "VmHWM"));
    for s in servers.iter_mut() {
        s.alive()?;
    }
    drop(servers);
    drop(sinks);
    // Start-up's own statements (a migration check) are a few among hundreds of thousands.
    let per_message = (statements_now(statements.as_ref()).await - before) / due as f64;
    let a = accepted.lock().expect("stand-in state");
    let twice = a.per_to.values().filter(|n| **n > 1).count();
    let missing = due.saturating_sub(a.per_to.len());
    let secs = a.last.zip(a.first).map_or(f64::NAN, |(l, f)| (l - f).as_secs_f64());
    let rate = due as f64 / secs;
    let emails = a.emails;
    let shares: Vec<f64> = senders
        .iter()
        .map(|names| names.iter().map(|n| a.per_sender.get(n).copied().unwrap_or(0)).sum::<usize>() as f64)
        .map(|sent| sent / a.total.max(1) as f64)
        .collect();
    eprintln!(
        "  {backend} fanout of {due} (+{future} future) by {processes} process(es): {rate:.0} msg/s ({emails} by email), \
         {twice} sent twice, {missing} missing, shares {shares:.3?}"
    );
    let batch = portico::notify::dispatch::BATCH as f64;
    let mut extra = BTreeMap::from([
        ("sent_twice", twice as f64),
        ("missing", missing as f64),
        ("secs_from_spawn", from_spawn),
        ("emails", emails as f64),
    ]);
    let mut note = format!(
        "{due} due ({} SMS, {emails} email); every recipient exactly once: {}",
        a.total.saturating_sub(emails),
        twice == 0 && missing == 0
    );
    if processes > 1 {
        for (i, share) in shares.iter().enumerate() {
            extra.insert(
                ["share_p1", "share_p2", "share_p3", "share_p4"].get(i).copied().unwrap_or("share_more"),
                *share,
            );
        }
        let listed: Vec<String> = shares.iter().map(|s| format!("{:.1} %", s * 100.0)).collect();
        note.push_str(&format!("; shares {} (two cores: balance and correctness, not speed-up)", listed.join(" / ")));
    }
    if per_message.is_finite() {
        extra.extend([("round_trips_per_msg", per_message), ("round_trips_per_batch", per_message * batch)]);
        note.push_str(&format!("; {:.1} round trips per batch of {batch}", per_message * batch));
    }
    Ok(Row {
        backend,
        workload: if processes > 1 { "fanout-2p" } else { "fanout" },
        unit: "msg/s",
        throughput: rate,
        errors: (twice + missing + a.total.saturating_sub(due)) as u64,
        count: a.total as u64,
        seconds: secs,
        peak_rss_mb: peak,
        vm_hwm_mb: hwm,
        cpu_server_bench_other: cpu,
        runs: vec![rate],
        extra,
        note,
        ..Row::default()
    })
}

/// A Twilio stand-in on loopback that takes every SMS into `accepted`: its base URL, and the
/// task serving it (stopped when dropped).
pub(crate) async fn twilio_stand_in(accepted: &Inbox) -> anyhow::Result<(String, AbortOnDrop<std::io::Result<()>>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let app = axum::Router::new()
        .route("/2010-04-01/Accounts/{sid}/Messages.json", axum::routing::post(twilio_message))
        .with_state(accepted.clone());
    Ok((base, AbortOnDrop(tokio::spawn(async move { axum::serve(listener, app).await }))))
}

pub(crate) struct AbortOnDrop<T>(pub(crate) tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

// ---------------------------------------------------------------------------------------------
// Report.
