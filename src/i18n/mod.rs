//! Every word a patient reads, in their language: pages, SMS and email come from the Fluent
//! files in `templates/locales/`, compiled into the binary. English is the source; a test
//! keeps every other locale complete, so a missing message is a failed build, not a blank.

use crate::domain::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

/// The locales Portico speaks: code (BCP 47) and file.
const FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../templates/locales/en.ftl")),
    ("es", include_str!("../../templates/locales/es.ftl")),
    ("zh-Hans", include_str!("../../templates/locales/zh-Hans.ftl")),
    ("vi", include_str!("../../templates/locales/vi.ftl")),
    ("tl", include_str!("../../templates/locales/tl.ftl")),
    ("ko", include_str!("../../templates/locales/ko.ftl")),
    ("ru", include_str!("../../templates/locales/ru.ftl")),
    ("ar", include_str!("../../templates/locales/ar.ftl")),
    ("ht", include_str!("../../templates/locales/ht.ftl")),
    ("fr", include_str!("../../templates/locales/fr.ftl")),
];

struct Loaded {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// Read once: every page's switcher shows every name.
    name: String,
    rtl: bool,
}

static LOADED: LazyLock<Vec<Loaded>> =
    LazyLock::new(|| FILES.iter().filter_map(|(code, src)| load(code, src)).collect());

fn load(code: &'static str, src: &str) -> Option<Loaded> {
    let resource = match FluentResource::try_new(src.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            tracing::error!(locale = code, ?errors, "locale file has syntax errors; loading what parsed");
            r
        }
    };
    let id: unic_langid::LanguageIdentifier = code.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would push every SMS into UCS-2; pages set `dir` themselves.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(locale = code, ?errors, "locale file has duplicate messages");
    }
    let plain = |id: &str| {
        let pattern = bundle.get_message(id).and_then(|m| m.value())?;
        Some(bundle.format_pattern(pattern, None, &mut vec![]).into_owned())
    };
    let name = plain("language-name").unwrap_or_else(|| code.to_string());
    let rtl = plain("language-direction").as_deref() == Some("rtl");
    Some(Loaded { code, bundle, name, rtl })
}

/// One of Portico's locales. Cheap to copy; templates call `t.t("key")` on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(usize);

/// One entry of the language switcher.
pub struct Switch {
    pub code: &'static str,
    pub name: String,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl Lang {
    pub const EN: Lang = Lang(0);

    /// Every locale, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOADED.len()).map(Lang)
    }

    /// The locale for a BCP 47 tag: exact match first, then by language (`es-MX` → `es`,
    /// `zh-CN` → `zh-Hans`), else none.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if let Some(i) = LOADED.iter().position(|l| l.code.eq_ignore_ascii_case(tag)) {
            return Some(Lang(i));
        }
        let language = tag.split(['-', '_']).next().unwrap_or("");
        LOADED.iter().position(|l| l.code.split('-').next().is_some_and(|c| c.eq_ignore_ascii_case(language))).map(Lang)
    }

    /// The patient's language, or English where Portico does not speak it yet.
    pub fn for_locale(locale: &Locale) -> Lang {
        Lang::from_tag(locale.as_str()).unwrap_or(Lang::EN)
    }

    /// The first locale of an `Accept-Language` header Portico speaks (order of preference,
    /// ignoring weights of zero).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut choices: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut bits = part.split(';');
                let tag = bits.next()?.trim();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q="))
                    .map(|q| q.parse::<f32>().unwrap_or(0.0))
                    .unwrap_or(1.0);
                (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, tag))
            })
            .collect();
        choices.sort_by(|a, b| b.0.total_cmp(&a.0));
        choices.into_iter().find_map(|(_, tag)| Lang::from_tag(tag))
    }

    pub fn code(self) -> &'static str {
        LOADED.get(self.0).map(|l| l.code).unwrap_or("en")
    }

    /// `rtl` or `ltr`, for the page's `dir`.
    pub fn dir(self) -> &'static str {
        if LOADED.get(self.0).is_some_and(|l| l.rtl) { "rtl" } else { "ltr" }
    }

    /// The language's own name, for the switcher.
    pub fn name(self) -> String {
        LOADED.get(self.0).map(|l| l.name.clone()).unwrap_or_default()
    }

    /// The language switcher's entries: each locale in its own name, with the address that
    /// switches to it and comes back to `here`.
    pub fn switcher(self, here: &str) -> Vec<Switch> {
        let next: String = percent_encoding::utf8_percent_encode(here, percent_encoding::NON_ALPHANUMERIC).to_string();
        Lang::all()
            .map(|l| Switch {
                code: l.code(),
                name: l.name(),
                dir: l.dir(),
                href: format!("/lang/{}?next={next}", l.code()),
                current: l == self,
            })
            .collect()
    }

    /// A message without variables.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with variables.
    pub fn f(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fa))
    }

    /// A message with one string variable (handy in templates).
    pub fn f1(self, id: &str, name: &str, value: &str) -> String {
        self.f(id, &[(name, Arg::Str(value))])
    }

    /// Does this locale have the message itself (not through the English fallback)?
    pub fn has(self, id: &str) -> bool {
        LOADED.get(self.0).is_some_and(|l| l.bundle.has_message(id))
    }

    fn format(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for l in [self, Lang::EN] {
            let Some(loaded) = LOADED.get(l.0) else { continue };
            let Some(pattern) = loaded.bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = vec![];
            let text = loaded.bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(locale = loaded.code, id, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::error!(id, "no such message in any locale");
        id.to_string()
    }

    /// The words of a comma-separated list message (`inbound-confirm` …), upper-cased and
    /// without accents.
    pub fn words(self, id: &str) -> Vec<String> {
        if !self.has(id) {
            return vec![];
        }
        self.t(id).split(',').map(fold).filter(|w| !w.is_empty()).collect()
    }

    fn part(self, prefix: &str, n: i64) -> String {
        self.t(&format!("{prefix}-{n}"))
    }

    pub fn time_of_day(self, z: &jiff::Zoned) -> String {
        let h = i64::from(z.hour());
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        let ampm = self.t(if h < 12 { "time-am" } else { "time-pm" });
        let mm = format!("{:02}", z.minute());
        let hh24 = format!("{h:02}");
        self.f(
            "time-of-day",
            &[
                ("h12", Arg::Num(h12)),
                ("h24", Arg::Num(h)),
                ("hh24", Arg::Str(&hh24)),
                ("mm", Arg::Str(&mm)),
                ("ampm", Arg::Str(&ampm)),
            ],
        )
    }

    fn date_parts(self, z: &jiff::Zoned, short: bool) -> (String, String) {
        let wd = i64::from(z.weekday().to_monday_one_offset());
        let month = i64::from(z.month());
        if short {
            (self.part("weekday-short", wd), self.part("month-short", month))
        } else {
            (self.part("weekday", wd), self.part("month", month))
        }
    }

    /// "Tuesday, March 5, 2030 at 3:30 PM", in the locale's own order.
    pub fn datetime_long(self, z: &jiff::Zoned) -> String {
        let (weekday, month) = self.date_parts(z, false);
        let time = self.time_of_day(z);
        self.f(
            "datetime-long",
            &[
                ("weekday", Arg::Str(&weekday)),
                ("month", Arg::Str(&month)),
                ("day", Arg::Num(i64::from(z.day()))),
                ("year", Arg::Str(&z.year().to_string())),
                ("time", Arg::Str(&time)),
            ],
        )
    }

    /// "Tuesday, March 5, 2030": a day, in the locale's own order.
    pub fn date_long(self, d: jiff::civil::Date) -> String {
        let Ok(z) = d.to_zoned(jiff::tz::TimeZone::UTC) else { return d.to_string() };
        let (weekday, month) = self.date_parts(&z, false);
        self.f(
            "date-long",
            &[
                ("weekday", Arg::Str(&weekday)),
                ("month", Arg::Str(&month)),
                ("day", Arg::Num(i64::from(z.day()))),
                ("year", Arg::Str(&z.year().to_string())),
            ],
        )
    }

    /// "Tue Mar 5 3:30 PM": short enough for an SMS.
    pub fn datetime_short(self, z: &jiff::Zoned) -> String {
        let (weekday, month) = self.date_parts(z, true);
        let time = self.time_of_day(z);
        self.f(
            "datetime-short",
            &[
                ("weekday", Arg::Str(&weekday)),
                ("month", Arg::Str(&month)),
                ("day", Arg::Num(i64::from(z.day()))),
                ("time", Arg::Str(&time)),
            ],
        )
    }

    /// "45 minutes", with the locale's plural rules.
    pub fn minutes(self, n: i64) -> String {
        self.f("minutes", &[("count", Arg::Num(n))])
    }
}

/// Upper case without accents or surrounding space and punctuation, for matching replies:
/// "sí!" and "SI" are one word, as are "Hủy" and "HUY" however the phone composed them.
pub fn fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    word.trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '¡' | '¿' | '。' | '！' | '؟'))
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'D',
            other => other,
        })
        .collect::<String>()
        .to_uppercase()
}

#[cfg(test)]
#[path = "i18n_tests.rs"]
mod tests;
