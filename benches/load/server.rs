//! The server under test: a fresh database (SQLite file or PostgreSQL database), the release
//! `portico serve` as a child process, and what the kernel says about its memory and CPU.

use super::*;

pub(crate) fn portico_bin() -> anyhow::Result<PathBuf> {
    let p = PathBuf::from(env!("CARGO_BIN_EXE_portico"));
    if !p.exists() {
        bail!("{} is missing: run `cargo build --release` (cargo bench normally builds it)", p.display());
    }
    Ok(p)
}

pub(crate) fn target_dir() -> PathBuf {
    // target/release/deps/load-<hash> → target
    std::env::current_exe()
        .ok()
        .and_then(|e| e.ancestors().nth(3).map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target")))
}

pub(crate) fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).expect("rng");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A fresh database: a SQLite file in a temp dir, or a new PostgreSQL database (dropped on drop).
pub(crate) struct Db {
    pub(crate) url: String,
    pub(crate) dir: tempfile::TempDir,
    pub(crate) pg: Option<(String, String)>,
}

impl Db {
    pub(crate) async fn new(pg_admin: Option<&str>) -> anyhow::Result<Db> {
        let dir = tempfile::Builder::new().prefix("portico-bench").tempdir()?;
        let Some(admin) = pg_admin else {
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("portico.db").display());
            return Ok(Db { url, dir, pg: None });
        };
        let name = format!("portico_bench_{}", random_hex(6));
        let pool = sqlx::PgPool::connect(admin).await.with_context(|| format!("connecting to {admin}"))?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&pool).await?;
        pool.close().await;
        let mut url = url::Url::parse(admin)?;
        url.set_path(&name);
        Ok(Db { url: url.to_string(), dir, pg: Some((admin.to_string(), name)) })
    }

    pub(crate) fn keys_file(&self) -> PathBuf {
        self.dir.path().join("portico.keys")
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let Some((admin, name)) = self.pg.take() else { return };
        // Drop runs inside the runtime: use a thread with its own.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async move {
                if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&pool).await;
                    pool.close().await;
                }
            })
        })
        .join();
    }
}

/// `portico serve` as a child process; killed when dropped, on every path out.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) addr: SocketAddr,
    pub(crate) started: Instant,
}

impl Server {
    pub(crate) fn spawn(db: &Db, extra: &[(&str, String)]) -> anyhow::Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let mut cmd = Command::new(portico_bin()?);
        cmd.arg("serve").current_dir(db.dir.path()).stdin(Stdio::null()).stdout(Stdio::null());
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("PORTICO_") || k.starts_with("TWILIO_")) {
            cmd.env_remove(k);
        }
        cmd.env("RUST_LOG", "warn")
            .env("PORTICO_DATABASE_URL", &db.url)
            .env("PORTICO_BIND", addr.to_string())
            .env("PORTICO_PUBLIC_URL", format!("http://{addr}"))
            .env("PORTICO_KEYS_FILE", db.keys_file())
            .envs(extra.iter().map(|(k, v)| (k, v)));
        let started = Instant::now();
        let child = cmd.spawn().context("starting portico serve")?;
        Ok(Server { child, addr, started })
    }

    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(crate) fn alive(&mut self) -> anyhow::Result<()> {
        match self.child.try_wait()? {
            Some(status) => bail!("portico serve exited: {status}"),
            None => Ok(()),
        }
    }

    /// Poll `/readyz` every 2 ms; the time from spawn to the first 200.
    pub(crate) async fn wait_ready(&mut self) -> anyhow::Result<Duration> {
        loop {
            if let Ok(r) = Conn::new(self.addr).send(get("/readyz", &host(self.addr))).await
                && r.status() == StatusCode::OK
            {
                return Ok(self.started.elapsed());
            }
            self.alive()?;
            if self.started.elapsed() > Duration::from_secs(60) {
                bail!("portico serve on {} was not ready within 60 s", self.addr);
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A field of /proc/<pid>/status (VmRSS, VmHWM), in MB.
pub(crate) fn proc_mb(pid: u32, field: &str) -> f64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = text.lines().find_map(|l| l.strip_prefix(field)?.strip_prefix(':')?.trim().strip_suffix(" kB"));
    kb.and_then(|v| v.trim().parse::<f64>().ok()).unwrap_or(f64::NAN) / 1024.0
}

/// CPU seconds (USER_HZ = 100): utime + stime of a process, and all busy time of the machine.
pub(crate) fn cpu_secs(pid: u32) -> [f64; 3] {
    let proc = |path: String| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let fields = text.rsplit_once(')').map_or("", |(_, f)| f);
        let f: Vec<f64> = fields.split_whitespace().map(|v| v.parse().unwrap_or(f64::NAN)).collect();
        (f.get(11).unwrap_or(&f64::NAN) + f.get(12).unwrap_or(&f64::NAN)) / 100.0
    };
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let all: Vec<f64> =
        stat.lines().next().unwrap_or("").split_whitespace().skip(1).take(8).flat_map(str::parse).collect();
    let busy = all.iter().sum::<f64>() - all.get(3).unwrap_or(&0.0) - all.get(4).unwrap_or(&0.0); // less idle, iowait
    [proc(format!("/proc/{pid}/stat")), proc("/proc/self/stat".into()), busy / 100.0]
}

/// Cores used since `mark` by the server, this process, and the rest of the machine.
pub(crate) fn cores_since(pid: u32, mark: (Instant, [f64; 3])) -> [f64; 3] {
    let (now, secs) = (cpu_secs(pid), mark.0.elapsed().as_secs_f64());
    let [s, b, all] = [0, 1, 2].map(|i| (now[i] - mark.1[i]) / secs);
    [s, b, (all - s - b).max(0.0)]
}

/// Runs `f`, sampling the server's VmRSS every 50 ms; returns its output and the peak in MB.
pub(crate) async fn with_peak_rss<T>(pid: u32, f: impl Future<Output = T>) -> (T, f64) {
    let (mut f, mut peak) = (std::pin::pin!(f), 0f64);
    loop {
        peak = peak.max(proc_mb(pid, "VmRSS"));
        tokio::select! {
            out = &mut f => return (out, peak.max(proc_mb(pid, "VmRSS"))),
            _ = tokio::time::sleep(Duration::from_millis(50)) => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The load generator: hyper's HTTP/1 client, one keep-alive connection per task.
