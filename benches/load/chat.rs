//! `chat` and `chat-pg`: open live-update streams (Server-Sent Events) of patients on their
//! threads, then post messages to them one at a time through the clinic API and time each
//! from the moment it is posted until the patient's stream carries it. `chat` has every
//! stream and every post on one server; `chat-pg` has two servers on one PostgreSQL, posts on
//! the first and streams on the second (the message crosses by `LISTEN/NOTIFY`). Also the
//! server's memory per open stream: its VmRSS with the streams open, less before, over their
//! number.

use super::*;

/// The latency target's figures, in milliseconds: p50, p90, p99 of one run.
fn percentiles(mut v: Vec<f64>) -> [f64; 3] {
    v.sort_by(f64::total_cmp);
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    [at(0.5), at(0.9), at(0.99)]
}

pub(crate) async fn chat(
    mode: Mode,
    backend: &'static str,
    pg: Option<&str>,
    two_processes: bool,
) -> anyhow::Result<Row> {
    let streams = mode.chat_streams;
    let db = Db::new(pg).await?;
    let mut poster = Server::spawn(&db, &[])?;
    poster.wait_ready().await?;
    let mut second = if two_processes { Some(Server::spawn(&db, &[])?) } else { None };
    if let Some(s) = second.as_mut() {
        s.wait_ready().await?;
    }
    let watcher = second.as_ref().unwrap_or(&poster);
    let (post_base, watch_base) = (format!("http://{}", poster.addr), format!("http://{}", watcher.addr));

    let store = portico::store::connect(&db.url).await?;
    let (clinic, api_key) =
        portico::clinics::create_clinic(&*store, &portico::clock::SystemClock, "Bench Clinic", None, "America/Chicago")
            .await?;
    let patients: Vec<Patient> =
        seed_patients(&store, &clinic, streams, false).await?.into_iter().map(|p| p.0).collect();
    // A stepped-up session each, as a passkey sign-in starts one.
    // `in_lanes` returns in no particular order: each cookie says whose it is.
    let mut cookies: Vec<(usize, String)> = {
        let (store, clinic, patients) = (store.clone(), clinic.clone(), Arc::new(patients.clone()));
        in_lanes(8, streams, move |i| {
            let (store, clinic, patients) = (store.clone(), clinic.clone(), patients.clone());
            async move {
                let secret = portico::links::random_secret()?;
                let now = Timestamp::now();
                let new = NewSession {
                    id: SessionId::new(),
                    id_hash: portico::links::secret_hash(&secret),
                    created_at: now,
                    idle_expires_at: now + SignedDuration::from_hours(2),
                    expires_at: now + SignedDuration::from_hours(4),
                    signed_in_with: portico::domain::AuthMethod::Passkey,
                    stepped_up_with: Some(portico::domain::AuthMethod::Passkey),
                };
                store.start_signed_in_session(&clinic.id, &patients[i].id, &new).await?;
                Ok((i, secret))
            }
        })
        .await?
    };
    cookies.sort();
    let cookies: Vec<String> = cookies.into_iter().map(|(_, c)| c).collect();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let rss_before = proc_mb(watcher.pid(), "VmRSS");

    // Each stream's task reports (message number, when it arrived).
    let (arrived_tx, mut arrived) = tokio::sync::mpsc::unbounded_channel::<(usize, Instant)>();
    let client = reqwest::Client::builder().pool_max_idle_per_host(0).build()?;
    let mut tasks = tokio::task::JoinSet::new();
    open_streams(&mut tasks, &client, &watch_base, &patients, &cookies, &arrived_tx).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let rss_open = proc_mb(watcher.pid(), "VmRSS");
    let kb_with_caches = (rss_open - rss_before) * 1024.0 / streams as f64;

    let post = reqwest::Client::new();
    let (mut runs, mut all, mut errors, mut next) = (vec![], vec![], 0u64, 0usize);
    let cpu_mark = (Instant::now(), cpu_secs(watcher.pid()));
    let started = Instant::now();
    // Three runs in either mode (each is short): the figures are their medians.
    for _ in 0..3 {
        let mut latencies = vec![];
        for _ in 0..mode.chat_messages {
            let k = next;
            next += 1;
            let p = &patients[(k * 7919) % streams];
            let t0 = Instant::now();
            let r = post
                .post(format!("{post_base}/api/v1/patients/{}/messages", p.id))
                .bearer_auth(&api_key)
                .json(&serde_json::json!({"body": format!("chat-{k}"), "sender": "Dr. Bench"}))
                .send()
                .await?;
            if r.status() != reqwest::StatusCode::CREATED {
                errors += 1;
                continue;
            }
            let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
            loop {
                match tokio::time::timeout_at(deadline, arrived.recv()).await {
                    Ok(Some((got, at))) if got == k => {
                        latencies.push(at.duration_since(t0).as_secs_f64() * 1000.0);
                        break;
                    }
                    // Another stream of the same patient, or a late one: not this message.
                    Ok(Some(_)) => continue,
                    _ => {
                        errors += 1;
                        break;
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        anyhow::ensure!(!latencies.is_empty(), "no message reached its stream");
        runs.push(percentiles(latencies.clone()));
        all.extend(latencies);
    }
    let seconds = started.elapsed().as_secs_f64();
    let cores = cores_since(watcher.pid(), cpu_mark);
    // What one more stream costs: as many again, on the same sessions and threads (whose rows
    // the server has read already), so the growth is the streams' own.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let rss_first = proc_mb(watcher.pid(), "VmRSS");
    open_streams(&mut tasks, &client, &watch_base, &patients, &cookies, &arrived_tx).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let kb_per_stream = (proc_mb(watcher.pid(), "VmRSS") - rss_first) * 1024.0 / streams as f64;
    tasks.abort_all();
    // Medians of the runs' percentiles.
    let median = |i: usize| {
        let mut v: Vec<f64> = runs.iter().map(|r| r[i]).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let lat = [median(0), median(1), median(2)];
    let workload = if two_processes { "chat-pg" } else { "chat" };
    Ok(Row {
        backend,
        workload,
        unit: "ms p50",
        throughput: lat[0],
        lat_ms: Some(lat),
        errors,
        count: all.len() as u64,
        seconds,
        peak_rss_mb: rss_open,
        vm_hwm_mb: proc_mb(watcher.pid(), "VmHWM"),
        cpu_server_bench_other: cores,
        runs: runs.iter().map(|r| r[2]).collect(),
        extra: BTreeMap::from([
            ("kb_per_stream", kb_per_stream),
            ("kb_per_stream_with_caches", kb_with_caches),
            ("streams", streams as f64),
        ]),
        note: format!(
            "{streams} streams{}; {} messages per run, median of {} runs; {kb_per_stream:.1} KB per further \
             stream ({kb_with_caches:.1} KB with the server's caches of the first {streams})",
            if two_processes { ", posted on one server, streamed by the other" } else { "" },
            mode.chat_messages,
            runs.len()
        ),
        ..Row::default()
    })
}

/// Open one stream per patient (each its own connection, sending `(message number, when it
/// arrived)` for every message it carries) and wait until all are open.
async fn open_streams(
    tasks: &mut tokio::task::JoinSet<anyhow::Result<()>>,
    client: &reqwest::Client,
    base: &str,
    patients: &[Patient],
    cookies: &[String],
    arrived: &tokio::sync::mpsc::UnboundedSender<(usize, Instant)>,
) -> anyhow::Result<()> {
    let opened = Arc::new(AtomicU64::new(0));
    for (p, cookie) in patients.iter().zip(cookies) {
        let url = format!("{base}/p/threads/{}/live", p.thread_id);
        let (client, cookie, tx, opened) = (client.clone(), cookie.clone(), arrived.clone(), opened.clone());
        tasks.spawn(async move {
            let mut r = client.get(&url).header("cookie", format!("portico_session={cookie}")).send().await?;
            anyhow::ensure!(r.status() == reqwest::StatusCode::OK, "stream refused: {}", r.status());
            opened.fetch_add(1, Ordering::Relaxed);
            let mut pending = String::new();
            while let Some(chunk) = r.chunk().await? {
                let at = Instant::now();
                pending.push_str(&String::from_utf8_lossy(&chunk));
                while let Some(end) = pending.find("\n\n") {
                    let event: String = pending.drain(..end + 2).collect();
                    if let Some(k) = event.split("chat-").nth(1).and_then(|r| r.split('"').next()?.parse().ok()) {
                        let _ = tx.send((k, at));
                    }
                }
            }
            Ok(())
        });
    }
    let open_by = Instant::now() + Duration::from_secs(60);
    while (opened.load(Ordering::Relaxed) as usize) < patients.len() {
        if let Some(Ok(Err(e))) = tasks.try_join_next() {
            bail!("a stream failed to open: {e:#}");
        }
        anyhow::ensure!(
            Instant::now() < open_by,
            "only {} of {} streams opened",
            opened.load(Ordering::Relaxed),
            patients.len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
}
