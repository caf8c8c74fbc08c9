//! The directory as a site serves it: only its own area's services and those covering it,
//! no filter that finds nothing, and DAAOS reached through triage.
mod support;

use axum::http::StatusCode;
use support::*;

fn with_directory(extra: &[(&str, &str)]) -> server::config::Config {
    config_with("redis://127.0.0.1:1", &repo_root().join("locales"), extra)
}

/// The real directory file with `change` applied, written to a temporary file.
fn edited_directory(change: impl Fn(String) -> String) -> tempfile::NamedTempFile {
    let text = std::fs::read_to_string(repo_root().join("data/services.toml")).unwrap();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), change(text)).unwrap();
    file
}

#[tokio::test]
async fn a_rotherham_site_lists_national_services_and_hides_rutland_ones() {
    let redis = RedisServer::start();
    let page = body_text(get(&app(&redis.url()), "/en/directory").await).await;
    for shown in ["service-rotherham-rise", "service-galop", "service-karma-nirvana", "service-signhealth", "service-national-helpline"] {
        assert!(page.contains(&format!("id=\"{shown}\"")), "{shown} is listed");
    }
    for hidden in ["service-citizens-advice", "service-uava", "service-hope-project"] {
        assert!(!page.contains(&format!("id=\"{hidden}\"")), "{hidden} works only around Rutland");
    }
    assert!(page.contains("The whole UK") && page.contains("Details last checked"));
    // DAAOS has no line of its own: its card says so and gives Rotherham Rise's number.
    let daaos = page.split("id=\"service-daaos\"").nth(1).unwrap().split("</li>").take(3).collect::<String>();
    assert!(daaos.contains("ask Rotherham Rise for this support"), "{daaos}");
    assert!(daaos.contains("tel:+443302020571") && !daaos.contains("01709 255011"), "{daaos}");

    // The Deaf and minority-ethnic filters find services made for them, not only general ones.
    let deaf = body_text(get(&app(&redis.url()), "/en/directory?audience=deaf").await).await;
    assert!(deaf.contains("id=\"service-signhealth\""));
    let minority = body_text(get(&app(&redis.url()), "/en/directory?audience=minority-ethnic").await).await;
    assert!(minority.contains("id=\"service-karma-nirvana\""));
}

#[tokio::test]
async fn a_site_for_rutland_shows_rutland_services_and_not_rotherham_ones() {
    let redis = RedisServer::start();
    let config = config_with(&redis.url(), &repo_root().join("locales"), &[("SITE_AREA", "rutland")]);
    let client = axum::extract::ConnectInfo(std::net::SocketAddr::from(([127, 0, 0, 1], 40000)));
    let app = router(&config).layer(axum::Extension(client));
    let response = get(&app, "/en/directory").await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = body_text(response).await;
    assert!(page.contains("id=\"service-citizens-advice\"") && page.contains("id=\"service-uava\""));
    assert!(!page.contains("id=\"service-rotherham-council\"") && !page.contains("id=\"service-daaos\""));
    assert!(page.contains("id=\"service-galop\""), "national services everywhere");
}

#[test]
fn start_up_refuses_a_filter_with_no_service_behind_it() {
    // Without SignHealth, nothing on a Rotherham site is specifically for Deaf people.
    let file = edited_directory(|text| {
        let start = text.find("[[service]]\nid = \"signhealth\"").unwrap();
        text[..start].to_owned()
    });
    let config = with_directory(&[("DIRECTORY_FILE", file.path().to_str().unwrap())]);
    let error = server::state::load_site(&config).err().expect("start-up refuses it");
    assert!(error.contains("the filter audience = \"deaf\" would find nothing"), "{error}");
    assert!(error.contains("\"rotherham\""), "{error}");

    let unknown = with_directory(&[("SITE_AREA", "leeds")]);
    let error = server::state::load_site(&unknown).err().expect("an unknown area is refused");
    assert!(error.contains("\"leeds\"") && error.contains("SITE_AREA"), "{error}");
    assert!(server::state::load_site(&with_directory(&[])).is_ok());
}
