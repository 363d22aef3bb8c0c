//! The layering, held by a test: no import cycle between the top-level modules of `src/`,
//! nor between the areas of `web/`. A module's own file (`lib.rs`, `web/mod.rs`) assembles
//! its children and is not counted. And no file in `src/` is longer than one can hold in
//! one's head. Run: `cargo test --lib architecture`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with its module path (`web/patient/pages.rs` → `web::patient::pages`).
fn files(dir: &Path, prefix: &[String], out: &mut Vec<(Vec<String>, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            let mut p = prefix.to_vec();
            p.push(name);
            files(&path, &p, out);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let mut p = prefix.to_vec();
            if stem != "mod" && !(prefix.is_empty() && (stem == "lib" || stem == "main")) {
                p.push(stem.to_string());
            }
            out.push((p, path));
        }
    }
}

/// The absolute module paths a file names: `crate::a::b`, `super::x` (resolved from the
/// file's own module), and each member of a `{…}` group after either.
fn references(module: &[String], text: &str) -> Vec<Vec<String>> {
    let mut out = vec![];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &text[i..];
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let (base, after) = if starts_word && rest.starts_with("crate::") {
            (vec![], "crate::".len())
        } else if starts_word && rest.starts_with("super::") {
            // `super` in `a/b.rs` is `a`; in `a/b/mod.rs` (module `a::b`) it is `a` too.
            let mut base: Vec<String> = module.to_vec();
            let mut n = 0;
            while text[i + n..].starts_with("super::") {
                base.pop();
                n += "super::".len();
            }
            (base, n)
        } else {
            i += 1;
            continue;
        };
        let tail = &text[i + after..];
        let path: String =
            tail.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':' || *c == '{').collect();
        let (head, group) = match path.split_once('{') {
            Some((h, _)) => {
                let inside: String = tail[h.len() + 1..].chars().take_while(|c| *c != '}').collect();
                (h.trim_end_matches(':').to_string(), Some(inside))
            }
            None => (path.trim_end_matches(':').to_string(), None),
        };
        let mut abs = base.clone();
        abs.extend(head.split("::").filter(|s| !s.is_empty()).map(str::to_string));
        match group {
            Some(inside) => {
                for member in inside.split(',') {
                    let first = member.trim().split("::").next().unwrap_or("").to_string();
                    if !first.is_empty() && first != "self" {
                        let mut m = abs.clone();
                        m.push(first);
                        out.push(m);
                    }
                }
                out.push(abs);
            }
            None => out.push(abs),
        }
        i += after;
    }
    out
}

/// The edges between the children of `parent` (`[]`: the crate's top-level modules).
fn edges(parent: &[String]) -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = vec![];
    files(&root, &[], &mut all);
    let children: BTreeSet<String> = all
        .iter()
        .filter(|(m, _)| m.len() > parent.len() && m.starts_with(parent))
        .map(|(m, _)| m[parent.len()].clone())
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, path) in &all {
        if module.len() <= parent.len() || !module.starts_with(parent) {
            continue;
        }
        let from = &module[parent.len()];
        // Comments may name any module; only code counts.
        let text: String = std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
            .collect::<Vec<_>>()
            .join("\n");
        for r in references(module, &text) {
            if r.len() > parent.len() && r.starts_with(parent) {
                let to = &r[parent.len()];
                if to != from && children.contains(to) {
                    graph.entry(from.clone()).or_default().insert(to.clone());
                }
            }
        }
    }
    graph
}

/// A cycle in the graph, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(pos) = stack.iter().position(|s| s == n) {
            let mut c = stack[pos..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for next in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, g, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        if let Some(c) = visit(n, graph, &mut vec![], &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_top_level_module_imports_one_that_imports_it_back() {
    let g = edges(&[]);
    assert!(g.contains_key("web"), "the scan found the modules: {g:?}");
    assert_eq!(cycle(&g), None, "import cycle among src/ modules; edges: {g:#?}");
}

#[test]
fn no_area_of_web_imports_one_that_imports_it_back() {
    let g = edges(&["web".to_string()]);
    assert!(g.contains_key("patient"), "the scan found web's areas: {g:?}");
    assert_eq!(cycle(&g), None, "import cycle among web/ areas; edges: {g:#?}");
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    assert_eq!(cycle(&g), None);
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(cycle(&g), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
}

#[test]
fn references_resolve_crate_super_and_groups() {
    let m = vec!["web".to_string(), "patient".to_string(), "pages".to_string()];
    let refs =
        references(&m, "use super::{form, lang}; use crate::store::Clinic; x.super_y; use super::super::page::cookie;");
    let refs: Vec<String> = refs.iter().map(|r| r.join("::")).collect();
    for want in ["web::patient::form", "web::patient::lang", "store::Clinic", "web::page::cookie"] {
        assert!(refs.iter().any(|r| r == want), "{want} in {refs:?}");
    }
}

/// A file should be small enough to hold in your head.
const MAX_LINES: usize = 600;

#[test]
fn no_file_in_src_is_over_600_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = vec![];
    files(&root, &[], &mut all);
    assert!(all.len() > 50, "the scan found the source files: {}", all.len());
    let long: Vec<String> = all
        .iter()
        .filter_map(|(_, path)| {
            let n = std::fs::read_to_string(path).unwrap_or_default().lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by concept: {long:?}");
}
