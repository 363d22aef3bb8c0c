//! Unit tests for `webhooks`.

use super::*;

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
