use super::*;

/// Every action the patient pages, the caregiver pages and a text from the patient's phone
/// record for a patient.
const PATIENT_ACTIONS: &[&str] = &[
    "link.redeemed",
    "link.code_used",
    "link.renewed",
    "step_up.code_sent",
    "step_up.passed",
    "step_up.failed",
    "passkey.signed_in",
    "passkey.registered",
    "passkey.renamed",
    "passkey.removed",
    "passkey.refused",
    "passkey.possible_clone",
    "appointment.confirmed",
    "appointment.cancelled",
    "appointment.reschedule_requested",
    "message.received",
    "message.red_flag",
    "refill.requested",
    "refill.visit_requested",
    "patient.settings",
    "contact.change_started",
    "contact.changed",
    "contact.opted_out",
    "contact.opted_in",
    "patient.unsubscribed",
    "grant.invited",
    "grant.revoked",
    "grant.accepted",
    "grant.appointments_viewed",
    "grant.messages_viewed",
    "grant.refills_viewed",
    "grant.message_sent",
    "grant_link.opened",
    "grant_link.refused",
    "messages.viewed",
    "refills.viewed",
];

#[test]
fn every_action_recorded_for_a_patient_has_its_own_words_in_every_language() {
    for t in Lang::all() {
        let other = t.t("activity-other");
        for action in PATIENT_ACTIONS {
            let words = what(t, action);
            assert_ne!(words, other, "{action} in {}", t.code());
            let id = format!("activity-{}", action.replace(['.', '_'], "-"));
            assert!(t.has(&id), "{id} missing in {}", t.code());
        }
    }
}

#[test]
fn an_action_without_words_of_its_own_reads_as_used_your_record() {
    assert_eq!(what(Lang::EN, "something.new"), "Used your record");
}

#[test]
fn each_way_of_proving_who_one_is_has_words_and_an_unknown_one_none() {
    for auth in ["link", "code", "passkey", "link+code", "link+birth_date", "code+birth_date", "sms"] {
        assert!(how(Lang::EN, Some(auth)).is_some(), "{auth}");
    }
    assert_eq!(how(Lang::EN, Some("link+code")).as_deref(), Some("with the link we sent and a code"));
    assert_eq!(how(Lang::EN, Some("telepathy")), None);
    assert_eq!(how(Lang::EN, None), None);
}
