//! One statement text for both drivers: the shared statements are written with PostgreSQL's
//! `$N` placeholders, and `numbered!` turns one into SQLite's `?N` at compile time.
//!
//! Why a rewrite: SQLite does accept `$1`, but as a *named* parameter, and it numbers named
//! parameters in order of first appearance, so in `... = $2 ... = $1` rusqlite's first
//! positional value would bind `$2`. `?N` is SQLite's numbered parameter: `?2` is slot 2
//! wherever it appears, so binding is by number, exactly as sqlx binds `$N` on PostgreSQL.
//! The binder is then rusqlite's own `params![p1, p2, …]`: value k goes to `$k`, in the order
//! sqlx's `.bind()` calls take them, and a repeated `$1` takes the first value each time.
//!
//! The rewrite costs nothing at run time: `numbered!` yields a `&'static str` computed by the
//! compiler, which `prepare_cached` keys its cache on like any literal. What the rewrite does
//! not understand it refuses, and a refusal fails the build: `$` not starting `$1`…`$N`
//! (`$0`, `$name`, PostgreSQL's dollar quoting, `$` inside an identifier), a `?` (it would be
//! a SQLite parameter of its own), comments, and an unterminated quote. A `$` inside a quoted
//! literal (`'…'`) or quoted name (`"…"`) is text and stays as it is.

/// Rewrite `sql`'s `$N` placeholders into `out` (as long as `sql`) as `?N`; what else there
/// is, is copied. `Err` says why the statement cannot be shared.
pub(in crate::store) const fn rewrite_into(sql: &[u8], out: &mut [u8]) -> Result<(), &'static str> {
    if sql.len() != out.len() {
        return Err("the output is not as long as the statement");
    }
    // The quote character of the literal or quoted name we are inside, or 0.
    let mut quote = 0u8;
    let mut i = 0;
    while i < sql.len() {
        let c = sql[i];
        let next = if i + 1 < sql.len() { sql[i + 1] } else { 0 };
        out[i] = c;
        if quote != 0 {
            // A doubled quote (`''`) closes the literal and opens it again: the same result.
            if c == quote {
                quote = 0;
            }
        } else if c == b'\'' || c == b'"' {
            quote = c;
        } else if c == b'$' {
            if i > 0 && (sql[i - 1].is_ascii_alphanumeric() || sql[i - 1] == b'_') {
                return Err("a `$` inside an identifier: not a parameter on SQLite, part of the name on PostgreSQL");
            }
            if !next.is_ascii_digit() || next == b'0' {
                return Err("a `$` outside quotes must start a parameter `$1`, `$2`, ... (no `$0`, `$name`, `$$`)");
            }
            out[i] = b'?';
        } else if c == b'?' {
            return Err("a `?` placeholder: write `$N`, which both databases bind by number");
        } else if (c == b'-' && next == b'-') || (c == b'/' && next == b'*') {
            return Err("a comment in a shared statement: put it in Rust instead");
        }
        i += 1;
    }
    if quote != 0 {
        return Err("an unterminated quoted literal or name");
    }
    Ok(())
}

/// `rewrite_into` for a statement of `N` bytes, in a constant.
pub(in crate::store) const fn rewrite<const N: usize>(sql: &str) -> Result<[u8; N], &'static str> {
    let mut out = [0u8; N];
    match rewrite_into(sql.as_bytes(), &mut out) {
        Ok(()) => Ok(out),
        Err(why) => Err(why),
    }
}

/// The SQLite text (`?N`) of a shared statement (`$N`), as a `&'static str` made at compile
/// time; `$sql` must be a constant expression. A statement the rewrite refuses fails the build.
macro_rules! numbered {
    ($sql:expr) => {{
        const SQL: &str = $sql;
        // Evaluated by the compiler: a refusal is a build error naming the reason.
        #[allow(clippy::panic)]
        const BYTES: [u8; SQL.len()] = match $crate::store::sql::placeholders::rewrite(SQL) {
            Ok(bytes) => bytes,
            Err(why) => panic!("{}", why),
        };
        // Only ASCII `$` became ASCII `?`, so the text is as valid UTF-8 as it was.
        #[allow(clippy::panic)]
        const TEXT: &str = match ::core::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a rewritten statement is not UTF-8"),
        };
        TEXT
    }};
}
pub(in crate::store) use numbered;

#[cfg(test)]
#[path = "placeholders_tests.rs"]
mod tests;
