//! Every language has every key, no key is unused, every file parses, and a new language is
//! just a new folder.
mod support;

use domain::voice::about_you::{EthnicGroupHeading, Question};
use domain::voice::feedback::Helped;

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

/// Keys the code builds from data: audiences, channels, notes, services, areas, weekdays, referral
/// paths and risk questions.
fn data_driven_keys() -> BTreeSet<String> {
    let directory = Directory::load(&repo_root().join("data/services.toml")).unwrap();
    let mut keys = BTreeSet::new();
    keys.extend(Audience::ALL.iter().map(|a| format!("audience-{}", a.slug())));
    keys.extend(Channel::ALL.iter().map(|c| format!("channel-{}", c.slug())));
    keys.extend(Note::ALL.iter().map(|n| format!("note-{}", n.slug())));
    for service in directory.services() {
        keys.insert(format!("service-{}-offer", service.id));
        keys.insert(format!("area-{}", service.area));
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
    // The feedback answers and the about-you questions, named from their slugs.
    keys.extend(Helped::ALL.iter().map(|h| format!("feedback-helped-{}", h.slug())));
    for question in Question::ALL {
        let name = question.slug();
        keys.insert(format!("about-you-{name}"));
        keys.extend(question.answers().iter().filter(|a| **a != "prefer-not-to-say").map(|a| format!("about-you-{name}-{a}")));
    }
    keys.extend(EthnicGroupHeading::ALL.iter().map(|h| format!("about-you-ethnic-group-heading-{}", h.slug())));
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

/// Variables that count something (hours, minutes, services…). Where one is shown in prose,
/// the words around it change with the number in most languages ("1 hour", "2 hours"; Arabic
/// has six forms), so the message must choose them with a plural selector on that variable.
/// A new counting variable belongs here; times, days and positions ("number 3") do not.
const COUNTED: &[&str] =
    &["count", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "people", "services", "messages"];

/// The plural categories `tag`'s language has, found by asking its CLDR rules about whole
/// numbers and fractions.
fn plural_categories(tag: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let langid: unic_langid::LanguageIdentifier = tag.parse().expect("a locale folder is a language tag");
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::from(["other"]);
    };
    let samples = (0..=1000).map(|n| n.to_string()).chain(["0.5", "1.5", "2.5", "10.5", "100.5"].map(String::from));
    samples
        .filter_map(|n| rules.select(n.as_str()).ok())
        .map(|category| match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Every place in one `.ftl` file where a counted number is shown without a plural selector
/// on it, or a selector on it names a category the language lacks; each names the file and key.
fn plural_problems(tag: &str, file: &str, source: &str) -> Vec<String> {
    use fluent_syntax::ast;

    let categories = plural_categories(tag);
    if categories.len() <= 1 {
        return Vec::new(); // One form for every number: nothing to choose.
    }
    struct Walk<'a> {
        at: String,
        categories: &'a BTreeSet<&'static str>,
        problems: Vec<String>,
    }
    fn counted_variable<'s>(inline: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
        match inline {
            ast::InlineExpression::VariableReference { id } if COUNTED.contains(&id.name) => Some(id.name),
            // NUMBER($hours) selects on the number just the same.
            ast::InlineExpression::FunctionReference { arguments, .. } => arguments.positional.iter().find_map(counted_variable),
            _ => None,
        }
    }
    impl Walk<'_> {
        fn pattern(&mut self, pattern: &ast::Pattern<&str>, selected: &mut Vec<String>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    self.expression(expression, selected);
                }
            }
        }
        fn expression(&mut self, expression: &ast::Expression<&str>, selected: &mut Vec<String>) {
            match expression {
                ast::Expression::Inline(inline) => self.inline(inline, selected),
                ast::Expression::Select { selector, variants } => {
                    let on = counted_variable(selector);
                    if let Some(name) = on {
                        for variant in variants {
                            if let ast::VariantKey::Identifier { name: key } = &variant.key {
                                if !self.categories.contains(key) {
                                    self.problems.push(format!(
                                        "{}: [{key}] on ${name} is not a plural category of this language (it has {})",
                                        self.at,
                                        self.categories.iter().copied().collect::<Vec<_>>().join(", ")
                                    ));
                                }
                            }
                        }
                        selected.push(name.to_owned());
                    }
                    for variant in variants {
                        self.pattern(&variant.value, selected);
                    }
                    if on.is_some() {
                        selected.pop();
                    }
                }
            }
        }
        fn inline(&mut self, inline: &ast::InlineExpression<&str>, selected: &mut Vec<String>) {
            match inline {
                ast::InlineExpression::VariableReference { id } if COUNTED.contains(&id.name) => {
                    if !selected.iter().any(|s| s == id.name) {
                        self.problems.push(format!(
                            "{}: shows {{ ${name} }} without a plural selector; write {{ ${name} -> [one] … *[other] … }} \
                             with this language's forms around the number",
                            self.at,
                            name = id.name
                        ));
                    }
                }
                ast::InlineExpression::Placeable { expression } => self.expression(expression, selected),
                _ => {}
            }
        }
    }

    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource, // Syntax errors are another test's to report.
    };
    let mut walk = Walk { at: String::new(), categories: &categories, problems: Vec::new() };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            walk.at = format!("locales/{tag}/{file}: key {id}");
            walk.pattern(value, &mut Vec::new());
        }
        for attribute in attributes {
            walk.at = format!("locales/{tag}/{file}: key {id}.{}", attribute.id.name);
            walk.pattern(&attribute.value, &mut Vec::new());
        }
    }
    walk.problems
}

#[test]
fn every_counted_number_in_prose_goes_through_a_plural_selector() {
    let mut problems = Vec::new();
    for folder in std::fs::read_dir(repo_root().join("locales")).unwrap() {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        let tag = folder.file_name().unwrap().to_str().unwrap().to_owned();
        let mut files: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "ftl")) {
            let name = file.file_name().unwrap().to_str().unwrap();
            problems.extend(plural_problems(&tag, name, &std::fs::read_to_string(file).unwrap()));
        }
    }
    assert!(problems.is_empty(), "numbers without a plural selector:\n{}", problems.join("\n"));
}

#[test]
fn the_plural_check_names_the_key_to_fix() {
    assert!(plural_categories("ar").len() == 6 && plural_categories("pl").contains("few"));
    let bare = plural_problems("ar", "risk.ftl", "soon = خلال { $hours } ساعة\n");
    assert_eq!(bare.len(), 1, "{bare:?}");
    assert!(bare[0].starts_with("locales/ar/risk.ftl: key soon: shows { $hours } without a plural selector"), "{}", bare[0]);
    let selected = "soon = { $hours ->\n    [one] ساعة واحدة\n   *[other] { $hours } ساعة\n}\n";
    assert!(plural_problems("ar", "risk.ftl", selected).is_empty());
    let by_function = "soon = { NUMBER($hours) ->\n    [one] 1 hour\n   *[other] { $hours } hours\n}\n";
    assert!(plural_problems("en", "x.ftl", by_function).is_empty());
    // A selector on another variable does not cover the number, and a category the
    // language lacks is named.
    let wrong = "n = { $day ->\n   *[other] { $minutes } min\n}\nm = { $count ->\n    [few] a few\n   *[other] { $count }\n}\n";
    let problems = plural_problems("ur", "chat.ftl", wrong);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("locales/ur/chat.ftl: key n: shows { $minutes }"));
    assert!(problems[1].starts_with("locales/ur/chat.ftl: key m: [few] on $count is not a plural category"));
    // Times and positions are not counts.
    assert!(plural_problems("ar", "x.ftl", "t = { $time } { $position }\n").is_empty());
}

#[tokio::test]
async fn the_chat_script_gets_every_plural_form_of_the_wait() {
    // The script fills in the minutes in the browser, so it is given one text per plural
    // category and picks with Intl.PluralRules; Arabic needs "دقيقتين" for 2 and "دقائق" for 3–10.
    let redis = RedisServer::start();
    let arabic = body_text(get(&app(&redis.url()), "/ar/chat").await).await;
    for form in [r#""wait-two":"مدة الانتظار المتوقعة: حوالي دقيقتين.""#, r#""wait-few":"مدة الانتظار المتوقعة: حوالي {minutes} دقائق.""#] {
        assert!(arabic.contains(form), "{form} in the chat page's strings");
    }
    let english = body_text(get(&app(&redis.url()), "/en/chat").await).await;
    assert!(english.contains(r#""wait-one":"Estimated wait: about {minutes} minute.""#));
}
