use super::*;
use rusqlite::params;

fn open(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn
}

fn values(path: &std::path::Path) -> Vec<i64> {
    let conn = open(path);
    let mut stmt = conn.prepare("SELECT x FROM t ORDER BY x").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[tokio::test]
async fn a_failing_job_takes_back_only_its_own_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    open(&path).execute_batch("CREATE TABLE t (x INTEGER UNIQUE)").unwrap();
    let writer = Writer::start(open(&path), open(&path)).unwrap();
    let insert = |x: i64| {
        move |c: &Connection| -> StoreResult<()> {
            c.execute("INSERT INTO t (x) VALUES (?1)", params![x]).map_err(StoreError::classify_sqlite)?;
            Ok(())
        }
    };
    // Queued together, so most likely one batch; the outcome must not depend on it.
    let (a, b, c, d) = tokio::join!(
        writer.run(insert(1)),
        writer.run(insert(1)),
        writer.run(|c: &Connection| -> StoreResult<()> {
            c.execute("INSERT INTO t (x) VALUES (3)", [])?;
            Err(StoreError::Corrupt("changed its mind".into()))
        }),
        writer.run(insert(2)),
    );
    assert!(a.is_ok(), "{a:?}");
    assert!(matches!(b, Err(StoreError::Conflict(_))), "{b:?}");
    assert!(matches!(c, Err(StoreError::Corrupt(_))), "{c:?}");
    assert!(d.is_ok(), "{d:?}");
    assert_eq!(values(&path), [1, 2], "the second insert of 1 and the job that failed left nothing");
}

#[tokio::test]
async fn an_answer_comes_after_the_commit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    open(&path).execute_batch("CREATE TABLE t (x INTEGER UNIQUE)").unwrap();
    let writer = Writer::start(open(&path), open(&path)).unwrap();
    for x in 0..50 {
        writer
            .run(move |c: &Connection| -> StoreResult<()> {
                c.execute("INSERT INTO t (x) VALUES (?1)", params![x])?;
                Ok(())
            })
            .await
            .unwrap();
        // Another connection sees the write as soon as the call returns.
        assert_eq!(values(&path).len(), usize::try_from(x + 1).unwrap());
    }
}

#[tokio::test]
async fn a_panicking_job_does_not_stop_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    open(&path).execute_batch("CREATE TABLE t (x INTEGER UNIQUE)").unwrap();
    let writer = Writer::start(open(&path), open(&path)).unwrap();
    // The test harness shows the panic's message; the writer answers it as an error.
    let panicked = writer.run(|_: &Connection| -> StoreResult<()> { panic!("a bug in a job") }).await;
    assert!(matches!(panicked, Err(StoreError::Corrupt(_))), "{panicked:?}");
    writer
        .run(|c: &Connection| -> StoreResult<()> {
            c.execute("INSERT INTO t (x) VALUES (7)", [])?;
            Ok(())
        })
        .await
        .unwrap();
    assert_eq!(values(&path), [7]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wal_starts_over_under_steady_writes_and_reads_without_the_safety_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    open(&path).execute_batch("CREATE TABLE t (x INTEGER PRIMARY KEY, pad BLOB)").unwrap();
    let conn = open(&path);
    // Only the hand-over may start the WAL over here.
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    let writer = Writer::start(conn, open(&path)).unwrap();
    // A reader that keeps reading, as the inline point reads do under load (each one short).
    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let (stop, reader) = (stop.clone(), open(&path));
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let _: Option<i64> = reader.query_row("SELECT max(x) FROM t", [], |r| r.get(0)).unwrap();
            }
        })
    };
    // Each write adds a page of its own and touches the table's upper pages: 4 × RESTART_AT
    // frames or more in all.
    let writes = 2 * RESTART_AT;
    for x in 0..writes {
        writer
            .run(move |c: &Connection| -> StoreResult<()> {
                c.execute("INSERT INTO t (x, pad) VALUES (?1, zeroblob(3000))", params![x])?;
                Ok(())
            })
            .await
            .unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    reader.join().unwrap();
    let wal_pages = std::fs::metadata(dir.path().join("t.db-wal")).unwrap().len() / 4096;
    assert!(
        wal_pages < 3 * RESTART_AT as u64,
        "the WAL grew to {wal_pages} pages for {writes} writes: it never started over"
    );
    assert_eq!(values(&path).len() as i64, writes);
}
