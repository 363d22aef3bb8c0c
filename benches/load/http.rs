//! The load generator: keep-alive HTTP/1 connections, each a task sending its next request
//! as soon as the last is answered, and the statistics of a timed run.

use super::*;

pub(crate) type Reply = hyper::Response<Bytes>;

pub(crate) struct Conn {
    pub(crate) addr: SocketAddr,
    pub(crate) tx: Option<hyper::client::conn::http1::SendRequest<Full<Bytes>>>,
}

impl Conn {
    pub(crate) fn new(addr: SocketAddr) -> Conn {
        Conn { addr, tx: None }
    }

    pub(crate) async fn send(&mut self, req: Request<Full<Bytes>>) -> Result<Reply, String> {
        let r = self.try_send(req).await;
        if r.is_err() {
            self.tx = None; // reconnect next time
        }
        r
    }

    pub(crate) async fn try_send(&mut self, req: Request<Full<Bytes>>) -> Result<Reply, String> {
        let tx = match &mut self.tx {
            Some(tx) => tx,
            None => {
                let stream = tokio::net::TcpStream::connect(self.addr).await.map_err(|e| format!("connect: {e}"))?;
                let _ = stream.set_nodelay(true);
                let io = hyper_util::rt::TokioIo::new(stream);
                let (tx, conn) =
                    hyper::client::conn::http1::handshake(io).await.map_err(|e| format!("handshake: {e}"))?;
                tokio::spawn(conn);
                self.tx.insert(tx)
            }
        };
        tx.ready().await.map_err(|e| format!("connection: {e}"))?;
        let (parts, body) = tx.send_request(req).await.map_err(|e| format!("request: {e}"))?.into_parts();
        Ok(Reply::from_parts(parts, body.collect().await.map_err(|e| format!("body: {e}"))?.to_bytes()))
    }
}

pub(crate) fn host(addr: SocketAddr) -> HeaderValue {
    HeaderValue::from_str(&addr.to_string()).expect("host header")
}

pub(crate) fn get(path: &str, host: &HeaderValue) -> Request<Full<Bytes>> {
    Request::get(path).header(header::HOST, host.clone()).body(Full::default()).expect("request")
}

pub(crate) fn expect(r: &Reply, status: StatusCode) -> Result<(), String> {
    if r.status() == status {
        return Ok(());
    }
    Err(format!(
        "{} instead of {status}: {}",
        r.status(),
        String::from_utf8_lossy(&r.body()[..r.body().len().min(200)])
    ))
}

pub(crate) fn set_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    let mut values = headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok());
    values.find_map(|c| c.strip_prefix(name)?.strip_prefix('=')?.split(';').next())
}

/// The value of `<input ... name="{name}" value="...">` in a page.
pub(crate) fn form_field<'a>(body: &'a [u8], name: &str) -> Option<&'a str> {
    let page = std::str::from_utf8(body).ok()?;
    let marker = format!("name=\"{name}\" value=\"");
    let rest = &page[page.find(&marker)? + marker.len()..];
    Some(&rest[..rest.find('"')?])
}

pub(crate) enum Kind {
    Health,
    Landing(Vec<String>),
    Redeem(Vec<String>),
    Ingest {
        auth: HeaderValue,
        patients: Vec<String>,
        base: Timestamp,
    },
    /// Twilio's signed status callbacks, "delivered" for one queued SMS each.
    Status {
        auth_token: String,
        base: String,
        deliveries: Vec<(String, String)>,
    },
    /// Twilio's signed inbound SMS: patients' own numbers writing a question (free text, each
    /// a message in the patient's thread), each with a message SID of its own.
    Inbound {
        auth_token: String,
        base: String,
        phones: Vec<String>,
    },
}

/// A workload: what one step does, and a cursor shared by all tasks and runs, so each
/// redemption takes a link of its own and each ingest request an idempotency key of its own.
pub(crate) struct Work {
    pub(crate) kind: Kind,
    pub(crate) cursor: AtomicU64,
    pub(crate) host: HeaderValue,
    pub(crate) origin: HeaderValue,
}

impl Work {
    pub(crate) fn limit(&self) -> u64 {
        match &self.kind {
            Kind::Redeem(tokens) => tokens.len() as u64,
            Kind::Status { deliveries, .. } => deliveries.len() as u64,
            _ => u64::MAX,
        }
    }

    /// One step, and the latency that counts (for redeem: the POST's).
    pub(crate) async fn step(&self, c: &mut Conn, i: u64) -> Result<Duration, String> {
        let t = Instant::now();
        let post = |path: &str| Request::post(path).header(header::HOST, self.host.clone());
        match &self.kind {
            Kind::Health => expect(&c.send(get("/healthz", &self.host)).await?, StatusCode::OK)?,
            Kind::Landing(tokens) => {
                let path = format!("/l/{}", tokens[i as usize % tokens.len()]);
                expect(&c.send(get(&path, &self.host)).await?, StatusCode::OK)?
            }
            Kind::Redeem(tokens) => {
                let path = format!("/l/{}", tokens[i as usize]);
                let page = c.send(get(&path, &self.host)).await?;
                expect(&page, StatusCode::OK)?;
                let seed = set_cookie(page.headers(), "portico_csrf").ok_or("landing set no portico_csrf cookie")?;
                let csrf = form_field(page.body(), "csrf").ok_or("landing page has no csrf field")?;
                let req = post(&path)
                    .header(header::ORIGIN, self.origin.clone())
                    .header(header::COOKIE, format!("portico_csrf={seed}"))
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Full::new(Bytes::from(format!("csrf={csrf}"))))
                    .expect("request");
                let t = Instant::now();
                let r = c.send(req).await?;
                let took = t.elapsed();
                expect(&r, StatusCode::SEE_OTHER)?;
                set_cookie(r.headers(), "portico_session").ok_or("303 without a portico_session cookie")?;
                return Ok(took);
            }
            Kind::Ingest { auth, patients, base } => {
                // Step i is at base + i minutes: a patient's appointments are 1,000 minutes apart.
                let starts = *base + SignedDuration::from_mins(i as i64);
                let patient = &patients[i as usize % patients.len()];
                let body = format!(
                    r#"{{"patient_id":"{patient}","starts_at":"{starts}","duration_minutes":30,"reminders":[]}}"#
                );
                let req = post("/api/v1/appointments")
                    .header(header::AUTHORIZATION, auth.clone())
                    .header(header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", format!("bench-{i}"))
                    .body(Full::new(Bytes::from(body)))
                    .expect("request");
                expect(&c.send(req).await?, StatusCode::CREATED)?
            }
            Kind::Status { auth_token, base, deliveries } => {
                let (delivery, sid) = &deliveries[i as usize];
                let path = format!("/webhooks/twilio/status?delivery={delivery}");
                let params = [("MessageSid", sid.as_str()), ("MessageStatus", "delivered"), ("SmsStatus", "delivered")];
                expect(&c.send(twilio_post(&self.host, auth_token, base, &path, &params)).await?, StatusCode::OK)?
            }
            Kind::Inbound { auth_token, base, phones } => {
                let (from, sid) = (&phones[i as usize % phones.len()], format!("SMbenchin{i:024}"));
                let params = [
                    ("MessageSid", sid.as_str()),
                    ("From", from.as_str()),
                    ("To", "+15005550006"),
                    ("Body", "Running ten minutes late, is that all right?"),
                    ("NumSegments", "1"),
                ];
                expect(
                    &c.send(twilio_post(&self.host, auth_token, base, "/webhooks/twilio/sms", &params)).await?,
                    StatusCode::OK,
                )?
            }
        }
        Ok(t.elapsed())
    }
}

/// A request as Twilio sends it to `path` on `host`: its account's parameters and `params` as a
/// form, signed with `auth_token` for the URL under `base`.
fn twilio_post(
    host: &HeaderValue,
    auth_token: &str,
    base: &str,
    path: &str,
    params: &[(&str, &str)],
) -> Request<Full<Bytes>> {
    let params: Vec<(String, String)> = [("AccountSid", "ACbench"), ("ApiVersion", "2010-04-01")]
        .iter()
        .chain(params)
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let signature = portico::notify::twilio::signature(auth_token, &format!("{base}{path}"), &params);
    Request::post(path)
        .header(header::HOST, host.clone())
        .header("x-twilio-signature", signature)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Full::new(Bytes::from(serde_urlencoded::to_string(&params).expect("form"))))
        .expect("request")
}

#[derive(Default)]
pub(crate) struct Stats {
    pub(crate) errors: u64,
    pub(crate) secs: f64,
    pub(crate) lat_us: Vec<u32>,
    pub(crate) first_error: Option<String>,
    pub(crate) exhausted: bool,
}

impl Stats {
    pub(crate) fn rate(&self) -> f64 {
        self.lat_us.len() as f64 / self.secs
    }

    pub(crate) fn percentiles(&mut self) -> Option<[f64; 3]> {
        self.lat_us.sort_unstable();
        let n = self.lat_us.len().checked_sub(1)?;
        Some([0.50, 0.90, 0.99].map(|p| f64::from(self.lat_us[(n as f64 * p).round() as usize]) / 1000.0))
    }
}

/// `mode.conns` tasks loop on `work` until `dur` has passed (or the links run out).
pub(crate) async fn drive(mode: &Mode, work: &Arc<Work>, addr: SocketAddr, dur: Duration) -> Stats {
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..mode.conns {
        let work = work.clone();
        tasks.spawn(async move {
            let (mut conn, limit) = (Conn::new(addr), work.limit());
            let mut s = Stats { lat_us: Vec::with_capacity(1 << 15), ..Stats::default() };
            while start.elapsed() < dur {
                let i = work.cursor.fetch_add(1, Ordering::Relaxed);
                if i >= limit {
                    s.exhausted = true;
                    break;
                }
                match work.step(&mut conn, i).await {
                    Ok(d) => s.lat_us.push(u32::try_from(d.as_micros()).unwrap_or(u32::MAX)),
                    Err(e) => {
                        s.errors += 1;
                        s.first_error.get_or_insert(e);
                    }
                }
            }
            s
        });
    }
    let mut all = Stats::default();
    while let Some(r) = tasks.join_next().await {
        let s = r.expect("load task");
        all.errors += s.errors;
        all.exhausted |= s.exhausted;
        all.lat_us.extend_from_slice(&s.lat_us);
        all.first_error = all.first_error.or(s.first_error);
    }
    all.secs = start.elapsed().as_secs_f64();
    all
}

/// Warm up, then `repeats` timed runs; the run with the median throughput is reported.
pub(crate) async fn measure(
    mode: &Mode,
    server: &Server,
    backend: &'static str,
    name: &'static str,
    kind: Kind,
    statements: Option<&Statements>,
) -> Row {
    let origin = HeaderValue::from_str(&format!("http://{}", server.addr)).expect("origin");
    let work = Arc::new(Work { kind, cursor: AtomicU64::new(0), host: host(server.addr), origin });
    let warm = drive(mode, &work, server.addr, mode.warm).await;
    if let Some(e) = &warm.first_error {
        eprintln!("  {name} warm-up: {} errors, first: {e}", warm.errors);
    }
    let (mut runs, mut peak): (Vec<(_, _, f64)>, _) = (Vec::new(), 0f64);
    for _ in 0..mode.repeats {
        let before = statements_now(statements).await;
        let mark = (Instant::now(), cpu_secs(server.pid()));
        let (s, rss) = with_peak_rss(server.pid(), drive(mode, &work, server.addr, mode.run)).await;
        let cpu = cores_since(server.pid(), mark);
        // Every request sent, answered or not, may have run statements.
        let per_request = (statements_now(statements).await - before) / (s.lat_us.len() as u64 + s.errors) as f64;
        peak = peak.max(rss);
        eprintln!(
            "  {backend} {name}: {:.0}/s, {} errors, cores server/bench/other {cpu:.2?}, statements/req {per_request:.2}",
            s.rate(),
            s.errors
        );
        runs.push((s, cpu, per_request));
    }
    let rates = runs.iter().map(|r| r.0.rate()).collect();
    let exhausted = runs.iter().any(|r| r.0.exhausted);
    runs.sort_by(|a, b| a.0.rate().total_cmp(&b.0.rate()));
    let (mut m, cpu, per_request) = runs.swap_remove(runs.len() / 2);
    let mut note = m.first_error.take().map(|e| format!("first error: {e}")).unwrap_or_default();
    let mut extra = BTreeMap::new();
    if per_request.is_finite() {
        note.push_str(&format!(" {per_request:.2} round trips/req"));
        extra.insert("round_trips_per_req", per_request);
    }
    if exhausted {
        note.push_str(" (ran out of links before the time was up)");
    }
    Row {
        backend,
        workload: name,
        unit: if name == "redeem" { "redeem/s" } else { "req/s" },
        throughput: m.rate(),
        lat_ms: m.percentiles(),
        errors: m.errors,
        count: m.lat_us.len() as u64,
        seconds: m.secs,
        peak_rss_mb: peak,
        vm_hwm_mb: proc_mb(server.pid(), "VmHWM"),
        cpu_server_bench_other: cpu,
        runs: rates,
        extra,
        note: note.trim().to_string(),
        ..Row::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Data, loaded through the store and untimed.

/// `f(0..n)`, `lanes` at a time.
pub(crate) async fn in_lanes<T, F, Fut>(lanes: usize, n: usize, f: F) -> anyhow::Result<Vec<T>>
where
    T: Send + 'static,
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = anyhow::Result<T>> + Send,
{
    let mut tasks = tokio::task::JoinSet::new();
    for lane in 0..lanes {
        let f = f.clone();
        tasks.spawn(async move {
            let mut out = Vec::new();
            for i in (lane..n).step_by(lanes) {
                out.push(f(i).await?);
            }
            anyhow::Ok(out)
        });
    }
    let mut all = Vec::with_capacity(n);
    while let Some(r) = tasks.join_next().await {
        all.extend(r??);
    }
    Ok(all)
}
