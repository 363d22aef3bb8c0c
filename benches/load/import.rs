//! `import`: `portico import fhir` of one bundle of appointments with their patients (two
//! visits a patient) into an empty clinic, timed end to end as the command runs (the release
//! binary, a child process), with its peak memory; then the same file again (every record
//! unchanged). Target: at least 5,000 appointments/s on SQLite, at most 150 MB.

use super::*;

fn bundle(appointments: usize) -> String {
    let mut out = String::with_capacity(appointments * 700);
    out.push_str(r#"{"resourceType": "Bundle", "type": "collection", "entry": ["#);
    let now = Timestamp::now().as_second();
    let start = Timestamp::from_second(now - now % 60).unwrap() + SignedDuration::from_hours(72);
    for i in 0..appointments {
        if i % 2 == 0 {
            let p = i / 2;
            let _ = write!(
                out,
                r#"{}{{"fullUrl": "urn:uuid:p{p}", "resource": {{"resourceType": "Patient", "id": "p{p}",
                "identifier": [{{"system": "urn:bench:mrn", "value": "MRN{p:08}"}}],
                "name": [{{"use": "official", "given": ["Patient"], "family": "Number{p}"}}], "birthDate": "1980-01-01",
                "telecom": [{{"system": "phone", "value": "+1312555{:04}", "use": "mobile"}}, {{"system": "email", "value": "p{p}@bench.example"}}],
                "communication": [{{"language": {{"coding": [{{"code": "en"}}]}}, "preferred": true}}]}}}}"#,
                if i == 0 { "" } else { "," },
                p % 10_000
            );
        }
        let at = start + SignedDuration::from_mins((i % 5000) as i64 * 15);
        let _ = write!(
            out,
            r#",{{"resource": {{"resourceType": "Appointment", "id": "a{i}", "status": "booked", "start": "{at}",
            "minutesDuration": 20, "participant": [{{"actor": {{"reference": "urn:uuid:p{}"}}}},
            {{"actor": {{"reference": "Practitioner/1", "display": "Dr. Bench"}}}}]}}}}"#,
            i / 2
        );
    }
    out.push_str("]}");
    out
}

/// Run the import command on `db` for `file`: seconds, peak VmRSS in MB, and what it printed.
async fn run_import(db: &Db, clinic: &ClinicId, file: &Path) -> anyhow::Result<(f64, f64, String)> {
    let mut cmd = Command::new(portico_bin()?);
    cmd.args(["import", "fhir"]).arg(file).args(["--mrn-system", "urn:bench:mrn", "--clinic", clinic.as_str()]);
    cmd.current_dir(db.dir.path()).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null());
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("PORTICO_")) {
        cmd.env_remove(k);
    }
    cmd.env("RUST_LOG", "warn").env("PORTICO_DATABASE_URL", &db.url).env("PORTICO_KEYS_FILE", db.keys_file());
    let t = Instant::now();
    let mut child = cmd.spawn().context("starting portico import")?;
    let pid = child.id();
    // Read what it prints as it prints it (a full pipe would stop it).
    let stdout = child.stdout.take().context("the import's output")?;
    let reading = std::thread::spawn(move || {
        use std::io::Read as _;
        let mut printed = String::new();
        let _ = { stdout }.read_to_string(&mut printed);
        printed
    });
    let (status, peak) = with_peak_rss(pid, async {
        loop {
            if let Some(s) = child.try_wait()? {
                return anyhow::Ok(s);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    let secs = t.elapsed().as_secs_f64();
    let printed = reading.join().unwrap_or_default();
    if !status?.success() {
        bail!("portico import failed: {printed}");
    }
    Ok((secs, peak, printed))
}

pub(crate) async fn import(
    mode: Mode,
    backend: &'static str,
    pg: Option<&str>,
    rows: &mut Vec<Row>,
) -> anyhow::Result<()> {
    let n = mode.import_appointments;
    let text = bundle(n);
    let (mut created, mut again, mut peaks) = (vec![], vec![], vec![]);
    for _ in 0..mode.repeats {
        let db = Db::new(pg).await?;
        let store = portico::store::connect(&db.url).await?;
        store.migrate().await?;
        let mut clinic =
            Clinic::new("Bench Clinic".into(), None, TimeZone::parse("America/Chicago")?, Timestamp::now());
        clinic.quiet_hours = QuietHours::new(0, 0)?;
        store.create_clinic(&clinic, &portico::links::secret_hash(&random_hex(16)), "pk_bench").await?;
        drop(store);
        let file = db.dir.path().join("bundle.json");
        std::fs::write(&file, &text)?;
        let (secs, peak, printed) = run_import(&db, &clinic.id, &file).await?;
        if !printed.contains(&format!("created:   {} patients, {n} appointments", n.div_ceil(2))) {
            bail!("the import did not create everything: {}", printed.lines().take(12).collect::<Vec<_>>().join("\n"));
        }
        let (secs_again, _, printed) = run_import(&db, &clinic.id, &file).await?;
        if !printed.contains(&format!("unchanged: {} patients, {n} appointments", n.div_ceil(2))) {
            bail!("the second import changed something: {printed}");
        }
        eprintln!(
            "  {backend}: imported {n} appointments in {secs:.1} s ({:.0}/s), again in {secs_again:.1} s, peak {peak:.0} MB",
            n as f64 / secs
        );
        created.push(n as f64 / secs);
        again.push(n as f64 / secs_again);
        peaks.push(peak);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let runs = created.clone();
    let throughput = median(&mut created);
    let mut extra = BTreeMap::new();
    extra.insert("unchanged_per_s", median(&mut again));
    let peak = median(&mut peaks);
    rows.push(Row {
        backend,
        workload: "import",
        unit: "appts/s",
        throughput,
        count: n as u64,
        seconds: n as f64 / throughput,
        peak_rss_mb: peak,
        runs,
        extra,
        note: format!(
            "target >= 5000/s {}, <= 150 MB {}",
            if throughput >= 5000.0 { "pass" } else { "FAIL" },
            if peak <= 150.0 { "pass" } else { "FAIL" }
        ),
        ..Row::default()
    });
    Ok(())
}
