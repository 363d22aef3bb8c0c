//! Unit tests for the calendar file's text rules.

use super::*;

#[test]
fn calendar_text_escapes_separators_and_drops_controls() {
    assert_eq!(ics_text("Suite 3; Floor 2, Room \\1\n"), "Suite 3\\; Floor 2\\, Room \\\\1");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let line = format!("SUMMARY;LANGUAGE=vi:{}", "Lịch hẹn tại Phòng khám Gia đình Lakeside ".repeat(4));
    let folded = fold(&line);
    for part in folded.split("\r\n") {
        assert!(part.len() <= 75, "{} octets: {part:?}", part.len());
    }
    assert!(folded.contains("\r\n "), "long enough to fold: {folded:?}");
    assert_eq!(folded.replace("\r\n ", ""), line, "unfolding gives the line back");
    assert_eq!(fold("DTSTART:20301201T153000Z"), "DTSTART:20301201T153000Z", "short lines stay as they are");
}
