use super::*;

#[test]
fn the_progress_line_gives_the_rate_the_share_of_the_file_and_the_time_left() {
    assert_eq!(line(12_000, Duration::from_secs(3), 250, Some(1000)), "12,000 entries · 4000/s · 25 % · 0:09 left");
    assert_eq!(line(999, Duration::from_secs(1), 10, None), "999 entries · 999/s", "no size, no share");
    assert_eq!(thousands(1_234_567), "1,234,567");
}
