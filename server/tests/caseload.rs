//! Caseloads and callbacks through the real router against a real redis-server: taking on
//! survives the idle lapse, hand-over and reassigning move a case with its sealed note,
//! advisers see only their own cases, callbacks inside and outside the person's safe
//! windows, due and overdue callbacks first, attempts on the queue row, the caseload bound.
mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use domain::caseload::CASELOAD_LIMIT;
use redis::AsyncCommands;
use server::infra::redis_link::RedisConnection;
use server::infra::sealing::Sealer;
use server::staff::store::{insert_session, StaffStore};
use server::staff::{accounts, Role};
use server::triage::store::{keys, Triage};
use server::triage::{audit, intake};
use support::*;
use tower::ServiceExt;

/// A test desk: the router, our own Redis connection, and a way to add signed-in staff.
struct Desk {
    app: axum::Router,
    url: String,
    redis: RedisConnection,
}

/// One signed-in member of staff: their cookie and the session's CSRF token.
struct Staff {
    cookie: String,
    csrf: String,
}

impl Desk {
    async fn new(redis: &RedisServer) -> Desk {
        let (_, connection) = redis_link(&redis.url()).await;
        Desk { app: app(&redis.url()), url: redis.url(), redis: connection }
    }

    /// An account (hand-over checks the colleague exists) with a session, as after sign-in.
    async fn staff(&mut self, name: &str, role: Role) -> Staff {
        let (link, _) = redis_link(&self.url).await;
        let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
        accounts::add(&StaffStore::new(link), &sealer, name, "correct horse battery", role).await.unwrap();
        let token = insert_session(&mut self.redis, name, role).await.unwrap();
        let mut staff = Staff { cookie: format!("frontdoor_staff={token}"), csrf: String::new() };
        staff.csrf = csrf_in(&self.page(&staff, "/staff").await.1);
        staff
    }

    async fn page(&self, who: &Staff, uri: &str) -> (StatusCode, String) {
        let response = get_with(&self.app, uri, &[("cookie", &who.cookie)]).await;
        (response.status(), body_text(response).await)
    }

    async fn post(&self, who: &Staff, uri: &str, pairs: &[(&str, &str)]) -> (StatusCode, String) {
        let mut pairs = pairs.to_vec();
        pairs.push(("csrf", &who.csrf));
        let request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &who.cookie)
            .body(Body::from(serde_urlencoded::to_string(&pairs).unwrap()))
            .unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let location = response.headers().get(header::LOCATION).map(|l| l.to_str().unwrap().to_owned());
        (status, location.unwrap_or(body_text(response).await))
    }

    /// Sends `count` self-referrals safe every day 09:00–12:00 and files them; their ids.
    async fn referrals(&mut self, count: usize) -> Vec<String> {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map(|d| format!("safe-day-{d}"));
        for n in 0..count {
            let mut form: Vec<(&str, &str)> =
                vec![("name", "Private Person"), ("contact-method", "phone"), ("phone", "07700 900123"), ("safe-from-1", "09:00"), ("safe-until-1", "12:00")];
            form.extend(days.iter().map(|d| (d.as_str(), "yes")));
            let id = format!("00000000-0000-4000-8000-00000000000{n}");
            form.push(("submission-id", &id));
            assert_eq!(post_form(&self.app, "/en/refer/self", &form).await.status(), StatusCode::SEE_OTHER);
        }
        let (link, _) = redis_link(&self.url).await;
        intake::file_pending(&link, "test", 60_000).await.unwrap();
        self.redis.zrange(keys::WAITING, 0, -1).await.unwrap()
    }

    async fn claim_and_take_on(&self, who: &Staff, id: &str) {
        assert_eq!(self.post(who, &format!("/staff/referral/{id}/claim"), &[]).await.0, StatusCode::SEE_OTHER);
        let (status, to) = self.post(who, &format!("/staff/referral/{id}/take-on"), &[]).await;
        assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, format!("/staff/referral/{id}").as_str()));
    }

    async fn audited(&mut self) -> Vec<(String, String, String)> {
        let lines = audit::recent(&mut self.redis, 500).await.unwrap();
        lines.into_iter().map(|l| (l.who, l.action, l.referral)).collect()
    }
}

fn csrf_in(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).expect("a csrf field") + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

/// The referral ids of the case rows on a page, in order.
fn case_ids(page: &str) -> Vec<String> {
    page.split("data-testid=\"case-row\" data-referral=\"").skip(1).map(|s| s.split('"').next().unwrap().to_owned()).collect()
}

/// Tomorrow's date as the date field sends it (UTC's tomorrow is never in the UK's past).
fn tomorrow() -> String {
    (chrono::Utc::now() + chrono::Duration::days(1)).format("%Y-%m-%d").to_string()
}

#[tokio::test]
async fn a_case_taken_on_survives_the_idle_lapse_and_hand_over_moves_it_with_a_sealed_note() {
    let redis = RedisServer::start();
    let mut desk = Desk::new(&redis).await;
    let amira = desk.staff("amira", Role::Adviser).await;
    let ben = desk.staff("ben", Role::Adviser).await;
    let ids = desk.referrals(2).await;
    let (kept, lapsing) = (&ids[0], &ids[1]);
    desk.claim_and_take_on(&amira, kept).await;
    assert_eq!(desk.post(&amira, &format!("/staff/referral/{lapsing}/claim"), &[]).await.0, StatusCode::SEE_OTHER);
    // Working on the case renews nothing that could lapse.
    assert_eq!(desk.page(&amira, &format!("/staff/referral/{kept}")).await.0, StatusCode::OK);
    let lapse_at: Option<f64> = desk.redis.zscore(keys::CLAIMED, kept).await.unwrap();
    assert_eq!(lapse_at, None, "a taken-on case has no lapse time");

    // Every claim's idle time runs out; the job returns only the plain claim.
    let _: () = desk.redis.zadd(keys::CLAIMED, lapsing, 1).await.unwrap();
    let mut connection = desk.redis.clone();
    let returned = Triage { connection: &mut connection, claim_ms: 1 }.return_lapsed_claims().await.unwrap();
    assert_eq!(&returned, &[lapsing.clone()]);
    let (_, mine) = desk.page(&amira, "/staff/cases").await;
    assert_eq!(case_ids(&mine), [kept.clone()]);
    assert!(mine.contains("First contact"), "the next action of a new case: {mine}");
    // Release cannot drop a case back into the queue; closing or handing over moves it.
    desk.post(&amira, &format!("/staff/referral/{kept}/release"), &[]).await;
    assert_eq!(case_ids(&desk.page(&amira, "/staff/cases").await.1), [kept.clone()]);

    let (status, body) = desk.post(&amira, &format!("/staff/referral/{kept}/hand-over"), &[("to", "zed"), ("note", "x")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("no account named zed"), "{body}");
    let (status, body) = desk.post(&amira, &format!("/staff/referral/{kept}/hand-over"), &[("to", "ben"), ("note", "")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a note is required: {body}");

    let note = "Prefers Tuesday mornings";
    let (status, to) = desk.post(&amira, &format!("/staff/referral/{kept}/hand-over"), &[("to", "ben"), ("note", note)]).await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, "/staff/cases"));
    assert!(case_ids(&desk.page(&amira, "/staff/cases").await.1).is_empty());
    assert_eq!(case_ids(&desk.page(&ben, "/staff/cases").await.1), [kept.clone()]);
    let (status, page) = desk.page(&ben, &format!("/staff/referral/{kept}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Handed over from amira to ben: Prefers Tuesday mornings"), "{page}");
    assert!(page.contains("data-testid=\"in-caseload\""));
    assert!(!redis_dump(&desk.url).await.contains(note), "the note is sealed at rest");
    let audited = desk.audited().await;
    for (who, action) in [("amira", "taken-on"), ("amira", "handed-over")] {
        assert!(audited.contains(&(who.to_owned(), action.to_owned(), kept.clone())), "{who} {action}: {audited:?}");
    }

    // Closing ends the case.
    let (status, _) = desk.post(&ben, &format!("/staff/referral/{kept}/close"), &[("outcome", "signposted"), ("note", "")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(case_ids(&desk.page(&ben, "/staff/cases").await.1).is_empty());
    let left: usize = desk.redis.zcard(keys::CASES).await.unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_team_leader_sees_every_caseload_and_reassigns_and_an_adviser_sees_only_their_own() {
    let redis = RedisServer::start();
    let mut desk = Desk::new(&redis).await;
    let amira = desk.staff("amira", Role::Adviser).await;
    let ben = desk.staff("ben", Role::Adviser).await;
    let tess = desk.staff("tess", Role::TeamLeader).await;
    let ids = desk.referrals(1).await;
    let case = &ids[0];
    desk.claim_and_take_on(&amira, case).await;

    let (_, bens) = desk.page(&ben, "/staff/cases").await;
    assert!(!bens.contains(case.as_str()) && !bens.contains("Team caseloads"), "{bens}");
    let (status, _) = desk.post(&ben, &format!("/staff/referral/{case}/hand-over"), &[("to", "ben"), ("note", "mine now")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "an adviser cannot take a colleague's case");

    let (_, team) = desk.page(&tess, "/staff/cases").await;
    assert!(team.contains("Team caseloads") && team.contains("data-adviser=\"amira\""), "{team}");
    assert_eq!(case_ids(&team), [case.clone()]);
    let (status, to) = desk.post(&tess, &format!("/staff/referral/{case}/hand-over"), &[("to", "ben"), ("note", "Amira is away")]).await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, "/staff/cases"));
    assert_eq!(case_ids(&desk.page(&ben, "/staff/cases").await.1), [case.clone()]);
    assert!(case_ids(&desk.page(&amira, "/staff/cases").await.1).is_empty());
    assert!(desk.page(&ben, &format!("/staff/referral/{case}")).await.1.contains("Handed over from amira to ben: Amira is away"));
    assert!(desk.audited().await.contains(&("tess".to_owned(), "reassigned".to_owned(), case.clone())));
}

#[tokio::test]
async fn a_callback_inside_the_safe_windows_is_accepted_and_outside_needs_a_confirmed_reason() {
    let redis = RedisServer::start();
    let mut desk = Desk::new(&redis).await;
    let amira = desk.staff("amira", Role::Adviser).await;
    let ids = desk.referrals(1).await;
    let id = &ids[0];
    desk.claim_and_take_on(&amira, id).await;
    let (_, page) = desk.page(&amira, &format!("/staff/referral/{id}")).await;
    assert!(page.contains("Mon, Tue, Wed, Thu, Fri, Sat, Sun 09:00–12:00 (UK time)"), "{page}");
    let uri = format!("/staff/referral/{id}/callback");
    let date = tomorrow();

    let (status, to) = desk.post(&amira, &uri, &[("date", &date), ("time", "10:30")]).await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, format!("/staff/referral/{id}").as_str()));
    let inside: String = desk.redis.hget(keys::referral(id), "callback").await.unwrap();

    for attempt in [vec![("date", date.as_str()), ("time", "13:00")], vec![("date", date.as_str()), ("time", "13:00"), ("confirm-outside", "yes"), ("reason", " ")]] {
        let (status, body) = desk.post(&amira, &uri, &attempt).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body.contains("outside the person&#x27;s safe times") || body.contains("outside the person's safe times"), "{body}");
        assert!(body.contains("value=\"13:00\"") && body.contains(&format!("value=\"{date}\"")), "typed values kept");
        assert!(body.contains("data-testid=\"next-safe\""), "the next safe time is offered");
    }
    let unchanged: String = desk.redis.hget(keys::referral(id), "callback").await.unwrap();
    assert_eq!(unchanged, inside, "a refused callback changes nothing");
    let (status, body) = desk.post(&amira, &uri, &[("date", "2020-01-01"), ("time", "10:00")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("that time has passed"));

    let reason = "She asked for an evening call in her last message";
    let (status, _) = desk.post(&amira, &uri, &[("date", &date), ("time", "19:00"), ("confirm-outside", "yes"), ("reason", reason)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let outside: String = desk.redis.hget(keys::referral(id), "callback_outside").await.unwrap();
    assert_eq!(outside, "1");
    let (_, page) = desk.page(&amira, &format!("/staff/referral/{id}")).await;
    assert!(page.contains("outside the person") && page.contains(reason), "{page}");
    assert!(page.contains("data-testid=\"next-callback\""), "{page}");
    assert!(!redis_dump(&desk.url).await.contains(reason), "the reason is sealed");
    let audited = desk.audited().await;
    assert!(audited.contains(&("amira".to_owned(), "callback-scheduled".to_owned(), id.clone())));
    assert!(audited.contains(&("amira".to_owned(), "callback-outside-safe-times".to_owned(), id.clone())));
}

#[tokio::test]
async fn due_and_overdue_callbacks_come_first_and_every_attempt_shows_on_the_queue_row() {
    let redis = RedisServer::start();
    let mut desk = Desk::new(&redis).await;
    let amira = desk.staff("amira", Role::Adviser).await;
    let tess = desk.staff("tess", Role::TeamLeader).await;
    let ids = desk.referrals(3).await;
    for id in &ids {
        desk.claim_and_take_on(&amira, id).await;
    }
    let now = chrono::Utc::now().timestamp_millis();
    // Later (in two days), overdue (an hour ago), due (in five minutes), as a clock would leave them.
    let (later, overdue, due) = (&ids[0], &ids[1], &ids[2]);
    for (id, at) in [(later, now + 2 * 86_400_000), (overdue, now - 3_600_000), (due, now + 300_000)] {
        let _: () = desk.redis.hset(keys::referral(id), "callback", at).await.unwrap();
    }
    let expected = [overdue.clone(), due.clone(), later.clone()];
    let (_, mine) = desk.page(&amira, "/staff/cases").await;
    assert_eq!(case_ids(&mine), expected);
    assert!(mine.contains("<strong>Overdue</strong>") && mine.contains("<strong>Due</strong>"));
    assert_eq!(case_ids(&desk.page(&tess, "/staff/cases").await.1), expected, "the team view too");

    let (_, queue) = desk.page(&amira, "/staff").await;
    assert!(queue.contains("Callback overdue") && queue.contains("Callback due"), "{queue}");
    let attempt = format!("/staff/referral/{overdue}/attempt");
    desk.post(&amira, &attempt, &[("how", "phone")]).await;
    desk.post(&amira, &attempt, &[("how", "text"), ("reached", "yes")]).await;
    let (_, queue) = desk.page(&amira, "/staff/queue-rows").await;
    let row = queue.split("<tr").find(|r| r.contains(overdue.as_str())).unwrap();
    assert!(row.contains("2 attempts, last reached"), "{row}");
    assert!(!row.contains("Callback"), "an attempt fulfils the callback");
    // With its callback done and the person reached, it has nothing scheduled: last.
    assert_eq!(case_ids(&desk.page(&amira, "/staff/cases").await.1), [due.clone(), later.clone(), overdue.clone()]);
}

#[tokio::test]
async fn a_full_caseload_refuses_one_more() {
    let redis = RedisServer::start();
    let mut desk = Desk::new(&redis).await;
    let amira = desk.staff("amira", Role::Adviser).await;
    let ids = desk.referrals(1).await;
    let filler: Vec<(i64, String)> = (0..CASELOAD_LIMIT).map(|n| (n as i64, format!("filler-{n}"))).collect();
    let _: () = desk.redis.zadd_multiple(keys::cases_of("amira"), &filler).await.unwrap();
    assert_eq!(desk.post(&amira, &format!("/staff/referral/{}/claim", ids[0]), &[]).await.0, StatusCode::SEE_OTHER);
    let (status, body) = desk.post(&amira, &format!("/staff/referral/{}/take-on", ids[0]), &[]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains("caseload is full"), "{body}");
    let taken: Option<String> = desk.redis.hget(keys::referral(&ids[0]), "taken").await.unwrap();
    assert_eq!(taken, None);
}
