//! Unit tests for `inbound`.

use super::*;

/// Words carriers take as an opt-out, in any case (Twilio's list): no reply word Portico
/// names or understands as confirm or cancel may be one of them.
const CARRIER_OPT_OUT: &[&str] = &["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"];

#[test]
fn reply_words_are_understood() {
    for w in ["STOP", "stop", " Stopall ", "UNSUBSCRIBE", "cancel", "END", "quit"] {
        assert_eq!(classify(w), Reply::Stop, "{w}");
    }
    for w in ["C", "1", "YES", "SI", "SÍ", "sí", "Confirm"] {
        assert!(matches!(classify(w), Reply::Confirm | Reply::Start), "{w}");
    }
    for w in ["X", "2", "NO", "CANCELAR"] {
        assert_eq!(classify(w), Reply::Cancel, "{w}");
    }
    assert_eq!(classify("HELP"), Reply::Help);
    assert_eq!(classify("can I come at 3 instead?"), Reply::Other);
}

#[test]
fn no_locale_confirms_or_cancels_with_a_word_carriers_take_as_opt_out() {
    let opt_out: Vec<String> = CARRIER_OPT_OUT.iter().map(|w| fold(w)).collect();
    for lang in Lang::all() {
        let code = lang.code();
        for id in ["inbound-confirm", "inbound-cancel", "reply-word-confirm", "reply-word-cancel"] {
            let words = lang.words(id);
            assert!(!words.is_empty(), "{code}: {id} is empty");
            for w in words {
                assert!(!opt_out.contains(&w), "{code}: {id} has {w:?}, which carriers read as STOP");
            }
        }
    }
}

#[test]
fn the_reply_words_reminders_name_are_the_ones_replies_are_read_by() {
    for lang in Lang::all() {
        let code = lang.code();
        let (yes, no) = (lang.t("reply-word-confirm"), lang.t("reply-word-cancel"));
        assert_eq!(classify(&yes), Reply::Confirm, "{code}: {yes}");
        assert_eq!(classify(&no), Reply::Cancel, "{code}: {no}");
    }
}
