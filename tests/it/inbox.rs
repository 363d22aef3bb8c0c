//! The inbox's views as the store reads them, one page at a time: every view lists exactly the
//! conversations `InboxView::includes` says belong to it, in the view's order, with nothing
//! lost or repeated across pages (also where several share a time); another clinic's
//! conversations never appear; and a message older than the last one does not move a
//! conversation.

use jiff::{SignedDuration, Timestamp};
use portico::domain::*;
use portico::store::*;

fn clinic(name: &str) -> Clinic {
    Clinic::new(name.into(), None, TimeZone::parse("America/Chicago").unwrap(), Timestamp::now())
}

fn patient(c: &Clinic, n: usize) -> Patient {
    Patient {
        email: Some(Email::parse(&format!("p{n}@example.org")).unwrap()),
        ..Patient::new(
            c.id.clone(),
            PersonName::parse(&format!("Patient {n}")).unwrap(),
            Locale::parse("en").unwrap(),
            TimeZone::parse("America/Chicago").unwrap(),
            ChannelList::new(vec![Channel::Email]).unwrap(),
            Timestamp::now(),
        )
    }
}

/// Now, to the millisecond the store keeps.
fn now_ms() -> Timestamp {
    Timestamp::from_millisecond(Timestamp::now().as_millisecond()).unwrap()
}

async fn member(store: &DynStore, c: &Clinic, name: &str) -> StaffId {
    let m = StaffMember {
        id: StaffId::new(),
        clinic_id: c.id.clone(),
        name: PersonName::parse(name).unwrap(),
        role: StaffRole::Nurse,
        email: None,
        language: None,
        created_at: Timestamp::now(),
    };
    store.insert_staff(&m).await.unwrap();
    m.id
}

fn staff_reply(p: &Patient, at: Timestamp) -> Message {
    Message { author: "staff".into(), sender: "Grace Kim".into(), ..Message::from_patient(p, "Reply".into(), at) }
}

/// Every page of `view`, `per_page` at a time: the thread ids in the order listed.
async fn all_pages(
    store: &DynStore,
    c: &ClinicId,
    view: InboxView,
    me: &StaffId,
    now: Timestamp,
    per_page: i64,
) -> Vec<String> {
    let (mut out, mut after) = (vec![], None);
    loop {
        let q = InboxQuery { view, me: me.clone(), now, after: after.clone(), limit: per_page };
        let page = store.inbox(c, &q).await.unwrap();
        assert!(page.len() as i64 <= per_page, "{view:?}: a page holds at most its limit");
        out.extend(page.iter().map(|s| s.conversation.thread_id.to_string()));
        match page.last() {
            Some(last) if page.len() as i64 == per_page => after = Some(InboxCursor::after(view, last)),
            _ => return out,
        }
        assert!(out.len() < 1_000, "{view:?}: paging does not end");
    }
}

crate::store_tests! {
    async fn each_inbox_view_lists_what_it_includes_in_its_order_page_by_page(store) {
        let c = clinic("Lakeside");
        store.create_clinic(&c, &[7u8; 32], "pk_inbox").await.unwrap();
        let (me, other) = (member(&store, &c, "Grace Kim").await, member(&store, &c, "Ada Obi").await);
        let now = now_ms();
        let minute = SignedDuration::from_mins(1);
        // Two teams, one with me in it: "my teams" lists the first one's conversations.
        let team = |name: &str, members: Vec<StaffId>| portico::domain::Team {
            id: portico::domain::Team::new_id(),
            clinic_id: c.id.clone(),
            name: portico::domain::ShortText::parse(name).unwrap(),
            lead_id: None,
            members,
            is_default: false,
            created_at: now,
        };
        let (nurses, desk) = (team("Nurses", vec![me.clone(), other.clone()]), team("Front desk", vec![other.clone()]));
        store.save_team(&nurses).await.unwrap();
        store.save_team(&desk).await.unwrap();
        let my_teams = store.teams_of(&me).await.unwrap();
        assert_eq!(my_teams, vec![nurses.id.clone()]);
        for i in 0..24 {
            let p = patient(&c, i);
            store.insert_patient(&p, &p.thread_id).await.unwrap();
            let at = now - minute * (100 - i as i32);
            store.insert_message(&Message::from_patient(&p, format!("Question {i}"), at), None, None).await.unwrap();
            if i % 2 == 1 {
                store.insert_message(&staff_reply(&p, at + SignedDuration::from_secs(20)), None, None).await.unwrap();
            }
            let mut conv = Conversation::fresh(&p.thread_id, &c.id, at);
            conv.team_id = match i % 7 {
                0..=2 => Some(nurses.id.clone()),
                3 => Some(desk.id.clone()),
                _ => None,
            };
            match i % 3 {
                0 => conv.assign(&me, at),
                1 => conv.assign(&other, at),
                _ => {}
            }
            match i % 5 {
                0 => conv.close(at),
                1 => conv.wait_until(jiff::civil::date(2030, 1, 1), at),
                _ => {}
            }
            store.save_conversation(&conv).await.unwrap();
            let clock = match i % 4 {
                // Overdue by a different amount each, so the order is the conversations' own.
                0 => ReplyClock { first_unanswered_at: Some(at), due_at: Some(now - minute * i as i32), ..Default::default() },
                1 => ReplyClock { first_unanswered_at: Some(at), due_at: Some(now + minute), ..Default::default() },
                2 => ReplyClock { first_unanswered_at: Some(at), paused_left: Some(minute), ..Default::default() },
                _ => ReplyClock::default(),
            };
            store.save_reply_clock(&c.id, &p.thread_id, &clock, at).await.unwrap();
        }
        // Another clinic's conversation, in every way a match for every view.
        let elsewhere = clinic("Riverside");
        store.create_clinic(&elsewhere, &[8u8; 32], "pk_inbox2").await.unwrap();
        let q = patient(&elsewhere, 99);
        store.insert_patient(&q, &q.thread_id).await.unwrap();
        store.insert_message(&Message::from_patient(&q, "Hello".into(), now - minute), None, None).await.unwrap();

        // Everything, read in two views that together hold every conversation.
        let mut everything = vec![];
        for view in [InboxView::AllOpen, InboxView::Closed] {
            let q = InboxQuery { view, me: me.clone(), now, after: None, limit: 1_000 };
            everything.extend(store.inbox(&c.id, &q).await.unwrap());
        }
        assert_eq!(everything.len(), 24, "every conversation of the clinic, and none of another's");
        let replied = everything.iter().filter(|s| s.last_author == "staff").count();
        assert_eq!(replied, 12, "the last author is kept with each message");

        for view in InboxView::ALL.into_iter().filter(|v| *v != InboxView::Unmatched) {
            let mut expected: Vec<&ConversationSummary> = everything.iter().filter(|s| view.includes(s, &me, &my_teams, now)).collect();
            match view {
                InboxView::Overdue => expected.sort_by_key(|s| s.clock.due_at),
                _ => expected.sort_by_key(|s| std::cmp::Reverse(s.last_at)),
            }
            let expected: Vec<String> = expected.iter().map(|s| s.conversation.thread_id.to_string()).collect();
            assert!(!expected.is_empty(), "{view:?}: the data puts something in every view");
            for per_page in [1, 3, 50] {
                assert_eq!(all_pages(&store, &c.id, view, &me, now, per_page).await, expected, "{view:?}, {per_page} a page");
            }
        }
    }

    async fn conversations_sharing_a_time_are_each_listed_once_across_pages(store) {
        let c = clinic("Lakeside");
        store.create_clinic(&c, &[7u8; 32], "pk_inbox").await.unwrap();
        let me = member(&store, &c, "Grace Kim").await;
        let at = now_ms() - SignedDuration::from_mins(5);
        let mut threads = vec![];
        for i in 0..5 {
            let p = patient(&c, i);
            store.insert_patient(&p, &p.thread_id).await.unwrap();
            store.insert_message(&Message::from_patient(&p, "Same time".into(), at), None, None).await.unwrap();
            threads.push(p.thread_id.to_string());
        }
        threads.sort();
        for view in [InboxView::NeedsReply, InboxView::AllOpen, InboxView::Unassigned] {
            let mut listed = all_pages(&store, &c.id, view, &me, Timestamp::now(), 2).await;
            listed.sort();
            assert_eq!(listed, threads, "{view:?}");
        }
    }

    async fn an_older_message_does_not_move_the_conversation(store) {
        let c = clinic("Lakeside");
        store.create_clinic(&c, &[7u8; 32], "pk_inbox").await.unwrap();
        let me = member(&store, &c, "Grace Kim").await;
        let p = patient(&c, 1);
        store.insert_patient(&p, &p.thread_id).await.unwrap();
        let at = now_ms() - SignedDuration::from_mins(5);
        store.insert_message(&Message::from_patient(&p, "Latest".into(), at), None, None).await.unwrap();
        store.insert_message(&staff_reply(&p, at - SignedDuration::from_hours(2)), None, None).await.unwrap();
        let q = InboxQuery { view: InboxView::NeedsReply, me, now: Timestamp::now(), after: None, limit: 10 };
        let listed = store.inbox(&c.id, &q).await.unwrap();
        assert_eq!(listed.len(), 1, "still waiting on the team");
        assert_eq!((listed[0].last_at, listed[0].last_author.as_str()), (at, "patient"));
    }
}

mod page {
    use super::*;

    crate::backend_tests! {
        async fn the_inbox_page_lists_fifty_and_links_to_the_older_ones(app) {
            let base = now_ms() - SignedDuration::from_hours(2);
            for i in 0..52 {
                let p = patient(&app.clinic, i);
                app.state.store.insert_patient(&p, &p.thread_id).await.unwrap();
                let m = Message::from_patient(&p, format!("Question {i}"), base + SignedDuration::from_secs(i as i64));
                app.state.store.insert_message(&m, None, None).await.unwrap();
            }
            let nina = crate::live::nina(&app).await;
            let first = nina.get("/staff?view=open").await;
            assert_eq!(first.text.matches("href=\"/staff/conversations/").count(), 50, "{}", first.text);
            assert!(first.text.contains("Patient 51") && !first.text.contains("Patient 1<"), "newest first");
            let older = first.text.split("href=\"").filter_map(|h| h.split('"').next()).find(|h| h.contains("after=")).unwrap();
            let second = nina.get(&older.replace("&#38;", "&").replace("&amp;", "&")).await;
            assert_eq!(second.status, reqwest::StatusCode::OK);
            assert_eq!(second.text.matches("href=\"/staff/conversations/").count(), 2, "{}", second.text);
            assert!(second.text.contains("Patient 1<") && second.text.contains("Patient 0<"));
            assert!(!second.text.contains("rel=\"next\""), "the last page has no older link");
            assert_eq!(nina.get("/staff?view=open&after=not-a-place").await.status, reqwest::StatusCode::NOT_FOUND);
        }
    }
}
