//! The dispatcher's batch calls (`DispatchStore`), the same on SQLite and PostgreSQL: the claim
//! with what deciding reads, a batch's links, a batch's outcomes.

use jiff::{SignedDuration, Timestamp};
use portico::domain::*;
use portico::store::*;

fn patient(clinic: &Clinic, phone: &str, now: Timestamp) -> Patient {
    Patient {
        birth_date: Some(BirthDate::parse("1990-06-02", jiff::civil::date(2026, 1, 1)).unwrap()),
        phone: Some(Phone::parse(phone).unwrap()),
        ..Patient::new(
            clinic.id.clone(),
            PersonName::parse("Ana Ruiz").unwrap(),
            Locale::parse("es").unwrap(),
            TimeZone::parse("America/Chicago").unwrap(),
            ChannelList::new(vec![Channel::Sms]).unwrap(),
            now,
        )
    }
}

async fn clinic_with(store: &DynStore, phones: &[&str], now: Timestamp) -> (Clinic, Vec<Patient>) {
    let c = Clinic::new("Lakeside".into(), None, TimeZone::parse("America/Chicago").unwrap(), now);
    store.create_clinic(&c, &[9u8; 32], "pk_batch").await.unwrap();
    let mut patients = vec![];
    for phone in phones {
        let p = patient(&c, phone, now);
        store.insert_patient(&p, &p.thread_id).await.unwrap();
        patients.push(p);
    }
    (c, patients)
}

fn reminder(p: &Patient, due: Timestamp, now: Timestamp) -> Delivery {
    Delivery::new(p, DeliveryPurpose::Reminder, Channel::Sms, due, now)
}

fn queued(at: Timestamp) -> DeliveryOutcome {
    DeliveryOutcome {
        status: DeliveryStatus::Queued,
        due_at: None,
        provider_id: Some("SM1".into()),
        error_code: None,
        segments: Some(1),
        at,
        refund_attempt: false,
    }
}

fn link(p: &Patient, subject: &str, lookup: u8, now: Timestamp) -> Link {
    crate::store::link(p, Purpose::Appointment, Some(subject.into()), lookup, now)
}

crate::store_tests! {
    async fn a_claim_for_dispatch_reads_each_clinic_patient_recent_send_and_household_hint(store) {
        let now = Timestamp::now();
        // Ana and Luis share a phone; Marta has her own.
        let (c, ps) = clinic_with(&store, &["+13125550171", "+13125550171", "+13125550172"], now).await;
        let (ana, luis, marta) = (&ps[0], &ps[1], &ps[2]);
        let sent_at = now - SignedDuration::from_hours(3);
        let mut earlier = reminder(marta, sent_at, sent_at);
        earlier.status = DeliveryStatus::Sent;
        earlier.sent_at = Some(sent_at);
        let (for_ana, for_marta) = (reminder(ana, now, now), reminder(marta, now, now));
        // Luis's is not due yet, but within the hour: one SMS could carry both.
        let for_luis = reminder(luis, now + SignedDuration::from_mins(30), now);
        store.insert_deliveries(&[earlier, for_ana.clone(), for_marta.clone(), for_luis]).await.unwrap();
        let mut claimed = store.claim_for_dispatch(now, now + SignedDuration::from_secs(60), 10).await.unwrap();
        claimed.sort_by_key(|x| x.delivery.id != for_ana.id);
        assert_eq!(claimed.iter().map(|x| x.delivery.id.clone()).collect::<Vec<_>>(), [for_ana.id.clone(), for_marta.id.clone()]);
        let (a, m) = (&claimed[0], &claimed[1]);
        assert_eq!(a.delivery.status, DeliveryStatus::Sending);
        assert_eq!(a.clinic.as_ref().map(|x| &x.id), Some(&c.id));
        assert_eq!(a.patient.as_ref().map(|x| &x.id), Some(&ana.id));
        assert_eq!(m.patient.as_ref().and_then(|x| x.phone.clone()), marta.phone);
        assert!(a.appointment.is_none());
        assert!(a.household, "Luis's reminder on the same phone is due within the hour");
        assert!(!m.household, "nobody else is on Marta's phone");
        assert!(a.recent_sends.is_empty());
        assert_eq!(m.recent_sends.iter().map(|t| t.as_millisecond()).collect::<Vec<_>>(), [sent_at.as_millisecond()]);
    }

    async fn a_claim_for_dispatch_skips_a_patient_with_a_delivery_in_flight_until_it_is_recorded(store) {
        let now = Timestamp::now();
        let (_, ps) = clinic_with(&store, &["+13125550173"], now).await;
        let first = reminder(&ps[0], now, now);
        store.insert_deliveries(std::slice::from_ref(&first)).await.unwrap();
        let lease = now + SignedDuration::from_secs(60);
        let taken = store.claim_for_dispatch(now, lease, 10).await.unwrap().remove(0);
        let second = reminder(&ps[0], now, now);
        store.insert_deliveries(std::slice::from_ref(&second)).await.unwrap();
        assert!(store.claim_for_dispatch(now, lease, 10).await.unwrap().is_empty(), "the first is still in flight");
        let wrong = Finish { id: first.id.clone(), claim: taken.delivery.claim + 1, outcome: queued(now) };
        let right = Finish { id: first.id.clone(), claim: taken.delivery.claim, outcome: queued(now) };
        assert_eq!(store.finish_deliveries(&[wrong]).await.unwrap(), [false], "not under another claim");
        assert_eq!(store.finish_deliveries(&[right]).await.unwrap(), [true]);
        let next = store.claim_for_dispatch(now, lease, 10).await.unwrap();
        assert_eq!(next.iter().map(|x| x.delivery.id.clone()).collect::<Vec<_>>(), std::slice::from_ref(&second.id));
        assert_eq!(next[0].recent_sends.len(), 1, "the first counts towards the day now");
    }

    async fn a_claim_for_dispatch_takes_back_a_delivery_whose_lease_ran_out(store) {
        let now = Timestamp::now();
        let (_, ps) = clinic_with(&store, &["+13125550174"], now).await;
        let d = reminder(&ps[0], now, now);
        store.insert_deliveries(std::slice::from_ref(&d)).await.unwrap();
        let first = store.claim_for_dispatch(now, now + SignedDuration::from_secs(1), 10).await.unwrap().remove(0);
        let later = now + SignedDuration::from_secs(5);
        let again = store.claim_for_dispatch(later, later + SignedDuration::from_secs(60), 10).await.unwrap().remove(0);
        assert_eq!(again.delivery.id, d.id);
        assert!(again.delivery.claim > first.delivery.claim && again.delivery.attempts == 2);
        let late = Finish { id: d.id.clone(), claim: first.delivery.claim, outcome: queued(later) };
        assert_eq!(store.finish_deliveries(&[late]).await.unwrap(), [false], "the lapsed claim records nothing");
    }

    async fn a_batch_of_links_supersedes_older_unused_ones_but_not_each_other(store) {
        let now = Timestamp::now();
        let (_, ps) = clinic_with(&store, &["+13125550175", "+13125550176"], now).await;
        let old = link(&ps[0], "visit-1", 1, now);
        store.insert_link(&old).await.unwrap();
        let later = now + SignedDuration::from_secs(1);
        let batch = [link(&ps[0], "visit-1", 2, later), link(&ps[0], "visit-2", 3, later), link(&ps[1], "visit-1", 4, later)];
        store.insert_links(&batch).await.unwrap();
        let old = store.link_by_lookup(&[1; 32]).await.unwrap().unwrap().link;
        assert_eq!(old.superseded_at.map(|t| t.as_millisecond()), Some(later.as_millisecond()));
        for n in [2u8, 3, 4] {
            let l = store.link_by_lookup(&[n; 32]).await.unwrap().unwrap().link;
            assert!(l.superseded_at.is_none(), "link {n} of the batch is live");
        }
        // A lookup taken already refuses the whole batch: nothing of it is kept.
        let clash = [link(&ps[1], "visit-3", 5, later), link(&ps[1], "visit-4", 4, later)];
        assert!(store.insert_links(&clash).await.is_err());
        assert!(store.link_by_lookup(&[5; 32]).await.unwrap().is_none());
    }
}
