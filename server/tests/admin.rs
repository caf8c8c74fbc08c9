//! Issue 16 items 4–7 through the real router against a real redis-server: the blind index
//! (linked repeat referrals, search, nothing readable in Redis, surviving a key rotation),
//! team admin (disable, enable, MFA reset, roles, the last admin), the audit view (filters,
//! paging, CSV) and the hand-over export.
mod support;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use server::infra::sealing::Sealer;
use server::staff::store::{insert_session, StaffStore};
use server::staff::team::{self, TeamAction, TeamError};
use server::staff::{accounts, Role};
use server::triage::{intake, jobs};
use support::*;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery";
const NEW_KEY: &str = "HxwdHh8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRo=";

fn instance(url: &str, extra: &[(&str, &str)]) -> axum::Router {
    let client = std::net::SocketAddr::from(([127, 0, 0, 1], 40000));
    let mut settings = vec![("REFERRAL_POSTS_PER_MINUTE", "100000")];
    settings.extend_from_slice(extra);
    router(&config_with(url, &repo_root().join("locales"), &settings)).layer(axum::Extension(ConnectInfo(client)))
}

async fn refer(app: &axum::Router, n: usize, name: &str, contact: &[(&str, &str)]) {
    let id = format!("00000000-0000-4000-8000-{n:012}");
    let mut form = vec![("submission-id", id.as_str()), ("name", name)];
    form.extend_from_slice(contact);
    assert_eq!(post_form(app, "/en/refer/self", &form).await.status(), StatusCode::SEE_OTHER);
}

async fn file_everything(url: &str) {
    let (link, _) = redis_link(url).await;
    while intake::file_pending(&link, "test", 60_000).await.unwrap() > 0 {}
}

async fn staff_store(url: &str) -> StaffStore {
    StaffStore::new(redis_link(url).await.0)
}

async fn add_account(store: &StaffStore, name: &str, role: Role) {
    accounts::add(store, &Sealer::from_base64(TEST_DATA_KEY).unwrap(), name, PASSWORD, role).await.unwrap();
}

/// A session cookie for `name`, without the sign-in form.
async fn session(url: &str, name: &str, role: Role) -> String {
    let token = insert_session(&mut redis_manager(url).await, name, role).await.unwrap();
    format!("frontdoor_staff={token}")
}

async fn get_as(app: &axum::Router, uri: &str, cookie: &str) -> axum::http::Response<Body> {
    get_with(app, uri, &[("cookie", cookie)]).await
}

async fn page_as(app: &axum::Router, uri: &str, cookie: &str) -> String {
    let response = get_as(app, uri, cookie).await;
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    body_text(response).await
}

fn csrf_of(page: &str) -> String {
    let start = page.find("name=\"csrf\" value=\"").expect("a csrf field") + "name=\"csrf\" value=\"".len();
    page[start..].split('"').next().unwrap().to_owned()
}

/// Posts a staff form with the session's CSRF token (read from `/staff`).
async fn post_as(app: &axum::Router, uri: &str, cookie: &str, pairs: &[(&str, &str)]) -> axum::http::Response<Body> {
    let csrf = csrf_of(&page_as(app, "/staff", cookie).await);
    let mut pairs = pairs.to_vec();
    pairs.push(("csrf", &csrf));
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded::to_string(&pairs).unwrap()))
        .unwrap();
    app.clone().oneshot(request).await.unwrap()
}

/// The referral ids a search page lists, in order.
fn found(page: &str) -> Vec<String> {
    page.split("data-testid=\"found\" data-referral=\"").skip(1).map(|rest| rest.split('"').next().unwrap().to_owned()).collect()
}

async fn search(app: &axum::Router, cookie: &str, query: &str) -> Vec<String> {
    let response = post_as(app, "/staff/search", cookie, &[("q", query)]).await;
    assert_eq!(response.status(), StatusCode::OK, "{query}");
    found(&body_text(response).await)
}

/// The id of the referral whose name is `name` (read back through the triage store).
async fn id_of(url: &str, name: &str) -> String {
    let mut connection = redis_manager(url).await;
    let sealer = Sealer::from_keys([TEST_DATA_KEY, NEW_KEY]).unwrap();
    let mut triage = server::triage::store::Triage { connection: &mut connection, claim_ms: 60_000 };
    for entry in triage.queue().await.unwrap() {
        let view = triage.record(&sealer, &entry.id).await.unwrap();
        if view.personal["details"]["name"] == name {
            return entry.id;
        }
    }
    panic!("no referral from {name}");
}

#[tokio::test]
async fn repeat_referrals_are_linked_and_found_by_phone_email_or_reference_with_nothing_readable_in_redis() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = instance(&url, &[]);
    refer(&app, 1, "First Time", &[("contact-method", "phone"), ("phone", "07700 900123"), ("email", "Sam.Jones@Example.org")]).await;
    refer(&app, 2, "Same Phone", &[("contact-method", "phone"), ("phone", "+44 (0)7700-900123")]).await;
    refer(&app, 3, "Same Email", &[("contact-method", "email"), ("email", " sam.jones@example.ORG")]).await;
    refer(&app, 4, "Someone Else", &[("contact-method", "phone"), ("phone", "07700 900456")]).await;
    file_everything(&url).await;
    let (first, same_phone, same_email, other) =
        (id_of(&url, "First Time").await, id_of(&url, "Same Phone").await, id_of(&url, "Same Email").await, id_of(&url, "Someone Else").await);

    let amira = session(&url, "amira", Role::Adviser).await;
    // The referral page of the repeat links to the first one, and only to it.
    assert_eq!(post_as(&app, &format!("/staff/referral/{same_phone}/claim"), &amira, &[]).await.status(), StatusCode::SEE_OTHER);
    let page = page_as(&app, &format!("/staff/referral/{same_phone}"), &amira).await;
    assert!(page.contains("Also referred on") && page.contains(&format!("/staff/record/{first}")), "{page}");
    assert!(!page.contains(&format!("/staff/record/{other}")) && !page.contains(&format!("/staff/record/{same_email}")));
    // Closed referrals are found too.
    let closed = post_as(&app, &format!("/staff/referral/{same_phone}/close"), &amira, &[("outcome", "no-safe-contact"), ("note", "")]).await;
    assert_eq!(closed.status(), StatusCode::SEE_OTHER);

    let mut by_phone = search(&app, &amira, "07700900123").await;
    by_phone.sort();
    let mut expected = vec![first.clone(), same_phone.clone()];
    expected.sort();
    assert_eq!(by_phone, expected);
    let mut by_email = search(&app, &amira, "SAM.JONES@example.org ").await;
    by_email.sort();
    let mut expected = vec![first.clone(), same_email.clone()];
    expected.sort();
    assert_eq!(by_email, expected);
    assert_eq!(search(&app, &amira, &first.to_uppercase()).await, [first.clone()]);
    assert!(search(&app, &amira, "07700 900999").await.is_empty());
    let unreadable = post_as(&app, "/staff/search", &amira, &[("q", "Sam Jones")]).await;
    assert_eq!(unreadable.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The record opens read-only, whoever holds it, with its links.
    let record = page_as(&app, &format!("/staff/record/{first}"), &amira).await;
    assert!(record.contains("First Time") && record.contains(&format!("/staff/record/{same_email}")));
    assert!(!record.contains("/export"), "advisers do not export");

    // Every search and view is in the audit trail, by kind, never by the words searched.
    let boss = session(&url, "boss", Role::Admin).await;
    let audit = page_as(&app, "/staff/audit?who=amira", &boss).await;
    for action in ["searched-by-phone", "searched-by-email", "searched-by-reference", "viewed-record", "viewed"] {
        assert!(audit.contains(&format!("data-action=\"{action}\"")), "{action}");
    }

    // Redis holds digests only: no number, address or name in any spelling.
    let dump = redis_dump(&url).await.to_lowercase();
    for readable in ["900123", "7700", "sam.jones", "example.org", "first time", "900456"] {
        assert!(!dump.contains(readable), "{readable} readable in Redis");
    }

    // Retention takes a deleted referral out of the index.
    let mut connection = redis_manager(&url).await;
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    assert_eq!(jobs::delete_expired(&mut connection, 0).await.unwrap(), 1);
    assert_eq!(search(&app, &amira, "07700900123").await, [first.clone()]);
    let keys: Vec<String> = redis::cmd("KEYS").arg(format!("{{contacts}}:of:{same_phone}")).query_async(&mut connection).await.unwrap();
    assert!(keys.is_empty(), "{keys:?}");
}

#[tokio::test]
async fn the_contact_index_survives_a_key_rotation_through_rekey() {
    let redis = RedisServer::start();
    let url = redis.url();
    let before = instance(&url, &[]);
    refer(&before, 1, "Before Rotation", &[("contact-method", "phone"), ("phone", "07700 900123")]).await;
    file_everything(&url).await;
    // Mid-rotation (the new key seals, the old one still opens): the old digest is still found
    // and a new referral is linked to it.
    let during = instance(&url, &[("DATA_KEYS", &format!("{NEW_KEY},{TEST_DATA_KEY}"))]);
    refer(&during, 2, "During Rotation", &[("contact-method", "phone"), ("phone", "+447700900123")]).await;
    file_everything(&url).await;
    let amira = session(&url, "amira", Role::Adviser).await;
    assert_eq!(search(&during, &amira, "07700 900123").await.len(), 2);

    let rotated = Sealer::from_keys([NEW_KEY, TEST_DATA_KEY]).unwrap();
    let last = server::rekey::run(redis_manager(&url).await, &rotated, 90, 5, &mut |_, _, _| {}).await.unwrap();
    assert!(last.iter().all(|(_, tally)| tally.settled() && tally.unreadable == 0), "{last:?}");
    let contacts = last.iter().find(|(part, _)| *part == server::rekey::Part::Contacts).unwrap().1;
    assert_eq!(contacts.read, 2);
    // The old key removed: both are still found, and still linked.
    let after = instance(&url, &[("DATA_KEYS", NEW_KEY)]);
    assert_eq!(search(&after, &amira, "07700 900123").await.len(), 2);
    let first = id_of(&url, "Before Rotation").await;
    let record = page_as(&after, &format!("/staff/record/{first}"), &amira).await;
    assert!(record.contains("Also referred on"), "{record}");
}

async fn login(app: &axum::Router, name: &str, code: &str) -> StatusCode {
    let form = app.clone().oneshot(Request::get("/staff/login").body(Body::empty()).unwrap()).await.unwrap();
    let cookie = form.headers()[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csrf = csrf_of(&body_text(form).await);
    let pairs = [("name", name), ("password", PASSWORD), ("code", code), ("csrf", &csrf)];
    let request = Request::post("/staff/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded::to_string(pairs).unwrap()))
        .unwrap();
    app.clone().oneshot(request).await.unwrap().status()
}

async fn code_of(store: &StaffStore, name: &str) -> String {
    accounts::current_code(store, &Sealer::from_base64(TEST_DATA_KEY).unwrap(), name).await.unwrap()
}

#[tokio::test]
async fn admins_disable_enable_reset_and_change_roles_and_every_change_is_audited() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = instance(&url, &[]);
    let store = staff_store(&url).await;
    add_account(&store, "boss", Role::Admin).await;
    add_account(&store, "kim", Role::Adviser).await;
    let boss = session(&url, "boss", Role::Admin).await;
    let kim = session(&url, "kim", Role::Adviser).await;
    assert_eq!(get_as(&app, "/staff/team", &kim).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(post_as(&app, "/staff/team/boss/disable", &kim, &[]).await.status(), StatusCode::FORBIDDEN);
    let team = page_as(&app, "/staff/team", &boss).await;
    assert!(team.contains("data-account=\"kim\"") && team.contains("data-account=\"boss\""));

    // Disabled: the session ends at once and the right password and code no longer sign in.
    assert_eq!(post_as(&app, "/staff/team/kim/disable", &boss, &[]).await.status(), StatusCode::SEE_OTHER);
    let signed_out = get_as(&app, "/staff", &kim).await;
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER, "kim's session ended");
    assert_eq!(login(&app, "kim", &code_of(&store, "kim").await).await, StatusCode::UNAUTHORIZED);
    assert!(page_as(&app, "/staff/team", &boss).await.contains("Disabled"));
    assert_eq!(post_as(&app, "/staff/team/kim/enable", &boss, &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(login(&app, "kim", &code_of(&store, "kim").await).await, StatusCode::SEE_OTHER);
    let summary = store.account_summary("kim").await.unwrap().unwrap();
    assert!(summary.last_sign_in_ms.is_some(), "the sign-in is recorded");

    // MFA reset: the secret is shown once; a code from the old secret fails, the new one works.
    let old_code = code_of(&store, "kim").await;
    let reset = post_as(&app, "/staff/team/kim/reset-mfa", &boss, &[]).await;
    assert_eq!(reset.status(), StatusCode::OK);
    let shown = body_text(reset).await;
    let secret = shown.split("data-testid=\"secret\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
    assert!(secret.len() >= 16, "{secret}");
    assert!(!page_as(&app, "/staff/team", &boss).await.contains(&secret), "shown once");
    let new_code = code_of(&store, "kim").await;
    if new_code != old_code {
        assert_eq!(login(&app, "kim", &old_code).await, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(login(&app, "kim", &new_code).await, StatusCode::SEE_OTHER);

    // Role changes apply at once (sessions end) and are kept.
    let kim = session(&url, "kim", Role::Adviser).await;
    assert_eq!(post_as(&app, "/staff/team/kim/set-role", &boss, &[("role", "team-leader")]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(get_as(&app, "/staff", &kim).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(store.account_summary("kim").await.unwrap().unwrap().role, Role::TeamLeader);
    let kim = session(&url, "kim", Role::TeamLeader).await;
    assert_eq!(post_as(&app, "/staff/team/kim/sign-out", &boss, &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(get_as(&app, "/staff", &kim).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(post_as(&app, "/staff/team/nobody/disable", &boss, &[]).await.status(), StatusCode::CONFLICT);

    let audit = page_as(&app, "/staff/audit?referral=account:kim", &boss).await;
    for action in ["account-disabled", "account-enabled", "mfa-reset", "role-set-team-leader", "signed-out-by-admin"] {
        assert!(audit.contains(&format!("data-action=\"{action}\"")), "{action}");
    }
    assert!(!audit.contains(&secret), "no secret in the audit trail");
}

#[tokio::test]
async fn the_last_admin_cannot_disable_or_demote_themselves() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = instance(&url, &[]);
    let store = staff_store(&url).await;
    add_account(&store, "boss", Role::Admin).await;
    let boss = session(&url, "boss", Role::Admin).await;
    for (action, role) in [("disable", ""), ("set-role", "adviser"), ("set-role", "team-leader")] {
        let refused = post_as(&app, &format!("/staff/team/boss/{action}"), &boss, &[("role", role)]).await;
        assert_eq!(refused.status(), StatusCode::CONFLICT, "{action} {role}");
        assert!(body_text(refused).await.contains("last admin"));
    }
    let summary = store.account_summary("boss").await.unwrap().unwrap();
    assert_eq!((summary.role, summary.disabled), (Role::Admin, false));
    // Changes that keep them an admin are fine.
    assert_eq!(post_as(&app, "/staff/team/boss/sign-out", &boss, &[]).await.status(), StatusCode::SEE_OTHER);

    // With a second admin, one may step down; then the other is the last.
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    add_account(&store, "ada", Role::Admin).await;
    team::apply(&store, &sealer, "command-line", "boss", TeamAction::SetRole(Role::Adviser)).await.unwrap();
    let last = team::apply(&store, &sealer, "command-line", "ada", TeamAction::Disable).await;
    assert!(matches!(last, Err(TeamError::LastAdmin(_))), "{:?}", last.err());
    // A disabled admin does not count; enabling them again does.
    team::apply(&store, &sealer, "command-line", "boss", TeamAction::SetRole(Role::Admin)).await.unwrap();
    team::apply(&store, &sealer, "command-line", "boss", TeamAction::Disable).await.unwrap();
    assert!(matches!(team::apply(&store, &sealer, "command-line", "ada", TeamAction::Disable).await, Err(TeamError::LastAdmin(_))));
    team::apply(&store, &sealer, "command-line", "boss", TeamAction::Enable).await.unwrap();

    // Two admins demoting each other at the same moment: exactly one succeeds.
    let mut racers = Vec::new();
    for name in ["ada", "boss"] {
        let (store, sealer) = (store.clone(), sealer.clone());
        racers.push(tokio::spawn(async move { team::apply(&store, &sealer, name, name, TeamAction::SetRole(Role::Adviser)).await.is_ok() }));
    }
    let mut succeeded = 0;
    for racer in racers {
        succeeded += racer.await.unwrap() as u32;
    }
    assert_eq!(succeeded, 1);
    let admins = store.accounts().await.unwrap().into_iter().filter(|a| a.role == Role::Admin && !a.disabled).count();
    assert_eq!(admins, 1);
}

#[tokio::test]
async fn the_audit_view_filters_pages_back_past_200_and_exports_safe_csv() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = instance(&url, &[]);
    let mut connection = redis_manager(&url).await;
    for n in 0..260 {
        server::triage::audit::record(&mut connection, if n % 10 == 0 { "ben" } else { "amira" }, "viewed", &format!("ref-{n:03}")).await;
    }
    // Lines a spreadsheet would take as formulas.
    server::triage::audit::record(&mut connection, "=HYPERLINK(\"http://evil\")", "+cmd", "@SUM(A1)").await;
    server::triage::audit::record(&mut connection, "-2+3", "viewed", "a,\"quoted\"").await;
    let boss = session(&url, "boss", Role::Admin).await;
    let amira = session(&url, "amira", Role::Adviser).await;
    assert_eq!(get_as(&app, "/staff/audit.csv", &amira).await.status(), StatusCode::FORBIDDEN);

    // Paging reaches the oldest line.
    let (mut seen, mut next, mut pages) = (Vec::new(), Some("/staff/audit?action=viewed".to_owned()), 0);
    while let Some(uri) = next.take() {
        let page = page_as(&app, &uri.replace("&amp;", "&"), &boss).await;
        pages += 1;
        seen.extend(page.split("<td>ref-").skip(1).map(|rest| rest[..3].to_owned()));
        next = page.split("data-testid=\"older\"").next().and_then(|before| before.rsplit("href=\"").next()).filter(|_| page.contains("data-testid=\"older\"")).map(|href| href.split('"').next().unwrap().to_owned());
    }
    assert_eq!(seen.len(), 260, "every line once");
    assert_eq!(seen.first().map(String::as_str), Some("259"), "newest first");
    assert_eq!(seen.last().map(String::as_str), Some("000"));
    assert_eq!(pages, 3);

    let ben = page_as(&app, "/staff/audit?who=ben", &boss).await;
    assert_eq!(ben.matches("data-testid=\"audit-row\"").count(), 26);
    let one = page_as(&app, "/staff/audit?referral=ref-007", &boss).await;
    assert_eq!(one.matches("data-testid=\"audit-row\"").count(), 1);
    let today = chrono::Utc::now().date_naive();
    let (yesterday, tomorrow) = (today.pred_opt().unwrap(), today.succ_opt().unwrap());
    let until_yesterday = page_as(&app, &format!("/staff/audit?to={}", yesterday.format("%Y-%m-%d")), &boss).await;
    assert_eq!(until_yesterday.matches("data-testid=\"audit-row\"").count(), 0);
    let from_tomorrow = page_as(&app, &format!("/staff/audit?from={}", tomorrow.format("%Y-%m-%d")), &boss).await;
    assert_eq!(from_tomorrow.matches("data-testid=\"audit-row\"").count(), 0);
    let around_today = page_as(&app, &format!("/staff/audit?who=ben&from={}&to={}", yesterday.format("%Y-%m-%d"), tomorrow.format("%Y-%m-%d")), &boss).await;
    assert_eq!(around_today.matches("data-testid=\"audit-row\"").count(), 26);

    let csv = get_as(&app, "/staff/audit.csv?action=viewed", &boss).await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    let csv = body_text(csv).await;
    assert_eq!(csv.lines().count(), 1 + 261, "a header and every matching line");
    assert!(csv.contains("'-2+3,viewed,\"a,\"\"quoted\"\"\"\r\n"), "{csv}");
    let all = body_text(get_as(&app, "/staff/audit.csv", &boss).await).await;
    assert!(all.contains("\"'=HYPERLINK(\"\"http://evil\"\")\",'+cmd,'@SUM(A1)\r\n"), "{all}");
    for line in all.lines().skip(1) {
        for cell in line.split(',') {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "a formula cell: {line}");
        }
    }
    assert!(page_as(&app, "/staff/audit?action=audit-exported", &boss).await.contains("<td>boss</td>"), "the export is audited");
}

#[tokio::test]
async fn team_leaders_export_one_referral_with_a_reason_and_the_export_is_audited() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = instance(&url, &[]);
    refer(&app, 1, "=HYPERLINK(\"http://evil\")", &[("contact-method", "phone"), ("phone", "07700 900123"), ("about", "line one\nline, two")]).await;
    file_everything(&url).await;
    let id = id_of(&url, "=HYPERLINK(\"http://evil\")").await;
    let lead = session(&url, "kim", Role::TeamLeader).await;
    let adviser = session(&url, "amira", Role::Adviser).await;
    let export = format!("/staff/record/{id}/export");
    assert_eq!(get_as(&app, &export, &adviser).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(post_as(&app, &export, &adviser, &[("reason", "curious"), ("format", "json")]).await.status(), StatusCode::FORBIDDEN);
    assert!(page_as(&app, &format!("/staff/record/{id}"), &lead).await.contains(&export));
    let no_reason = post_as(&app, &export, &lead, &[("reason", "  "), ("format", "json")]).await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let json = post_as(&app, &export, &lead, &[("reason", "Entered in the case system"), ("format", "json")]).await;
    assert_eq!(json.status(), StatusCode::OK);
    assert!(json.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().contains(&format!("referral-{id}.json")));
    let json: serde_json::Value = serde_json::from_str(&body_text(json).await).unwrap();
    assert_eq!(json["reference"], id.as_str());
    assert_eq!(json["answers"]["details"]["phone"], "07700 900123");
    let csv = body_text(post_as(&app, &export, &lead, &[("reason", "Again, as CSV"), ("format", "csv")]).await).await;
    assert!(csv.starts_with("field,value\r\n"));
    assert!(csv.contains("name,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"), "{csv}");
    assert!(csv.contains("about,\"line one\nline, two\"\r\n"), "{csv}");

    let record = page_as(&app, &format!("/staff/record/{id}"), &lead).await;
    assert!(record.contains("Exported (JSON) for the case system by kim: Entered in the case system"), "the reason is a note");
    let boss = session(&url, "boss", Role::Admin).await;
    let audit = page_as(&app, &format!("/staff/audit?referral={id}"), &boss).await;
    for action in ["exported-json", "exported-csv", "viewed-record"] {
        assert!(audit.contains(&format!("data-action=\"{action}\"")), "{action}");
    }
    assert!(!audit.contains("Entered in the case system"), "the reason stays sealed");
    let dump = redis_dump(&url).await;
    assert!(!dump.contains("Entered in the case system") && !dump.contains("HYPERLINK"));
}
