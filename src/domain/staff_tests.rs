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
        clock: ReplyClock::default(),
    }
}

#[test]
fn needs_reply_holds_open_conversations_the_patient_wrote_last_only() {
    let me = StaffId::new();
    assert!(InboxView::NeedsReply.includes(
        &summary(ConversationStatus::Open, "patient", None),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(!InboxView::NeedsReply.includes(
        &summary(ConversationStatus::Open, "staff", None),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(!InboxView::NeedsReply.includes(
        &summary(ConversationStatus::Waiting, "patient", None),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(!InboxView::NeedsReply.includes(
        &summary(ConversationStatus::Closed, "patient", None),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
}

#[test]
fn mine_holds_what_is_assigned_to_me_and_not_closed() {
    let (me, other) = (StaffId::new(), StaffId::new());
    assert!(InboxView::Mine.includes(
        &summary(ConversationStatus::Waiting, "staff", Some(&me)),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(!InboxView::Mine.includes(
        &summary(ConversationStatus::Open, "patient", Some(&other)),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(!InboxView::Mine.includes(
        &summary(ConversationStatus::Closed, "patient", Some(&me)),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(InboxView::AllOpen.includes(
        &summary(ConversationStatus::Waiting, "staff", None),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
    assert!(InboxView::Closed.includes(
        &summary(ConversationStatus::Closed, "staff", None),
        &me,
        &[],
        Timestamp::UNIX_EPOCH
    ));
}

#[test]
fn overdue_holds_conversations_past_their_promised_time_that_are_not_closed() {
    let me = StaffId::new();
    let due = Timestamp::from_second(1_000).unwrap();
    let with_due = |status| {
        let mut s = summary(status, "patient", None);
        s.clock.first_unanswered_at = Some(Timestamp::UNIX_EPOCH);
        s.clock.due_at = Some(due);
        s
    };
    assert!(!InboxView::Overdue.includes(
        &with_due(ConversationStatus::Open),
        &me,
        &[],
        due - jiff::SignedDuration::from_secs(1)
    ));
    assert!(InboxView::Overdue.includes(&with_due(ConversationStatus::Open), &me, &[], due));
    assert!(!InboxView::Overdue.includes(&with_due(ConversationStatus::Closed), &me, &[], due));
    assert!(
        !InboxView::Overdue.includes(&summary(ConversationStatus::Open, "patient", None), &me, &[], due),
        "no clock, never overdue"
    );
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

#[test]
fn my_teams_holds_what_is_with_a_team_i_am_in_and_not_closed() {
    let me = StaffId::new();
    let with_team = |status, team: &str| {
        let mut s = summary(status, "patient", None);
        s.conversation.team_id = Some(team.into());
        s
    };
    let mine = ["team_a".to_string()];
    let now = Timestamp::UNIX_EPOCH;
    assert!(InboxView::MyTeams.includes(&with_team(ConversationStatus::Open, "team_a"), &me, &mine, now));
    assert!(!InboxView::MyTeams.includes(&with_team(ConversationStatus::Open, "team_b"), &me, &mine, now));
    assert!(!InboxView::MyTeams.includes(&with_team(ConversationStatus::Closed, "team_a"), &me, &mine, now));
    assert!(!InboxView::MyTeams.includes(&summary(ConversationStatus::Open, "patient", None), &me, &mine, now));
}
