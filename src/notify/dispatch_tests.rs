//! Unit tests for `dispatch`.

use super::*;

#[test]
fn backoff_grows_is_capped_and_jittered() {
    assert!(backoff(1, false, 1.0) <= SignedDuration::from_secs(60));
    assert!(backoff(3, false, 1.0) <= SignedDuration::from_secs(240));
    assert_eq!(backoff(30, false, 1.0), SignedDuration::from_secs(3600));
    assert_eq!(backoff(30, true, 1.0), SignedDuration::from_secs(4 * 3600));
    assert_eq!(backoff(5, false, 0.0), SignedDuration::from_secs(1), "never zero");
    assert!(backoff(4, false, 0.5) < backoff(4, false, 0.9));
}
