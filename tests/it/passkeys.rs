//! Passkeys: people and their credentials in the store (one credential id, one person; a
//! ceremony taken once and never after it expires), and the refusals over HTTP (no fresh
//! step-up, no registration options; a forged, replayed or expired ceremony changes nothing
//! and starts no session). What only a real authenticator can show is in `browser/passkeys.rs`.

use crate::helpers::*;
use jiff::{SignedDuration, Timestamp};
use portico::domain::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn person_with_patient(store: &portico::store::DynStore, name: &str) -> (Clinic, Patient, PersonId) {
    let now = Timestamp::now();
    let clinic = Clinic::new(name.into(), None, TimeZone::parse("America/Chicago").unwrap(), now);
    store.create_clinic(&clinic, &[name.len() as u8; 32], &format!("pk_{name}")).await.unwrap();
    let p = Patient::new(
        clinic.id.clone(),
        PersonName::parse("Ana Ruiz").unwrap(),
        Locale::parse("es").unwrap(),
        TimeZone::parse("America/Chicago").unwrap(),
        ChannelList::new(vec![Channel::Sms]).unwrap(),
        now,
    );
    let p = Patient { phone: Some(Phone::parse("+13125550188").unwrap()), ..p };
    store.insert_patient(&p, &p.thread_id).await.unwrap();
    let fresh = PersonId::new().unwrap();
    let person = store.person_for_patient(&clinic.id, &p.id, &fresh, now).await.unwrap();
    (clinic, p, person)
}

fn passkey(person: &PersonId, credential: &[u8]) -> StoredPasskey {
    StoredPasskey {
        id: PasskeyId::new(),
        person_id: person.clone(),
        credential_id: credential.to_vec(),
        passkey: "{}".into(),
        name: ShortText::parse("Chrome, today").unwrap(),
        created_at: Timestamp::now(),
        last_used_at: None,
        backup_eligible: true,
    }
}

fn ceremony(seed: u8, now: Timestamp) -> Ceremony {
    Ceremony {
        id_hash: vec![seed; 32],
        kind: CeremonyKind::Authenticate,
        state: "{\"state\":1}".into(),
        person_id: None,
        clinic_id: None,
        patient_id: None,
        created_at: now,
        expires_at: now + SignedDuration::from_mins(5),
    }
}

mod store {
    use super::*;

    crate::store_tests! {
        async fn a_patient_record_gets_one_person_and_keeps_it(store) {
            let (clinic, p, person) = person_with_patient(&store, "Lakeside").await;
            let other = PersonId::new().unwrap();
            let again = store.person_for_patient(&clinic.id, &p.id, &other, Timestamp::now()).await.unwrap();
            assert_eq!(again, person, "a second registration reuses the person");
            assert_ne!(person.as_str(), p.id.as_str(), "the user handle is not the patient id");
            assert_eq!(store.person_of(&clinic.id, &p.id).await.unwrap(), Some(person.clone()));
            assert_eq!(store.patient_of_person(&person).await.unwrap(), Some((clinic.id.clone(), p.id.clone())));
        }

        async fn one_credential_id_belongs_to_one_person_only(store) {
            let (_, _, ana) = person_with_patient(&store, "Lakeside").await;
            let (_, _, ben) = person_with_patient(&store, "Riverside").await;
            store.insert_passkey(&passkey(&ana, b"credential-1")).await.unwrap();
            let e = store.insert_passkey(&passkey(&ben, b"credential-1")).await.unwrap_err();
            assert!(matches!(&e, portico::store::StoreError::Conflict(c) if c == "passkeys.credential_id"), "{e:?}");
            let e = store.insert_passkey(&passkey(&ana, b"credential-1")).await.unwrap_err();
            assert!(matches!(e, portico::store::StoreError::Conflict(_)), "not twice for the same person either");
            assert_eq!(store.passkeys_of(&ana).await.unwrap().len(), 1);
            assert!(store.passkeys_of(&ben).await.unwrap().is_empty(), "nothing was stored for the other person");
            let found = store.passkey_by_credential(b"credential-1").await.unwrap().unwrap();
            assert_eq!(found.person_id, ana);
        }

        async fn a_passkey_is_renamed_used_and_removed_only_by_its_own_person(store) {
            let (_, _, ana) = person_with_patient(&store, "Lakeside").await;
            let (_, _, ben) = person_with_patient(&store, "Riverside").await;
            let k = passkey(&ana, b"credential-2");
            store.insert_passkey(&k).await.unwrap();
            let name = ShortText::parse("My phone").unwrap();
            assert!(!store.rename_passkey(&ben, &k.id, &name).await.unwrap(), "not another person's");
            assert!(store.rename_passkey(&ana, &k.id, &name).await.unwrap());
            let used = Timestamp::now();
            store.passkey_used(&k.id, Some(("{\"v\":2}", false)), used).await.unwrap();
            let got = store.passkey_by_credential(b"credential-2").await.unwrap().unwrap();
            assert_eq!((got.name.as_str(), got.passkey.as_str(), got.backup_eligible), ("My phone", "{\"v\":2}", false));
            assert_eq!(got.last_used_at.map(|t| t.as_millisecond()), Some(used.as_millisecond()));
            assert!(!store.delete_passkey(&ben, &k.id).await.unwrap(), "not another person's");
            assert!(store.delete_passkey(&ana, &k.id).await.unwrap());
            assert!(store.passkey_by_credential(b"credential-2").await.unwrap().is_none());
        }

        async fn a_staff_member_gets_one_person_of_their_own_and_a_patients_person_is_no_staff(store) {
            let (clinic, _, patient_person) = person_with_patient(&store, "Lakeside").await;
            let member = StaffMember {
                id: StaffId::new(),
                clinic_id: clinic.id.clone(),
                name: PersonName::parse("Nina Okafor").unwrap(),
                role: StaffRole::Nurse,
                email: Some(Email::parse("nina@lakeside.example").unwrap()),
                language: None,
                created_at: Timestamp::now(),
            };
            store.insert_staff(&member).await.unwrap();
            assert_eq!(store.staff_person(&clinic.id, &member.id).await.unwrap(), None, "none before a passkey");
            let first = PersonId::new().unwrap();
            let person = store.person_for_staff(&clinic.id, &member.id, &first, Timestamp::now()).await.unwrap();
            let again = store.person_for_staff(&clinic.id, &member.id, &PersonId::new().unwrap(), Timestamp::now()).await.unwrap();
            assert_eq!((person.clone(), again), (first.clone(), first), "kept");
            assert_eq!(store.staff_of_person(&person).await.unwrap(), Some((clinic.id.clone(), member.id.clone())));
            assert_eq!(store.staff_of_person(&patient_person).await.unwrap(), None, "a patient's passkey opens no staff pages");
            assert_eq!(store.patient_of_person(&person).await.unwrap(), None, "and a staff passkey no patient pages");
            let elsewhere = Clinic::new("Riverside".into(), None, TimeZone::parse("America/Chicago").unwrap(), Timestamp::now());
            assert!(store.person_for_staff(&elsewhere.id, &member.id, &PersonId::new().unwrap(), Timestamp::now()).await.is_err(), "only within the clinic");
        }

        async fn a_ceremony_is_taken_once_and_never_after_it_expires(store) {
            let now = Timestamp::now();
            store.insert_ceremony(&ceremony(1, now)).await.unwrap();
            let got = store.take_ceremony(&[1; 32], now).await.unwrap().expect("taken the first time");
            assert_eq!((got.kind, got.state.as_str()), (CeremonyKind::Authenticate, "{\"state\":1}"));
            assert!(store.take_ceremony(&[1; 32], now).await.unwrap().is_none(), "a second take finds nothing");
            store.insert_ceremony(&ceremony(2, now)).await.unwrap();
            let late = now + SignedDuration::from_mins(5);
            assert!(store.take_ceremony(&[2; 32], late).await.unwrap().is_none(), "expired at five minutes");
            assert!(store.take_ceremony(&[2; 32], now).await.unwrap().is_none(), "and the expired one is gone");
            assert!(store.take_ceremony(&[3; 32], now).await.unwrap().is_none(), "an unknown id is nothing");
        }
    }
}

mod http {
    use super::*;

    /// A patient signed in through a thread link on a localhost Portico (WebAuthn needs a host
    /// name), and the thread page's address.
    async fn linked(app: &TestApp) -> (Value, Browser, String) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "thread"})).await;
        let b = app.browser();
        let r = b.redeem(l["url"].as_str().unwrap()).await;
        let next = r.header("location").unwrap().to_string();
        (p, b, next)
    }

    async fn csrf_on(b: &Browser, path: &str) -> String {
        let page = b.get(path).await;
        form_field(&page.text, "csrf").unwrap_or_else(|| panic!("a form on {path}: {}", page.text))
    }

    async fn refusals(app: &TestApp, action: &str) -> Vec<String> {
        let events = app.state.store.audit_events(None, 500).await.unwrap();
        events.into_iter().filter(|e| e.action == action).filter_map(|e| e.detail).collect()
    }

    crate::per_backend! {
        crate::helpers::spawn_localhost_app,

        async fn registration_options_need_a_step_up_of_the_last_twenty_minutes(app) {
            let (p, b, thread) = linked(&app).await;
            let gate = b.get(&thread).await;
            let csrf = form_field(&gate.text, "csrf").unwrap();
            let r = b.post_form("/p/passkeys/register/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "a link session gets no options: {}", r.text);
            assert_eq!(r.json()["error"]["code"], "step_up_needed");
            assert!(b.cookie("portico_webauthn").is_none(), "no ceremony was kept");

            let (b, _) = app.stepped_up_browser(&p, "settings").await;
            let csrf = csrf_on(&b, "/p/settings").await;
            app.clock.advance(std::time::Duration::from_secs(21 * 60));
            let r = b.post_form("/p/passkeys/register/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "a step-up 21 minutes old is not fresh");
            assert!(b.cookie("portico_webauthn").is_none());
        }

        async fn fresh_registration_options_ask_for_a_verified_discoverable_credential_for_a_random_person(app) {
            let p = app.maria().await;
            let (b, _) = app.stepped_up_browser(&p, "settings").await;
            let csrf = csrf_on(&b, "/p/settings").await;
            let r = b.post_form("/p/passkeys/register/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            let o = r.json()["publicKey"].clone();
            assert_eq!(o["authenticatorSelection"]["residentKey"], "required");
            assert_eq!(o["authenticatorSelection"]["userVerification"], "required");
            assert_eq!(o["rp"]["id"], "localhost");
            let handle = o["user"]["id"].as_str().unwrap();
            assert!(!handle.is_empty() && !handle.contains(p["id"].as_str().unwrap()), "the handle is not the patient id");
            assert!(b.cookie("portico_webauthn").is_some_and(|c| c.len() == 43), "the ceremony id is in a cookie");
            let r = b.post_form("/p/passkeys/register/options", &[("csrf", "forged")]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "a forged token gets no options");
        }

        async fn a_forged_registration_answer_is_refused_and_its_ceremony_cannot_be_used_again(app) {
            let p = app.maria().await;
            let (b, _) = app.stepped_up_browser(&p, "settings").await;
            let csrf = csrf_on(&b, "/p/settings").await;
            let r = b.post_form("/p/passkeys/register/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::OK);
            let forged = json!({"id": "AAAA", "rawId": "AAAA", "type": "public-key",
                "response": {"attestationObject": "AAAA", "clientDataJSON": "AAAA"}}).to_string();
            let r = b.post_form("/p/passkeys/register", &[("csrf", &csrf), ("credential", &forged)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert!(r.text.contains("PASSKEY"), "a clear page with its support code");
            let r = b.post_form("/p/passkeys/register", &[("csrf", &csrf), ("credential", &forged)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "the replay is refused too");
            let details = refusals(&app, "passkey.refused").await;
            assert!(details.iter().any(|d| d.starts_with("register:")), "the forged answer is audited: {details:?}");
            assert!(details.iter().any(|d| d == "ceremony"), "the replay finds no ceremony: {details:?}");
            let settings = b.get("/p/settings").await;
            assert!(settings.text.contains("id=\"passkeys\"") && !settings.text.contains("passkey-card"), "none stored");
        }

        async fn a_forged_replayed_or_expired_sign_in_is_refused_and_starts_no_session(app) {
            let b = app.browser();
            let page = b.get("/signin").await;
            assert_eq!(page.status, StatusCode::OK);
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form("/signin/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            let o = r.json()["publicKey"].clone();
            assert_eq!(o["userVerification"], "required");
            assert!(o["allowCredentials"].as_array().is_none_or(|a| a.is_empty()), "discoverable: nobody is named");
            let forged = json!({"id": "AAAA", "rawId": "AAAA", "type": "public-key", "response": {
                "authenticatorData": "AAAA", "clientDataJSON": "AAAA", "signature": "AAAA",
                "userHandle": "AAAAAAAAAAAAAAAAAAAAAA"}}).to_string();
            let r = b.post_form("/signin/passkey", &[("csrf", &csrf), ("credential", &forged)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert!(b.cookie("portico_session").is_none(), "no session");
            let r = b.post_form("/signin/passkey", &[("csrf", &csrf), ("credential", &forged)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "the replay is refused");
            b.post_form("/signin/options", &[("csrf", &csrf)]).await;
            app.clock.advance(std::time::Duration::from_secs(6 * 60));
            let r = b.post_form("/signin/passkey", &[("csrf", &csrf), ("credential", &forged)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "an expired ceremony is refused");
            assert!(b.cookie("portico_session").is_none(), "still no session");
            let details = refusals(&app, "passkey.sign_in_refused").await;
            assert_eq!(details.iter().filter(|d| *d == "ceremony").count(), 2, "replay and expiry: {details:?}");
            assert_eq!(details.len(), 3, "and the forged one: {details:?}");
            let r = b.post_form("/signin/options", &[("csrf", "forged")]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "a forged token gets no challenge");
        }

        async fn sign_in_challenges_past_sixty_an_hour_from_one_address_get_429(app) {
            let b = app.browser();
            let csrf = csrf_on(&b, "/signin").await;
            for n in 1..=60 {
                let r = b.post_form("/signin/options", &[("csrf", &csrf)]).await;
                assert_eq!(r.status, StatusCode::OK, "challenge {n}: {}", r.text);
            }
            let r = b.post_form("/signin/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.text);
            app.clock.advance(std::time::Duration::from_secs(61 * 60));
            let r = b.post_form("/signin/options", &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::OK, "an hour later the address may ask again");
        }

        async fn the_sign_in_page_offers_a_new_link_and_every_page_links_to_it(app) {
            let b = app.browser();
            let page = b.get("/signin").await;
            assert!(page.text.contains("action=\"/l/request\""), "without script: send me a new link");
            assert!(page.text.contains("id=\"passkey-signin\"") && page.text.contains("data-passkey-signin"));
            assert!(page.text.contains("<script src=\"/static/passkey.js\""), "the passkey script is our own file");
            let js = b.get("/static/passkey.js").await;
            assert_eq!(js.status, StatusCode::OK);
            assert!(js.header("content-type").is_some_and(|c| c.starts_with("text/javascript")));
            let (_, b, thread) = linked(&app).await;
            let gate = b.get(&thread).await;
            assert!(gate.text.contains("href=\"/signin\""), "the footer links to sign-in");
            assert!(!gate.text.contains("are coming"), "no promise of what is not there");
            let used = b.get("/l/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await;
            assert!(used.text.contains("href=\"/signin\""), "a refused link's page links to sign-in");
        }
    }
}
