//! Unit tests for `lang`.

use super::local_path;

#[test]
fn only_local_paths_come_back() {
    assert_eq!(local_path("/p/appointments/apt_1"), "/p/appointments/apt_1");
    assert_eq!(local_path("/l/abc?x=1"), "/l/abc?x=1");
    for bad in ["//evil.example", "/\\evil.example", "https://evil.example", "", "p", "/a\nb"] {
        assert_eq!(local_path(bad), "/p", "{bad:?}");
    }
}
