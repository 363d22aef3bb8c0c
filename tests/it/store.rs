//! The conformance suite: the same storage behaviours on SQLite and PostgreSQL.

use jiff::{SignedDuration, Timestamp};
use portico::domain::*;
use portico::store::*;

fn clinic(name: &str) -> Clinic {
    Clinic::new(
        name.into(),
        Some(Phone::parse("+13125550100").unwrap()),
        TimeZone::parse("America/Chicago").unwrap(),
        Timestamp::now(),
    )
}

fn patient(clinic: &Clinic, phone: Option<&str>, email: Option<&str>) -> Patient {
    let now = Timestamp::now();
    let mut channels = vec![];
    if phone.is_some() {
        channels.push(Channel::Sms);
    }
    if email.is_some() {
        channels.push(Channel::Email);
    }
    Patient {
        birth_date: Some(BirthDate::parse("1990-06-02", jiff::civil::date(2026, 1, 1)).unwrap()),
        phone: phone.map(|p| Phone::parse(p).unwrap()),
        email: email.map(|e| Email::parse(e).unwrap()),
        ..Patient::new(
            clinic.id.clone(),
            PersonName::parse("Nguyễn Thị Lan").unwrap(),
            Locale::parse("vi").unwrap(),
            TimeZone::parse("America/Chicago").unwrap(),
            ChannelList::new(channels).unwrap(),
            now,
        )
    }
}

pub(crate) fn link(p: &Patient, purpose: Purpose, subject: Option<String>, lookup: u8, now: Timestamp) -> Link {
    Link {
        id: LinkId::new(),
        clinic_id: p.clinic_id.clone(),
        patient_id: p.id.clone(),
        purpose,
        subject_id: subject,
        lookup: vec![lookup; 32],
        key_id: 1,
        created_at: now,
        expires_at: now + SignedDuration::from_hours(1),
        consumed_at: None,
        revoked_at: None,
        superseded_at: None,
        code_locator: Some(vec![lookup / 2; 32]),
    }
}

fn new_session(now: Timestamp, seed: u8) -> NewSession {
    NewSession {
        id: SessionId::new(),
        id_hash: vec![seed; 32],
        created_at: now,
        idle_expires_at: now + SignedDuration::from_mins(15),
        expires_at: now + SignedDuration::from_hours(1),
        signed_in_with: AuthMethod::Link,
        stepped_up_with: None,
    }
}

/// Claim for dispatch, as the dispatcher does; the deliveries alone.
async fn claim(store: &DynStore, now: Timestamp, lease_until: Timestamp, limit: i64) -> Vec<Delivery> {
    store.claim_for_dispatch(now, lease_until, limit).await.unwrap().into_iter().map(|c| c.delivery).collect()
}

/// A status report as the webhook applies it, under a receipt key of its own.
async fn report(
    store: &DynStore,
    id: &DeliveryId,
    status: DeliveryStatus,
    sid: Option<&str>,
    at: Timestamp,
) -> Option<(Box<Delivery>, bool)> {
    let key = format!("status:{}:{}", sid.unwrap_or("-"), status.as_str());
    let r = StatusReport { id, status, provider_id: sid, error_code: None };
    match store.report_once(&key, "<Response/>", r, at, at - SignedDuration::from_hours(720)).await.unwrap() {
        ReportOnce::Applied(moved) => moved,
        ReportOnce::Replay(_) => panic!("{key} was new"),
    }
}

async fn setup(store: &DynStore) -> (Clinic, Patient) {
    let c = clinic("Lakeside");
    store.create_clinic(&c, &[7u8; 32], "pk_test").await.unwrap();
    let p = patient(&c, Some("+13125550142"), Some("lan@example.org"));
    store.insert_patient(&p, &p.thread_id).await.unwrap();
    (c, p)
}

crate::store_tests! {
    async fn migrations_can_run_again(store) {
        store.migrate().await.unwrap();
        store.migrate().await.unwrap();
        store.ping().await.unwrap();
    }

    async fn an_api_key_finds_its_clinic_and_only_by_its_hash(store) {
        let (c, _) = setup(&store).await;
        let found = store.clinic_by_api_key(&[7u8; 32]).await.unwrap().unwrap();
        assert_eq!(found.id, c.id);
        assert_eq!(found.name, "Lakeside");
        assert!(store.clinic_by_api_key(&[8u8; 32]).await.unwrap().is_none());
        store.add_api_key(&c.id, &[9u8; 32], "pk_second", Timestamp::now()).await.unwrap();
        assert_eq!(store.clinic_by_api_key(&[9u8; 32]).await.unwrap().unwrap().id, c.id);
        assert_eq!(store.clinic_by_name("Lakeside").await.unwrap().unwrap().id, c.id);
    }

    async fn clinic_names_are_unique(store) {
        setup(&store).await;
        let err = store.create_clinic(&clinic("Lakeside"), &[1u8; 32], "pk_x").await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
        assert!(store.clinic_by_api_key(&[1u8; 32]).await.unwrap().is_none(), "a failed create leaves no key behind");
    }

    async fn a_patient_round_trips_with_contact_points_and_thread(store) {
        let (c, p) = setup(&store).await;
        let got = store.patient(&c.id, &p.id).await.unwrap().unwrap();
        assert_eq!(got.name, p.name);
        assert_eq!(got.phone, p.phone);
        assert_eq!(got.email, p.email);
        assert_eq!(got.language, p.language);
        assert_eq!(got.time_zone, p.time_zone);
        assert_eq!(got.channels, p.channels);
        assert_eq!(got.thread_id, p.thread_id);
        assert_eq!(got.birth_date.map(|d| d.to_string()), Some("1990-06-02".to_string()));
        let t = store.thread(&c.id, &p.thread_id).await.unwrap().unwrap();
        assert_eq!(t.patient_id, p.id);
    }

    async fn one_clinic_never_reads_another_clinics_rows(store) {
        let (c, p) = setup(&store).await;
        let other = clinic("Riverside");
        store.create_clinic(&other, &[3u8; 32], "pk_other").await.unwrap();
        assert!(store.patient(&other.id, &p.id).await.unwrap().is_none());
        assert!(store.thread(&other.id, &p.thread_id).await.unwrap().is_none());
        assert!(store.patients(&other.id).await.unwrap().is_empty());
        assert_eq!(store.patients(&c.id).await.unwrap().len(), 1);
    }

    async fn updating_a_patient_replaces_and_removes_contact_points(store) {
        let (c, mut p) = setup(&store).await;
        p.phone = None;
        p.email = Some(Email::parse("new@example.org").unwrap());
        p.channels = ChannelList::new(vec![Channel::Email]).unwrap();
        p.language = Locale::parse("en").unwrap();
        store.update_patient(&p).await.unwrap();
        let got = store.patient(&c.id, &p.id).await.unwrap().unwrap();
        assert_eq!(got.phone, None);
        assert_eq!(got.email.unwrap().as_str(), "new@example.org");
        assert_eq!(got.language.as_str(), "en");
        assert_eq!(got.channels.to_stored(), "email");
    }

    async fn patients_are_found_by_contact_point_across_clinics(store) {
        let (_, p) = setup(&store).await;
        let other = clinic("Riverside");
        store.create_clinic(&other, &[3u8; 32], "pk_other").await.unwrap();
        let q = patient(&other, Some("+13125550142"), None);
        store.insert_patient(&q, &q.thread_id).await.unwrap();
        let found = store.patients_by_contact(Channel::Sms, "+13125550142", 5).await.unwrap();
        let mut ids: Vec<_> = found.iter().map(|x| x.id.clone()).collect();
        ids.sort();
        let mut want = vec![p.id.clone(), q.id.clone()];
        want.sort();
        assert_eq!(ids, want);
        assert_eq!(store.patients_by_contact(Channel::Email, "lan@example.org", 5).await.unwrap().len(), 1);
        assert!(store.patients_by_contact(Channel::Email, "nobody@example.org", 5).await.unwrap().is_empty());
        assert_eq!(store.patients_by_contact(Channel::Sms, "+13125550142", 1).await.unwrap().len(), 1);
    }

    async fn appointments_round_trip_and_update(store) {
        let (c, p) = setup(&store).await;
        let now = Timestamp::now();
        let mut a = Appointment {
            id: AppointmentId::new(),
            clinic_id: c.id.clone(),
            patient_id: p.id.clone(),
            starts_at: now + SignedDuration::from_hours(30),
            duration_minutes: 30,
            location: Some(ShortText::parse("Suite <300>").unwrap()),
            provider: None,
            bring: None,
            status: AppointmentStatus::Scheduled,
            cancel_reason: None,
            reminders: None,
            created_at: now,
            updated_at: now,
        };
        store.insert_appointment(&a, &[], None, None).await.unwrap();
        a.status = AppointmentStatus::Cancelled;
        a.cancel_reason = Some(ShortText::parse("feeling better").unwrap());
        store.update_appointment(&a, &AppointmentChange::default()).await.unwrap();
        let got = store.appointment(&c.id, &a.id).await.unwrap().unwrap();
        assert_eq!(got.status, AppointmentStatus::Cancelled);
        assert_eq!(got.location.unwrap().as_str(), "Suite <300>");
        assert_eq!(got.starts_at.as_millisecond(), a.starts_at.as_millisecond());
        assert_eq!(store.appointments_for(&c.id, &p.id).await.unwrap().len(), 1);
    }

    async fn an_appointment_for_a_missing_patient_is_refused(store) {
        let (c, _) = setup(&store).await;
        let now = Timestamp::now();
        let a = Appointment {
            id: AppointmentId::new(),
            clinic_id: c.id.clone(),
            patient_id: PatientId::new(),
            starts_at: now,
            duration_minutes: 30,
            location: None,
            provider: None,
            bring: None,
            status: AppointmentStatus::Scheduled,
            cancel_reason: None,
            reminders: None,
            created_at: now,
            updated_at: now,
        };
        assert!(matches!(store.insert_appointment(&a, &[], None, None).await, Err(StoreError::Conflict(_))));
    }

    async fn a_link_is_consumed_once_and_starts_one_session(store) {
        let (_, p) = setup(&store).await;
        let now = Timestamp::now();
        let l = link(&p, Purpose::SignIn, None, 1, now);
        store.insert_link(&l).await.unwrap();
        match store.consume_link(&l.lookup, now, &new_session(now, 1)).await.unwrap() {
            Consume::Consumed(got) => assert_eq!(got.id, l.id),
            other => panic!("{other:?}"),
        }
        match store.consume_link(&l.lookup, now, &new_session(now, 2)).await.unwrap() {
            Consume::Refused(_, LinkRefusal::Used) => {}
            other => panic!("{other:?}"),
        }
        assert_eq!(store.live_sessions(&p.id, now).await.unwrap(), 1);
        let s = store.session(&[1u8; 32]).await.unwrap().unwrap();
        assert_eq!(s.patient_id, p.id);
        assert_eq!(s.link_id, Some(l.id.clone()));
        assert!(store.session(&[2u8; 32]).await.unwrap().is_none());
    }

    async fn a_code_try_counts_against_the_live_links_filed_under_its_locator_and_key_only(store) {
        let (_, p) = setup(&store).await;
        let now = Timestamp::now();
        let filed = |l: Link| Link { code_locator: Some(vec![5; 32]), ..l };
        let live = link(&p, Purpose::SignIn, None, 10, now);
        let twin = filed(link(&p, Purpose::Settings, None, 11, now));
        let used = filed(link(&p, Purpose::Thread, Some("thr_x".into()), 12, now));
        let other_key = Link { key_id: 2, ..filed(link(&p, Purpose::Refill, Some("ref_x".into()), 13, now)) };
        let elsewhere = link(&p, Purpose::Appointment, Some("apt_x".into()), 20, now);
        for l in [&live, &twin, &used, &other_key, &elsewhere] {
            store.insert_link(l).await.unwrap();
        }
        assert!(matches!(store.consume_link(&used.lookup, now, &new_session(now, 1)).await.unwrap(), Consume::Consumed(_)));
        let ids = |v: Vec<LinkId>| { let mut v: Vec<String> = v.into_iter().map(|i| i.to_string()).collect(); v.sort(); v };
        for want in 1..=3 {
            let tried = store.try_link_code(&[5; 32], 1, now).await.unwrap();
            assert_eq!(ids(tried.iter().map(|(l, _)| l.id.clone()).collect()), ids(vec![live.id.clone(), twin.id.clone()]));
            assert!(tried.iter().all(|(l, n)| *n == want && l.code_locator.as_deref() == Some(&[5u8; 32][..])), "{tried:?}");
        }
        let other = store.try_link_code(&[5; 32], 2, now).await.unwrap();
        assert_eq!(other.iter().map(|(l, n)| (l.id.clone(), *n)).collect::<Vec<_>>(), vec![(other_key.id.clone(), 1)], "another key's links count apart");
        assert_eq!(store.try_link_code(&[10; 32], 1, now).await.unwrap().len(), 1, "another locator's link counts apart");
        // Once they expire nothing is tried, and they are still found, to say why a code fails.
        let later = now + SignedDuration::from_hours(2);
        assert!(store.try_link_code(&[5; 32], 1, later).await.unwrap().is_empty());
        let dead = store.links_by_code(&[5; 32], 1, later - SignedDuration::from_hours(24 * 30), 10).await.unwrap();
        assert_eq!(ids(dead.into_iter().map(|l| l.id).collect()), ids(vec![live.id.clone(), twin.id.clone(), used.id.clone()]));
        assert!(store.links_by_code(&[5; 32], 1, later, 10).await.unwrap().is_empty(), "none expires after then");
        assert_eq!(store.links_by_code(&[5; 32], 1, now - SignedDuration::from_hours(1), 2).await.unwrap().len(), 2, "at most the limit");
    }

    async fn concurrent_consumes_of_one_link_have_one_winner(store) {
        let (_, p) = setup(&store).await;
        let now = Timestamp::now();
        let l = link(&p, Purpose::SignIn, None, 1, now);
        store.insert_link(&l).await.unwrap();
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..50u8 {
            let store = store.clone();
            let lookup = l.lookup.clone();
            tasks.spawn(async move { store.consume_link(&lookup, now, &new_session(now, i + 10)).await.unwrap() });
        }
        let mut won = 0;
        while let Some(r) = tasks.join_next().await {
            if let Consume::Consumed(_) = r.unwrap() {
                won += 1;
            }
        }
        assert_eq!(won, 1);
        assert_eq!(store.live_sessions(&p.id, now).await.unwrap(), 1);
    }

    async fn expired_revoked_and_superseded_links_are_refused_with_their_reason(store) {
        let (c, p) = setup(&store).await;
        let now = Timestamp::now();
        let expired = link(&p, Purpose::SignIn, None, 1, now);
        store.insert_link(&expired).await.unwrap();
        let later = expired.expires_at + SignedDuration::from_secs(1);
        assert!(matches!(store.consume_link(&expired.lookup, later, &new_session(now, 1)).await.unwrap(), Consume::Refused(_, LinkRefusal::Expired)));
        // Exactly at expiry is too late as well.
        assert!(matches!(store.consume_link(&expired.lookup, expired.expires_at, &new_session(now, 1)).await.unwrap(), Consume::Refused(_, LinkRefusal::Expired)));

        let revoked = link(&p, Purpose::Thread, Some(p.thread_id.to_string()), 2, now);
        store.insert_link(&revoked).await.unwrap();
        assert!(store.revoke_link(&c.id, &revoked.id, now).await.unwrap());
        assert!(!store.revoke_link(&c.id, &revoked.id, now).await.unwrap(), "revoking twice changes nothing");
        assert!(matches!(store.consume_link(&revoked.lookup, now, &new_session(now, 2)).await.unwrap(), Consume::Refused(_, LinkRefusal::Revoked)));

        let first = link(&p, Purpose::Appointment, Some("apt_X".into()), 3, now);
        store.insert_link(&first).await.unwrap();
        let second = link(&p, Purpose::Appointment, Some("apt_X".into()), 4, now);
        store.insert_link(&second).await.unwrap();
        let other_subject = link(&p, Purpose::Appointment, Some("apt_Y".into()), 5, now);
        store.insert_link(&other_subject).await.unwrap();
        assert!(matches!(store.consume_link(&first.lookup, now, &new_session(now, 3)).await.unwrap(), Consume::Refused(_, LinkRefusal::Superseded)));
        assert!(matches!(store.consume_link(&second.lookup, now, &new_session(now, 4)).await.unwrap(), Consume::Consumed(_)));
        assert!(matches!(store.consume_link(&other_subject.lookup, now, &new_session(now, 5)).await.unwrap(), Consume::Consumed(_)));
        assert!(matches!(store.consume_link(&[99u8; 32], now, &new_session(now, 6)).await.unwrap(), Consume::NotFound));
        assert_eq!(store.live_sessions(&p.id, now).await.unwrap(), 2);
    }

    async fn a_link_is_found_by_lookup_with_clinic_and_language(store) {
        let (c, p) = setup(&store).await;
        let now = Timestamp::now();
        let l = link(&p, Purpose::SignIn, None, 1, now);
        store.insert_link(&l).await.unwrap();
        let v = store.link_by_lookup(&l.lookup).await.unwrap().unwrap();
        assert_eq!(v.link.id, l.id);
        assert_eq!(v.clinic_name, c.name);
        assert_eq!(v.language.as_str(), "vi");
        assert!(store.link_by_lookup(&[42u8; 32]).await.unwrap().is_none());
        assert!(store.link(&c.id, &l.id).await.unwrap().is_some());
    }

    async fn sessions_idle_out_extend_on_touch_and_end(store) {
        let (_, p) = setup(&store).await;
        let now = Timestamp::now();
        let l = link(&p, Purpose::SignIn, None, 1, now);
        store.insert_link(&l).await.unwrap();
        store.consume_link(&l.lookup, now, &new_session(now, 1)).await.unwrap();
        let later = now + SignedDuration::from_mins(10);
        store.touch_session(&[1u8; 32], later).await.unwrap();
        let s = store.session(&[1u8; 32]).await.unwrap().unwrap();
        assert_eq!(s.idle_expires_at.as_millisecond(), (later + SignedDuration::from_mins(15)).as_millisecond());
        assert_eq!(s.expires_at.as_millisecond(), (now + SignedDuration::from_hours(1)).as_millisecond(), "the absolute limit never moves");
        assert_eq!(store.live_sessions(&p.id, later + SignedDuration::from_mins(16)).await.unwrap(), 0);
        store.end_session(&[1u8; 32], later).await.unwrap();
        assert!(store.session(&[1u8; 32]).await.unwrap().unwrap().ended_at.is_some());
        assert_eq!(store.live_sessions(&p.id, later).await.unwrap(), 0);
    }

    async fn idempotency_keys_replay_refuse_mismatches_and_expire_abandoned_reservations(store) {
        let (c, _) = setup(&store).await;
        let now = Timestamp::now();
        assert_eq!(store.idempotency_begin(&c.id, "k1", b"hash-a", now).await.unwrap(), IdempotencyBegin::Fresh);
        assert_eq!(store.idempotency_begin(&c.id, "k1", b"hash-a", now).await.unwrap(), IdempotencyBegin::InProgress);
        store.idempotency_finish(&c.id, "k1", 201, b"{\"id\":1}").await.unwrap();
        assert_eq!(
            store.idempotency_begin(&c.id, "k1", b"hash-a", now).await.unwrap(),
            IdempotencyBegin::Replay { status: 201, body: b"{\"id\":1}".to_vec() }
        );
        assert_eq!(store.idempotency_begin(&c.id, "k1", b"hash-b", now).await.unwrap(), IdempotencyBegin::Mismatch);
        // Keys are per clinic.
        let other = clinic("Riverside");
        store.create_clinic(&other, &[3u8; 32], "pk_other").await.unwrap();
        assert_eq!(store.idempotency_begin(&other.id, "k1", b"hash-b", now).await.unwrap(), IdempotencyBegin::Fresh);
        // An abandoned reservation frees the key; a stale one stops blocking.
        assert_eq!(store.idempotency_begin(&c.id, "k2", b"h", now).await.unwrap(), IdempotencyBegin::Fresh);
        store.idempotency_abandon(&c.id, "k2").await.unwrap();
        assert_eq!(store.idempotency_begin(&c.id, "k2", b"h", now).await.unwrap(), IdempotencyBegin::Fresh);
        let later = now + SignedDuration::from_mins(2);
        assert_eq!(store.idempotency_begin(&c.id, "k2", b"h", later).await.unwrap(), IdempotencyBegin::Fresh);
    }

    async fn rate_hits_count_within_the_window(store) {
        let now = Timestamp::now();
        let hour = SignedDuration::from_hours(1);
        for i in 1..=3 {
            assert_eq!(store.rate_hit("b", now, now - hour).await.unwrap(), i);
        }
        assert_eq!(store.rate_hit("other", now, now - hour).await.unwrap(), 1);
        let later = now + hour + SignedDuration::from_secs(1);
        assert_eq!(store.rate_hit("b", later, later - hour).await.unwrap(), 1, "old hits fall out of the window");
    }

    async fn the_dev_outbox_keeps_order(store) {
        let now = Timestamp::now();
        for i in 0..3 {
            store
                .dev_outbox_push(&OutboxMessage {
                    channel: "sms".into(),
                    to: "+13125550142".into(),
                    subject: None,
                    body: format!("message {i}"),
                    created_at: now,
                    clinic_id: None,
                    patient_id: None,
                })
                .await
                .unwrap();
        }
        let got = store.dev_outbox().await.unwrap();
        assert_eq!(got.iter().map(|m| m.body.as_str()).collect::<Vec<_>>(), ["message 0", "message 1", "message 2"]);
    }

    async fn audit_events_are_kept_per_clinic_newest_first(store) {
        let (c, _) = setup(&store).await;
        let now = Timestamp::now();
        store.record_audit(&AuditEvent::new(now, Some(&c.id), Actor::System, "first")).await.unwrap();
        store.record_audit(&AuditEvent::new(now + SignedDuration::from_secs(1), Some(&c.id), Actor::System, "second").subject("x").detail("d")).await.unwrap();
        store.record_audit(&AuditEvent::new(now, None, Actor::Anonymous, "elsewhere")).await.unwrap();
        let got = store.audit_events(Some(&c.id), 10).await.unwrap();
        assert_eq!(got.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["second", "first"]);
        assert_eq!(got[0].subject.as_deref(), Some("x"));
        assert_eq!(store.audit_events(None, 10).await.unwrap().len(), 3);
    }

    async fn deliveries_are_claimed_once_and_reports_only_move_them_forward(store) {
        let (c, p) = setup(&store).await;
        let now = Timestamp::now();
        let due = Delivery::new(&p, DeliveryPurpose::Reminder, Channel::Sms, now, now);
        let later = Delivery::new(&p, DeliveryPurpose::Reminder, Channel::Sms, now + SignedDuration::from_hours(1), now);
        let lost = Delivery::new(&p, DeliveryPurpose::Link, Channel::Sms, now, now);
        store.insert_deliveries(&[due.clone(), later.clone(), lost.clone()]).await.unwrap();
        let lease = now + SignedDuration::from_secs(60);
        let claimed = claim(&store, now, lease, 10).await;
        assert_eq!(claimed.len(), 2, "only what is due");
        assert!(claimed.iter().all(|d| d.status == DeliveryStatus::Sending && d.attempts == 1));
        assert!(claim(&store, now, lease, 10).await.is_empty(), "a leased row is not claimed twice");
        // An expired lease makes the row claimable again.
        let after = lease + SignedDuration::from_secs(1);
        let again = claim(&store, after, after + SignedDuration::from_secs(60), 10).await;
        assert_eq!(again.len(), 2);
        assert!(again.iter().all(|d| d.attempts == 2));
        let outcome = DeliveryOutcome {
            status: DeliveryStatus::Queued,
            due_at: None,
            provider_id: Some("SM1".into()),
            error_code: None,
            segments: Some(1),
            at: after,
            refund_attempt: false,
        };
        let claim_of = |id: &DeliveryId| again.iter().find(|d| d.id == *id).unwrap().claim;
        assert!(store.finish_delivery(&due.id, claim_of(&due.id), &outcome).await.unwrap());
        let (d, moved) = report(&store, &due.id, DeliveryStatus::Delivered, Some("SM1"), after).await.unwrap();
        assert!(moved && d.status == DeliveryStatus::Delivered && d.delivered_at.is_some());
        let (d, moved) = report(&store, &due.id, DeliveryStatus::Sent, Some("SM1"), after).await.unwrap();
        assert!(!moved && d.status == DeliveryStatus::Delivered, "a late report does not move it back");
        // The provider took one whose answer was lost (now waiting to retry): the report settles it.
        let retry = DeliveryOutcome { status: DeliveryStatus::Pending, due_at: Some(after + SignedDuration::from_mins(5)), provider_id: None, error_code: Some("timeout".into()), segments: None, at: after, refund_attempt: false };
        assert!(store.finish_delivery(&lost.id, claim_of(&lost.id), &retry).await.unwrap());
        let (d, moved) = report(&store, &lost.id, DeliveryStatus::Sent, Some("SM2"), after).await.unwrap();
        assert!(moved && d.status == DeliveryStatus::Sent && d.provider_id.as_deref() == Some("SM2"));
        let much_later = after + SignedDuration::from_hours(2);
        let left = claim(&store, much_later, much_later + SignedDuration::from_secs(60), 10).await;
        assert_eq!(left.iter().map(|d| d.id.clone()).collect::<Vec<_>>(), vec![later.id.clone()], "no resend of what the provider took");
        assert!(report(&store, &DeliveryId::new(), DeliveryStatus::Sent, None, after).await.is_none());
        assert_eq!(store.deliveries_for(&c.id, &p.id, 10).await.unwrap().len(), 3);
        assert_eq!(store.delivery(&c.id, &due.id).await.unwrap().unwrap().provider_id.as_deref(), Some("SM1"));
    }

    async fn a_claim_whose_lease_ran_out_records_nothing_over_the_next_claim(store) {
        let (c, p) = setup(&store).await;
        let now = Timestamp::now();
        let d = Delivery::new(&p, DeliveryPurpose::Reminder, Channel::Sms, now, now);
        store.insert_deliveries(std::slice::from_ref(&d)).await.unwrap();
        let first = claim(&store, now, now + SignedDuration::from_secs(1), 10).await.remove(0);
        // The first dispatcher keeps its lease while it holds the claim.
        assert!(store.extend_lease(&d.id, first.claim, now + SignedDuration::from_secs(2)).await.unwrap());
        let later = now + SignedDuration::from_secs(5);
        let second = claim(&store, later, later + SignedDuration::from_secs(60), 10).await.remove(0);
        assert!(second.claim > first.claim, "each claim has a new token");
        let outcome = |sid: &str| DeliveryOutcome {
            status: DeliveryStatus::Queued,
            due_at: None,
            provider_id: Some(sid.into()),
            error_code: None,
            segments: Some(1),
            at: later,
            refund_attempt: false,
        };
        assert!(!store.extend_lease(&d.id, first.claim, later + SignedDuration::from_secs(60)).await.unwrap(), "a lost claim cannot be kept alive");
        assert!(!store.finish_delivery(&d.id, first.claim, &outcome("SM-late")).await.unwrap(), "the fence refuses the first claim");
        let row = store.delivery(&c.id, &d.id).await.unwrap().unwrap();
        assert_eq!(row.status, DeliveryStatus::Sending, "the second claim still owns it");
        assert!(store.finish_delivery(&d.id, second.claim, &outcome("SM-2")).await.unwrap());
        let row = store.delivery(&c.id, &d.id).await.unwrap().unwrap();
        assert_eq!((row.status, row.provider_id.as_deref()), (DeliveryStatus::Queued, Some("SM-2")));
        assert!(!store.finish_delivery(&d.id, first.claim, &outcome("SM-late")).await.unwrap(), "and nothing overwrites it later");
        assert_eq!(store.delivery(&c.id, &d.id).await.unwrap().unwrap().provider_id.as_deref(), Some("SM-2"));
    }

    async fn the_care_team_is_kept_per_clinic(store) {
        let (c, _) = setup(&store).await;
        store
            .insert_staff(&StaffMember {
                id: StaffId::new(),
                clinic_id: c.id.clone(),
                name: PersonName::parse("Grace Kim").unwrap(),
                role: StaffRole::Nurse,
                email: Some(Email::parse("gkim@example.org").unwrap()),
                language: None,
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
        let team = store.staff(&c.id).await.unwrap();
        assert_eq!(team.len(), 1);
        assert_eq!(team[0].role, "nurse");
    }

    async fn a_webhook_key_is_claimed_once_and_keeps_its_first_answer(store) {
        let now = Timestamp::now();
        let (stale, forget) = (now - SignedDuration::from_secs(60), now - SignedDuration::from_hours(24));
        assert_eq!(store.webhook_begin("sms:SM1", now, stale, forget).await.unwrap(), WebhookBegin::Fresh);
        assert_eq!(store.webhook_begin("sms:SM1", now, stale, forget).await.unwrap(), WebhookBegin::InProgress);
        store.webhook_finish("sms:SM1", "<Response/>").await.unwrap();
        assert_eq!(store.webhook_begin("sms:SM1", now, stale, forget).await.unwrap(), WebhookBegin::Replay("<Response/>".into()));
        // A failed first attempt leaves nothing behind: the retry acts.
        assert_eq!(store.webhook_begin("sms:SM2", now, stale, forget).await.unwrap(), WebhookBegin::Fresh);
        store.webhook_abandon("sms:SM2").await.unwrap();
        assert_eq!(store.webhook_begin("sms:SM2", now, stale, forget).await.unwrap(), WebhookBegin::Fresh);
        // A claim whose process died stops blocking; old receipts are forgotten.
        let later = now + SignedDuration::from_secs(61);
        let (stale, forget) = (later - SignedDuration::from_secs(60), later - SignedDuration::from_hours(24));
        assert_eq!(store.webhook_begin("sms:SM2", later, stale, forget).await.unwrap(), WebhookBegin::Fresh);
        let much_later = now + SignedDuration::from_hours(25);
        let forget = much_later - SignedDuration::from_hours(24);
        assert_eq!(store.webhook_begin("sms:SM1", much_later, much_later, forget).await.unwrap(), WebhookBegin::Fresh);
    }

    async fn sampled_audit_events_share_one_row_per_key_and_count(store) {
        let now = Timestamp::now();
        for _ in 0..3 {
            store.record_audit(&AuditEvent::new(now, None, Actor::Anonymous, "link.refused").sampled("192.0.2.1")).await.unwrap();
        }
        store.record_audit(&AuditEvent::new(now, None, Actor::Anonymous, "link.refused").sampled("192.0.2.2")).await.unwrap();
        store.record_audit(&AuditEvent::new(now, None, Actor::Anonymous, "link.refused")).await.unwrap();
        let mut got: Vec<_> = store.audit_events(None, 10).await.unwrap().into_iter().map(|e| (e.source, e.count)).collect();
        got.sort();
        assert_eq!(got, [(None, 1), (Some("192.0.2.1".into()), 3), (Some("192.0.2.2".into()), 1)]);
    }
}
