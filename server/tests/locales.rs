//! Every language has every key, no key is unused, every file parses, and a new language is
//! just a new folder.
mod support;

use std::collections::BTreeSet;
use std::path::Path;

use axum::http::StatusCode;
use domain::directory::{Audience, Channel, Directory, Note};
use domain::i18n::{Catalog, NATIVE_NAME_KEY};
use domain::referral::{ReferralPath, RiskQuestion};
use support::*;

fn catalog() -> Catalog {
    Catalog::load(&repo_root().join("locales")).expect("every locale file parses")
}

fn looks_like_key(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().unwrap().is_ascii_lowercase()
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && s.contains('-')
}

fn rust_sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals in the UI code that look like Fluent keys.
fn literal_keys_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    for crate_dir in ["app/src", "domain/src", "server/src"] {
        rust_sources(&repo_root().join(crate_dir), &mut files);
    }
    let mut keys = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, piece) in text.split('"').enumerate() {
            if i % 2 == 1 && looks_like_key(piece) {
                keys.insert(piece.to_owned());
            }
        }
    }
    keys
}

/// Keys the code builds from data: audiences, channels, notes, services, weekdays, referral
/// paths and risk questions.
fn data_driven_keys() -> BTreeSet<String> {
    let directory = Directory::load(&repo_root().join("data/services.toml")).unwrap();
    let mut keys = BTreeSet::new();
    keys.extend(Audience::ALL.iter().map(|a| format!("audience-{}", a.slug())));
    keys.extend(Channel::ALL.iter().map(|c| format!("channel-{}", c.slug())));
    keys.extend(Note::ALL.iter().map(|n| format!("note-{}", n.slug())));
    for service in directory.services() {
        keys.insert(format!("service-{}-offer", service.id));
        keys.extend(service.languages.iter().map(|code| format!("language-code-{code}")));
    }
    keys.extend(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().map(|d| format!("weekday-{d}")),
    );
    for path in ReferralPath::ALL {
        let slug = path.slug();
        keys.extend([
            format!("field-name-{slug}"),
            format!("refer-form-title-{slug}"),
            format!("refer-path-{slug}"),
            format!("refer-path-{slug}-body"),
        ]);
    }
    for question in RiskQuestion::ALL {
        keys.extend([format!("risk-{}", question.slug()), format!("risk-{}-why", question.slug())]);
    }
    keys.insert(NATIVE_NAME_KEY.to_owned());
    keys
}

#[test]
fn the_six_languages_are_offered_with_the_right_direction() {
    let catalog = catalog();
    for (tag, dir) in [("en", "ltr"), ("ur", "rtl"), ("ar", "rtl"), ("pl", "ltr"), ("sk", "ltr"), ("ro", "ltr")] {
        let language = catalog.get(tag).unwrap_or_else(|| panic!("{tag} is offered"));
        assert_eq!(language.dir(), dir, "{tag}");
    }
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    let catalog = catalog();
    let english = catalog.fallback().keys().clone();
    for language in catalog.languages() {
        let missing: Vec<_> = english.difference(language.keys()).collect();
        let extra: Vec<_> = language.keys().difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag);
        assert!(extra.is_empty(), "{} has keys English lacks: {extra:?}", language.tag);
    }
}

#[test]
fn every_english_key_is_used_and_every_used_key_exists() {
    let english = catalog().fallback().keys().clone();
    let literals = literal_keys_in_code();
    let data = data_driven_keys();
    let unused: Vec<_> = english
        .iter()
        .filter(|k| !literals.contains(*k) && !data.contains(*k))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    let undefined: Vec<_> = data.iter().filter(|k| !english.contains(*k)).collect();
    assert!(undefined.is_empty(), "keys the directory needs but English lacks: {undefined:?}");
}

#[test]
fn every_translation_of_a_key_keeps_its_placeables() {
    // A translation that drops `{ $time }` would show a status without its time.
    let catalog = catalog();
    let english = catalog.fallback();
    let with_variables: Vec<_> =
        english.keys().iter().filter(|k| !english.variables(k).is_empty()).collect();
    assert!(!with_variables.is_empty(), "English should have messages with variables");
    for language in catalog.languages() {
        for key in &with_variables {
            assert_eq!(
                language.variables(key),
                english.variables(key),
                "{}: {key} must use the same variables as English",
                language.tag
            );
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[tokio::test]
async fn a_new_language_is_just_a_new_folder() {
    let locales = tempfile::tempdir().unwrap();
    copy_dir(&repo_root().join("locales"), locales.path());
    std::fs::create_dir(locales.path().join("cy")).unwrap();
    std::fs::write(
        locales.path().join("cy/main.ftl"),
        "language-name = Cymraeg\nhome-heading = Cael help gyda cham-drin domestig\n",
    )
    .unwrap();
    let redis = RedisServer::start();
    let app = app_with(&redis.url(), locales.path());

    let response = get(&app, "/cy").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains(r#"<html lang="cy" dir="ltr""#));
    assert!(html.contains("Cael help gyda cham-drin domestig"));
    let english = body_text(get(&app, "/en/directory").await).await;
    assert!(english.contains(r#"href="/cy/directory""#) && english.contains("Cymraeg"));
    let response = get_with(&app, "/", &[("accept-language", "cy-GB")]).await;
    assert_eq!(response.headers()["location"], "/cy");
}
