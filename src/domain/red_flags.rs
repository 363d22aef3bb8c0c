//! Red flags: words in what a patient writes that may mean an emergency (chest pain, not
//! being able to breathe, thoughts of suicide, an overdose, a stroke, heavy bleeding). A
//! message that holds one gets the clinic's fixed safety reply at once, at any hour, and
//! becomes an urgent conversation the care team must acknowledge within
//! `RED_FLAG_ACK_WITHIN`, whatever the business hours.
//!
//! Every supported language's list is checked whatever the patient's language (people write
//! in the language they think in). Matching ignores case, accents and repeated spaces, and
//! a phrase must stand as whole words (in scripts that separate words). It errs on the side
//! of flagging: "no chest pain" is flagged too, because a safety reply sent needlessly costs
//! little and one not sent may cost a life.

use jiff::SignedDuration;
use unicode_normalization::UnicodeNormalization;

/// How soon someone on the care team must acknowledge a red-flag message, at any hour.
pub const RED_FLAG_ACK_WITHIN: SignedDuration = SignedDuration::from_mins(15);

/// The default phrases, per supported locale. Written as people type them; accents and case
/// do not matter (they are folded before matching).
pub const DEFAULT_RED_FLAGS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "chest pain",
            "pain in my chest",
            "chest hurts",
            "heart attack",
            "can't breathe",
            "cant breathe",
            "cannot breathe",
            "can not breathe",
            "trouble breathing",
            "hard to breathe",
            "not breathing",
            "suicidal",
            "suicide",
            "kill myself",
            "end my life",
            "want to die",
            "hurt myself",
            "harm myself",
            "overdose",
            "overdosed",
            "took too many pills",
            "stroke",
            "face is drooping",
            "unconscious",
            "passed out",
            "seizure",
            "bleeding heavily",
            "heavy bleeding",
            "won't stop bleeding",
            "throat is closing",
            "anaphylaxis",
        ],
    ),
    (
        "es",
        &[
            "dolor de pecho",
            "dolor en el pecho",
            "me duele el pecho",
            "infarto",
            "ataque al corazon",
            "no puedo respirar",
            "me falta el aire",
            "me ahogo",
            "suicidio",
            "suicidarme",
            "matarme",
            "quitarme la vida",
            "quiero morir",
            "hacerme dano",
            "sobredosis",
            "derrame cerebral",
            "convulsion",
            "inconsciente",
            "me desmaye",
            "sangrado abundante",
            "sangra mucho",
        ],
    ),
    (
        "fr",
        &[
            "douleur thoracique",
            "douleur a la poitrine",
            "mal a la poitrine",
            "crise cardiaque",
            "je n'arrive pas a respirer",
            "je ne peux pas respirer",
            "du mal a respirer",
            "suicide",
            "me suicider",
            "me tuer",
            "envie de mourir",
            "je veux mourir",
            "surdose",
            "overdose",
            "avc",
            "convulsion",
            "inconscient",
            "saigne beaucoup",
            "hemorragie",
        ],
    ),
    (
        "ht",
        &[
            "doule nan pwatrin",
            "doule nan lestomak",
            "kriz kadyak",
            "mwen pa ka respire",
            "m pa ka respire",
            "swisid",
            "touye tet mwen",
            "mwen vle mouri",
            "twop grenn",
            "estwok",
            "kriz malkadi",
            "pedi konesans",
            "senyen anpil",
        ],
    ),
    (
        "ko",
        &[
            "가슴 통증",
            "가슴이 아파",
            "가슴이 아프",
            "심장마비",
            "숨을 못",
            "숨을 쉴 수 없",
            "숨이 막혀",
            "자살",
            "죽고 싶",
            "약을 너무 많이",
            "과다복용",
            "뇌졸중",
            "발작",
            "의식이 없",
            "피가 멈추지",
        ],
    ),
    (
        "ru",
        &[
            "боль в груди",
            "болит грудь",
            "сердечный приступ",
            "инфаркт",
            "не могу дышать",
            "задыхаюсь",
            "суицид",
            "самоубийство",
            "покончить с собой",
            "хочу умереть",
            "передозировка",
            "инсульт",
            "судороги",
            "без сознания",
            "сильное кровотечение",
        ],
    ),
    (
        "tl",
        &[
            "sakit sa dibdib",
            "masakit ang dibdib",
            "atake sa puso",
            "hindi makahinga",
            "hirap huminga",
            "magpakamatay",
            "gusto ko nang mamatay",
            "sobrang dosis",
            "overdose",
            "stroke",
            "kombulsyon",
            "nawalan ng malay",
            "malakas na pagdurugo",
        ],
    ),
    (
        "vi",
        &[
            "dau nguc",
            "tuc nguc",
            "dau tim",
            "khong tho duoc",
            "kho tho",
            "tu tu",
            "muon chet",
            "tu sat",
            "qua lieu",
            "dot quy",
            "co giat",
            "bat tinh",
            "chay mau nhieu",
        ],
    ),
    (
        "zh-Hans",
        &[
            "胸痛",
            "胸口痛",
            "心脏病发作",
            "喘不过气",
            "无法呼吸",
            "不能呼吸",
            "自杀",
            "想死",
            "轻生",
            "服药过量",
            "过量服药",
            "中风",
            "抽搐",
            "昏迷",
            "大出血",
        ],
    ),
    (
        "ar",
        &[
            "ألم في الصدر",
            "ألم بالصدر",
            "الم في الصدر",
            "نوبة قلبية",
            "لا أستطيع التنفس",
            "لا استطيع التنفس",
            "ضيق في التنفس",
            "انتحار",
            "أنتحر",
            "انتحر",
            "أقتل نفسي",
            "اقتل نفسي",
            "أريد أن أموت",
            "اريد ان اموت",
            "جرعة زائدة",
            "سكتة دماغية",
            "تشنج",
            "فقدت الوعي",
            "نزيف شديد",
        ],
    ),
];

/// The phrase of any supported language's default list that `text` holds, if one.
pub fn red_flag_in(text: &str) -> Option<&'static str> {
    let folded = fold(text);
    FOLDED.iter().find(|(_, phrase)| holds(&folded, phrase)).map(|(p, _)| *p)
}

/// Every list's phrases with their folded form, folded once.
static FOLDED: std::sync::LazyLock<Vec<(&'static str, String)>> = std::sync::LazyLock::new(|| {
    DEFAULT_RED_FLAGS.iter().flat_map(|(_, phrases)| phrases.iter()).map(|p| (*p, fold(p))).collect()
});

/// Lower case, without accents or other combining marks (Arabic vowel marks too), curly
/// apostrophes straightened, runs of spaces and punctuation between words made one space.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    // Decomposed to drop the marks, then composed again (Hangul syllables stay syllables).
    let bare: String = text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    for c in bare.nfc() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            'đ' | 'Đ' => 'd',
            _ => c,
        };
        if c.is_alphanumeric() || c == '\'' {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Whether `phrase` stands in `text` as whole words (both folded). In scripts written without
/// spaces between words (Chinese), anywhere.
fn holds(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let unspaced = phrase.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    text.match_indices(phrase).any(|(at, _)| {
        if unspaced {
            return true;
        }
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        // Korean endings attach to the word: a phrase may run on into them.
        let hangul = phrase.chars().next_back().is_some_and(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
        before.is_none_or(|c| !c.is_alphanumeric()) && (hangul || after.is_none_or(|c| !c.is_alphanumeric()))
    })
}

#[cfg(test)]
#[path = "red_flags_tests.rs"]
mod tests;
