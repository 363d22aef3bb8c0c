use super::*;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message ids and the variables each one uses, straight from the file's syntax tree.
fn messages(src: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(src.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let all: Vec<(&str, BTreeMap<String, BTreeSet<String>>)> =
        FILES.iter().map(|(code, src)| (*code, messages(src))).collect();
    let mut problems = vec![];
    for (code, msgs) in &all {
        for (other, other_msgs) in &all {
            for (id, vars) in other_msgs {
                match msgs.get(id) {
                    None => problems.push(format!("{code} lacks `{id}` (in {other})")),
                    Some(v) if code == &"en" && id != "time-of-day" && !vars.is_subset(v) => {
                        problems.push(format!("{other}: `{id}` uses variables {vars:?} that en does not ({v:?})"))
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some((_, en)) = all.first() {
            for (id, vars) in en {
                if let Some(v) = msgs.get(id) {
                    // A translation may drop a variable only where the language needs no number (plural).
                    // `time-of-day` picks its own hour form (12 h with AM/PM, or 24 h).
                    let free = |name: &String| {
                        name == "count"
                            || (id == "time-of-day" && ["h12", "h24", "hh24", "ampm"].contains(&name.as_str()))
                    };
                    let missing: Vec<_> = vars.difference(v).filter(|name| !free(name)).collect();
                    if !missing.is_empty() {
                        problems.push(format!("{code}: `{id}` drops {missing:?}"));
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "locale problems:\n{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    // Every variable any locale uses for a message (a locale may pick its own hour form).
    let mut en = messages(FILES[0].1);
    for (_, src) in &FILES[1..] {
        for (id, vars) in messages(src) {
            en.entry(id).or_default().extend(vars);
        }
    }
    let sample = |name: &str| -> FluentValue<'static> {
        match name {
            "count" | "h12" | "h24" | "day" => FluentValue::from(3),
            _ => FluentValue::from("x"),
        }
    };
    for lang in Lang::all() {
        let loaded = &LOADED[lang.0];
        for (id, vars) in &en {
            let mut args = FluentArgs::new();
            for v in vars {
                args.set(v.clone(), sample(v));
            }
            let Some(pattern) = loaded.bundle.get_message(id).and_then(|m| m.value()) else {
                panic!("{}: `{id}` has no value", lang.code());
            };
            let mut errors = vec![];
            let text = loaded.bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{}: `{id}`: {errors:?}", lang.code());
            assert!(!text.trim().is_empty(), "{}: `{id}` is empty", lang.code());
        }
    }
}

#[test]
fn every_locale_says_it_awaits_clinician_review() {
    for (code, src) in FILES {
        let head: String = src.lines().take(8).collect::<Vec<_>>().join("\n");
        assert!(
            head.contains("awaits review by a native-speaking clinician"),
            "{code}.ftl must say at its top that it awaits review by a native-speaking clinician"
        );
    }
}

#[test]
fn reply_words_never_mean_two_things() {
    let kinds = ["inbound-confirm", "inbound-cancel", "inbound-help", "inbound-stop", "inbound-start"];
    let mut meaning: BTreeMap<String, (&str, &str)> = BTreeMap::new();
    for lang in Lang::all() {
        for kind in kinds {
            let words = lang.words(kind);
            assert!(!words.is_empty(), "{}: `{kind}` lists no words", lang.code());
            for w in words {
                if let Some((k, other)) = meaning.insert(w.clone(), (kind, lang.code())) {
                    assert_eq!(k, kind, "`{w}` is {kind} in {} but {k} in {other}", lang.code());
                }
            }
        }
    }
}

#[test]
fn tags_resolve_to_the_nearest_locale() {
    assert_eq!(Lang::from_tag("en-US"), Some(Lang::EN));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::EN));
    assert_eq!(Lang::from_tag("xx"), None);
    assert_eq!(Lang::from_accept_language("xx;q=0.9, en;q=0.5"), Some(Lang::EN));
    assert_eq!(Lang::from_accept_language("en;q=0"), None);
    assert_eq!(Lang::from_accept_language(";;,,q=x"), None);
}

#[test]
fn english_dates_read_naturally() {
    let z: jiff::Zoned = "2030-03-05T15:30[America/Chicago]".parse().unwrap();
    assert_eq!(Lang::EN.datetime_long(&z), "Tuesday, March 5, 2030 at 3:30 PM");
    assert_eq!(Lang::EN.datetime_short(&z), "Tue Mar 5 3:30 PM");
    let midnight: jiff::Zoned = "2030-03-05T00:05[America/Chicago]".parse().unwrap();
    assert_eq!(Lang::EN.datetime_short(&midnight), "Tue Mar 5 12:05 AM");
    assert_eq!(Lang::EN.minutes(1), "1 minute");
    assert_eq!(Lang::EN.minutes(45), "45 minutes");
}

#[test]
fn folding_ignores_case_accents_and_punctuation() {
    assert_eq!(fold(" sí! "), "SI");
    assert_eq!(fold("Cancelar."), "CANCELAR");
    assert_eq!(fold("да"), "ДА");
    assert_eq!(fold("Hủy"), "HUY");
    assert_eq!(fold("Hu\u{0309}y"), "HUY");
    assert_eq!(fold("đúng"), "DUNG");
}
