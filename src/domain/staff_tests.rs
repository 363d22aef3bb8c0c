use super::*;

fn summary(status: ConversationStatus, last_author: &str, assignee: Option<&StaffId>) -> ConversationSummary {
    let now = Timestamp::UNIX_EPOCH;
    let mut conversation = Conversation::fresh(&ThreadId::new(), &ClinicId::new(), now);
    conversation.status = status;
    conversation.assignee_id = assignee.cloned();
    ConversationSummary {
        conversation,
        patient_id: PatientId::new(),
        patient_name: "Maria".into(),
        last_author: last_author.into(),
        last_at: now,
    }
}

#[test]
fn needs_reply_holds_open_conversations_the_patient_wrote_last_only() {
    let me = StaffId::new();
    assert!(InboxView::NeedsReply.includes(&summary(ConversationStatus::Open, "patient", None), &me));
    assert!(!InboxView::NeedsReply.includes(&summary(ConversationStatus::Open, "staff", None), &me));
    assert!(!InboxView::NeedsReply.includes(&summary(ConversationStatus::Waiting, "patient", None), &me));
    assert!(!InboxView::NeedsReply.includes(&summary(ConversationStatus::Closed, "patient", None), &me));
}

#[test]
fn mine_holds_what_is_assigned_to_me_and_not_closed() {
    let (me, other) = (StaffId::new(), StaffId::new());
    assert!(InboxView::Mine.includes(&summary(ConversationStatus::Waiting, "staff", Some(&me)), &me));
    assert!(!InboxView::Mine.includes(&summary(ConversationStatus::Open, "patient", Some(&other)), &me));
    assert!(!InboxView::Mine.includes(&summary(ConversationStatus::Closed, "patient", Some(&me)), &me));
    assert!(InboxView::AllOpen.includes(&summary(ConversationStatus::Waiting, "staff", None), &me));
    assert!(InboxView::Closed.includes(&summary(ConversationStatus::Closed, "staff", None), &me));
}

#[test]
fn views_and_statuses_read_back_what_they_write() {
    for v in InboxView::ALL {
        assert_eq!(InboxView::parse(v.as_str()), Ok(v));
    }
    for s in [ConversationStatus::Open, ConversationStatus::Waiting, ConversationStatus::Closed] {
        assert_eq!(ConversationStatus::parse(s.as_str()), Ok(s));
    }
    assert!(InboxView::parse("everything").is_err());
    assert!(StaffTokenKind::parse("other").is_err());
}

#[test]
fn a_staff_session_ends_when_idle_past_its_limit_or_ended() {
    let start = Timestamp::UNIX_EPOCH;
    let s = StaffSession {
        id: SessionId::new(),
        staff_id: StaffId::new(),
        clinic_id: ClinicId::new(),
        created_at: start,
        last_seen_at: start,
        idle_expires_at: start + STAFF_SESSION_IDLE,
        expires_at: start + STAFF_SESSION_ABSOLUTE,
        ended_at: None,
    };
    assert!(s.live_at(start + SignedDuration::from_mins(29)));
    assert!(!s.live_at(start + STAFF_SESSION_IDLE));
    let ended = StaffSession { ended_at: Some(start), ..s };
    assert!(!ended.live_at(start));
}
