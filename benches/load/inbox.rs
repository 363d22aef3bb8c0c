//! `inbox`: a clinic with 1,000,000 messages in 100,000 conversations, and the staff inbox's
//! views a nurse opens most (mine, unassigned, overdue, needs reply), each timed over HTTP as
//! the signed-in nurse's browser asks for it: the first page, and a page twenty pages in (by
//! the "Older conversations" link). Four connections ask back to back; the figures are the
//! medians of three runs' percentiles. Then each view's query plan, as the database chose it
//! for this data (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN ANALYZE` on PostgreSQL).
//!
//! The patients go in through the store; the messages and the conversations' rows in
//! multi-row INSERTs (a million messages one transaction at a time would take most of an hour
//! on PostgreSQL), with the columns `insert_message` keeps (`last_message_at`,
//! `last_author`) as it would have kept them.

use super::*;

const CONVERSATIONS: usize = 100_000;
const MESSAGES_EACH: usize = 10;
/// Staff members the conversations are assigned among; the nurse timed is the first.
const TEAM: usize = 20;
const CONNECTIONS: usize = 4;
const VIEWS: [(&str, &str); 4] = [
    ("mine", "inbox-mine"),
    ("unassigned", "inbox-unassigned"),
    ("overdue", "inbox-overdue"),
    ("needs-reply", "inbox-needs-reply"),
];

pub(crate) async fn inbox(
    mode: Mode,
    backend: &'static str,
    pg: Option<&str>,
    rows: &mut Vec<Row>,
) -> anyhow::Result<()> {
    let db = Db::new(pg).await?;
    let t = Instant::now();
    let store = portico::store::connect(&db.url).await?;
    store.migrate().await?;
    let (clinic, _) =
        portico::clinics::create_clinic(&*store, &portico::clock::SystemClock, "Bench Clinic", None, "America/Chicago")
            .await?;
    let patients: Vec<Patient> =
        seed_patients(&store, &clinic, CONVERSATIONS, false).await?.into_iter().map(|p| p.0).collect();
    let mut team = vec![];
    for i in 0..TEAM {
        let m = portico::store::StaffMember {
            id: StaffId::new(),
            clinic_id: clinic.id.clone(),
            name: PersonName::parse(&format!("Nurse {i}"))?,
            role: StaffRole::Nurse,
            email: Some(Email::parse(&format!("nurse{i}@example.test"))?),
            language: None,
            created_at: Timestamp::now(),
        };
        store.insert_staff(&m).await?;
        team.push(m.id);
    }
    let cookie = staff_cookie(&store, &clinic, &team[0]).await?;
    drop(store);
    bulk_conversations(&db.url, &clinic, &patients, &team).await?;
    eprintln!(
        "  {backend}: {} conversations, {} messages in {:.0} s",
        patients.len(),
        patients.len() * MESSAGES_EACH,
        t.elapsed().as_secs_f64()
    );

    let mut server = Server::spawn(&db, &[])?;
    server.wait_ready().await?;
    let base = format!("http://{}", server.addr);
    let client = reqwest::Client::builder().pool_max_idle_per_host(CONNECTIONS).build()?;
    let cookie = format!("{}={cookie}", "portico_staff");
    for (view, workload) in VIEWS {
        let first = format!("{base}/staff?view={view}");
        let deep = page_in(&client, &cookie, &first, 20).await?;
        let check = client.get(&deep).header("cookie", &cookie).send().await?;
        let status = check.status();
        let body = check.text().await?;
        anyhow::ensure!(
            body.contains("/staff/conversations/"),
            "{deep}: {status} {}",
            body.chars().take(2_000).collect::<String>()
        );
        for (which, url) in [("first page", first), ("page 21", deep)] {
            let mut runs = vec![];
            let (mut count, mut errors) = (0u64, 0u64);
            let mark = (Instant::now(), cpu_secs(server.pid()));
            drive_gets(&client, &cookie, &url, Duration::from_secs(1)).await?;
            for _ in 0..mode.repeats.max(3) {
                let (lat, e) = drive_gets(&client, &cookie, &url, mode.run.min(Duration::from_secs(5))).await?;
                count += lat.len() as u64;
                errors += e;
                runs.push(percentiles(lat));
            }
            let median = |i: usize| {
                let mut v: Vec<f64> = runs.iter().map(|r| r[i]).collect();
                v.sort_by(f64::total_cmp);
                v[v.len() / 2]
            };
            let lat = [median(0), median(1), median(2)];
            eprintln!("  {backend} {workload} ({which}): p50 {:.2} p99 {:.2} ms, {errors} errors", lat[0], lat[2]);
            rows.push(Row {
                backend,
                workload,
                unit: "ms p50",
                throughput: lat[0],
                lat_ms: Some(lat),
                errors,
                count,
                seconds: mark.0.elapsed().as_secs_f64(),
                peak_rss_mb: proc_mb(server.pid(), "VmRSS"),
                vm_hwm_mb: proc_mb(server.pid(), "VmHWM"),
                cpu_server_bench_other: cores_since(server.pid(), mark),
                runs: runs.iter().map(|r| r[2]).collect(),
                note: format!(
                    "{which}; {} conversations, {} messages; {CONNECTIONS} connections; median of {} runs",
                    patients.len(),
                    patients.len() * MESSAGES_EACH,
                    runs.len()
                ),
                ..Row::default()
            });
        }
    }
    server.alive()?;
    print_plans(&db.url, &clinic, &team[0]).await
}

/// The latency figures, in milliseconds: p50, p90, p99 of one run.
fn percentiles(mut v: Vec<f64>) -> [f64; 3] {
    if v.is_empty() {
        return [f64::NAN; 3];
    }
    v.sort_by(f64::total_cmp);
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    [at(0.5), at(0.9), at(0.99)]
}

/// A signed-in session of `member`, as accepting a sign-in email starts one: the cookie's value.
async fn staff_cookie(store: &DynStore, clinic: &Clinic, member: &StaffId) -> anyhow::Result<String> {
    let now = Timestamp::now();
    let token = StaffToken {
        id: StaffToken::new_id(),
        token_hash: portico::links::secret_hash(&portico::links::random_secret()?),
        staff_id: member.clone(),
        clinic_id: clinic.id.clone(),
        kind: StaffTokenKind::SignIn,
        code_hash: None,
        created_at: now,
        expires_at: now + SignedDuration::from_mins(15),
        used_at: None,
    };
    store.insert_staff_token(&token).await?;
    let secret = portico::links::random_secret()?;
    let session = StaffSession {
        id: SessionId::new(),
        staff_id: member.clone(),
        clinic_id: clinic.id.clone(),
        created_at: now,
        last_seen_at: now,
        idle_expires_at: now + SignedDuration::from_hours(8),
        expires_at: now + SignedDuration::from_hours(12),
        ended_at: None,
    };
    anyhow::ensure!(store.use_staff_token(&token.id, &session, &portico::links::secret_hash(&secret), now).await?);
    Ok(secret)
}

/// Each conversation's ten messages (patient and staff in turn, the last one the patient's in
/// two of five), spread over the last 90 days, and its row: one in ten closed, one in twenty
/// waiting, the rest open; assigned among the team or to no one; a reply owed (due a day
/// after the patient wrote, so most are overdue) where the patient wrote last.
async fn bulk_conversations(url: &str, clinic: &Clinic, patients: &[Patient], team: &[StaffId]) -> anyhow::Result<()> {
    let now = Timestamp::now().as_millisecond();
    let span = 90 * 86_400_000i64;
    let n = patients.len();
    let mut done = 0;
    let mut next_batch = move || {
        let rows = 2_000.min(n - done);
        if rows == 0 {
            return None;
        }
        let mut msgs = String::from(
            "INSERT INTO messages (id, thread_id, clinic_id, patient_id, author, sender, body, created_at, \
             sender_verified) VALUES ",
        );
        let mut convs = String::from(
            "INSERT INTO conversations (thread_id, clinic_id, status, review_on, assignee_id, updated_at, category, \
             priority, first_unanswered_at, due_at, paused_left_ms, last_message_at, last_author) VALUES ",
        );
        for j in 0..rows {
            let i = done + j;
            let p = &patients[i];
            // Spread evenly over the span, in a shuffled order (7919 is prime).
            let last = now - ((i * 7919) % n) as i64 * span / n as i64;
            let patient_last = i % 5 < 2;
            for k in 0..MESSAGES_EACH {
                let at = last - (MESSAGES_EACH - 1 - k) as i64 * 3_600_000;
                let by_patient = (k % 2 == 1) == patient_last;
                let _ = write!(
                    msgs,
                    "{}('{}','{}','{}','{}','{}','{}','Message {k}',{at},1)",
                    if j == 0 && k == 0 { "" } else { "," },
                    MessageId::new(),
                    p.thread_id,
                    clinic.id,
                    p.id,
                    if by_patient { "patient" } else { "staff" },
                    if by_patient { "Patient" } else { "Nurse" },
                );
            }
            let status = match i % 20 {
                0 | 1 => "closed",
                2 => "waiting",
                _ => "open",
            };
            let review = if status == "waiting" { "'2030-01-01'" } else { "NULL" };
            let assignee = match i % 3 {
                0 => "NULL".to_string(),
                _ => format!("'{}'", team[(i / 3) % team.len()]),
            };
            let owed = patient_last && status == "open";
            let (first, due) =
                if owed { (last.to_string(), (last + 86_400_000).to_string()) } else { ("NULL".into(), "NULL".into()) };
            let _ = write!(
                convs,
                "{}('{}','{}','{status}',{review},{assignee},{last},'question','normal',{first},{due},NULL,{last},'{}')",
                if j == 0 { "" } else { "," },
                p.thread_id,
                clinic.id,
                if patient_last { "patient" } else { "staff" },
            );
        }
        done += rows;
        Some(sqlx::AssertSqlSafe(format!("BEGIN;{msgs};{convs};COMMIT;")))
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
        // What autovacuum would have done by now on a database this size.
        sqlx::raw_sql("ANALYZE").execute(&pool).await?;
        pool.close().await;
    }
    Ok(())
}

/// The address of the page `pages` pages on from `first`, following "Older conversations".
async fn page_in(client: &reqwest::Client, cookie: &str, first: &str, pages: usize) -> anyhow::Result<String> {
    let mut url = first.to_string();
    for _ in 0..pages {
        let r = client.get(&url).header("cookie", cookie).send().await?;
        let status = r.status();
        let html = r.text().await?;
        anyhow::ensure!(status == reqwest::StatusCode::OK, "{url}: {status} {html}");
        let older = html
            .split("href=\"")
            .filter_map(|h| h.split('"').next())
            .map(|h| h.replace("&#38;", "&").replace("&amp;", "&"))
            .find(|h| h.starts_with("/staff?view=") && h.contains("&after="));
        let Some(href) = older else {
            let at = html.find("rel=\"next\"").unwrap_or(0);
            let shown: String = html.chars().skip(html[..at].chars().count().saturating_sub(300)).take(600).collect();
            bail!("{url} has no older page: {shown}");
        };
        url = format!("{}{href}", first.split("/staff").next().unwrap_or_default());
    }
    Ok(url)
}

/// `CONNECTIONS` tasks asking for `url` back to back for `time`: every answer's latency (ms)
/// and how many were not a 200 listing conversations.
async fn drive_gets(
    client: &reqwest::Client,
    cookie: &str,
    url: &str,
    time: Duration,
) -> anyhow::Result<(Vec<f64>, u64)> {
    let until = Instant::now() + time;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CONNECTIONS {
        let (client, cookie, url) = (client.clone(), cookie.to_string(), url.to_string());
        tasks.spawn(async move {
            let (mut lat, mut errors) = (vec![], 0u64);
            while Instant::now() < until {
                let t = Instant::now();
                match client.get(&url).header("cookie", &cookie).send().await {
                    Ok(r) if r.status() == reqwest::StatusCode::OK => {
                        let body = r.text().await.unwrap_or_default();
                        lat.push(t.elapsed().as_secs_f64() * 1000.0);
                        if !body.contains("/staff/conversations/") {
                            errors += 1;
                        }
                    }
                    _ => errors += 1,
                }
            }
            (lat, errors)
        });
    }
    let (mut all, mut errors) = (vec![], 0);
    while let Some(r) = tasks.join_next().await {
        let (lat, e) = r?;
        all.extend(lat);
        errors += e;
    }
    Ok((all, errors))
}

/// Each view's query plan on this data, printed.
async fn print_plans(url: &str, clinic: &Clinic, me: &StaffId) -> anyhow::Result<()> {
    let now = Timestamp::now().as_millisecond();
    for view in [InboxView::Mine, InboxView::Unassigned, InboxView::Overdue, InboxView::NeedsReply] {
        let sql = portico::store::inbox_view_sql(view).context("a view of conversations")?;
        let (at, thread) = if view == InboxView::Overdue { (i64::MIN, "") } else { (i64::MAX, "") };
        // The same binds on either database; only the EXPLAIN and the row it answers differ.
        macro_rules! plan {
            ($pool:ty, $row:ty, $explain:literal, $text:tt) => {{
                let pool = <$pool>::connect(url).await?;
                let q = sqlx::query_as::<_, $row>(sqlx::AssertSqlSafe(format!(concat!($explain, " {}"), sql)))
                    .bind(clinic.id.as_str())
                    .bind(at)
                    .bind(thread)
                    .bind(51i64);
                let q = match view {
                    InboxView::Mine => q.bind(me.as_str()),
                    InboxView::Overdue => q.bind(now),
                    _ => q,
                };
                let plan: Vec<String> = q.fetch_all(&pool).await?.into_iter().map(|r| r.$text).collect();
                pool.close().await;
                plan
            }};
        }
        let lines = if url.starts_with("sqlite:") {
            plan!(sqlx::SqlitePool, (i64, i64, i64, String), "EXPLAIN QUERY PLAN", 3)
        } else {
            plan!(sqlx::PgPool, (String,), "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON)", 0)
        };
        println!("plan of inbox view {}:", view.as_str());
        for l in lines {
            println!("    {l}");
        }
    }
    Ok(())
}
