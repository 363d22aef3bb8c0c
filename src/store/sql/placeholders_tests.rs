//! Unit tests for `placeholders`.

use super::rewrite_into;
use rusqlite::{Connection, ToSql, params};

fn row(sql: &str, params: &[&dyn ToSql]) -> Vec<String> {
    let c = Connection::open_in_memory().unwrap();
    let mut stmt = c.prepare_cached(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_row(params, |r| (0..n).map(|i| r.get::<_, String>(i)).collect()).unwrap()
}

fn refusal(sql: &str) -> Option<&'static str> {
    let mut out = vec![0; sql.len()];
    rewrite_into(sql.as_bytes(), &mut out).err()
}

#[test]
fn out_of_order_parameters_bind_by_number() {
    assert_eq!(numbered!("SELECT $2, $1"), "SELECT ?2, ?1");
    assert_eq!(row(numbered!("SELECT $2, $1"), params!["one", "two"]), ["two", "one"]);
    // What the rewrite is for: left as `$N`, SQLite numbers them by first appearance.
    assert_eq!(row("SELECT $2, $1", params!["one", "two"]), ["one", "two"]);
}

#[test]
fn a_repeated_parameter_takes_one_value() {
    let sql = numbered!("SELECT $1, $2, $1");
    let c = Connection::open_in_memory().unwrap();
    assert_eq!(c.prepare(sql).unwrap().parameter_count(), 2);
    assert_eq!(row(sql, params!["a", "b"]), ["a", "b", "a"]);
}

#[test]
fn ten_is_not_one_followed_by_zero() {
    let sql = numbered!("SELECT $10, $1, $2");
    assert_eq!(sql, "SELECT ?10, ?1, ?2");
    let values = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    let params: Vec<&dyn ToSql> = values.iter().map(|v| v as &dyn ToSql).collect();
    assert_eq!(row(sql, &params), ["10", "1", "2"]);
}

#[test]
fn a_dollar_inside_quotes_is_text() {
    let sql = numbered!("SELECT '$1', 'it''s $2', $1 AS \"a$1\"");
    assert_eq!(sql, "SELECT '$1', 'it''s $2', ?1 AS \"a$1\"");
    assert_eq!(row(sql, params!["x"]), ["$1", "it's $2", "x"]);
}

#[test]
fn what_the_rewrite_does_not_understand_it_refuses() {
    for sql in [
        "SELECT $0",
        "SELECT $name",
        "SELECT $$body$$",
        "SELECT $",
        "SELECT a$1 FROM t",
        "SELECT ?1",
        "SELECT 1 -- $1",
        "SELECT /* $1 */ 1",
        "SELECT 'unterminated $1",
    ] {
        assert!(refusal(sql).is_some(), "{sql} was accepted");
    }
    assert_eq!(refusal("SELECT $1 - -1, 'a''b', \"c\"\"d\""), None);
}
