//! The translation catalogue: one folder per language under `locales/`, holding `.ftl` files.
//!
//! Languages are discovered at start-up from the folders, so adding a language is adding a
//! folder: no code changes. English is the fallback for any key a language lacks.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The language every other one falls back to.
pub const FALLBACK_TAG: &str = "en";
/// Each locale names itself with this key, in its own script (for the language picker).
pub const NATIVE_NAME_KEY: &str = "language-name";

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("cannot read the locales folder {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("locale folder {0:?} is not a valid language tag")]
    BadTag(String),
    #[error("{file}: Fluent syntax error: {detail}")]
    Syntax { file: PathBuf, detail: String },
    #[error("{file}: key {key:?} is defined twice")]
    Duplicate { file: PathBuf, key: String },
    #[error("locale {0:?} has no {NATIVE_NAME_KEY:?} message")]
    MissingNativeName(String),
    #[error("there is no {FALLBACK_TAG:?} locale to fall back to")]
    NoFallback,
}

/// One language the site is offered in.
pub struct Language {
    pub tag: String,
    pub native_name: String,
    pub right_to_left: bool,
    keys: BTreeSet<String>,
    bundle: FluentBundle<FluentResource>,
    /// One whole number for each plural category the language has ("one" → 1, "few" → 3…),
    /// so a script can be given each form of a counted message and choose in the browser.
    plural_samples: Vec<(&'static str, i64)>,
}

impl Language {
    /// Message ids defined for this language (terms excluded).
    pub fn keys(&self) -> &BTreeSet<String> {
        &self.keys
    }
    pub fn dir(&self) -> &'static str {
        if self.right_to_left {
            "rtl"
        } else {
            "ltr"
        }
    }
    /// One sample number per plural category, smallest first (see the field).
    pub fn plural_samples(&self) -> &[(&'static str, i64)] {
        &self.plural_samples
    }

    /// The `$variables` a message uses, so a test can see that no translation drops one.
    pub fn variables(&self, key: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        if let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) {
            collect_pattern_variables(pattern, &mut found);
        }
        found
    }
    fn format(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(key)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language").field("tag", &self.tag).finish()
    }
}

#[derive(Debug)]
pub struct Catalog {
    /// English first, then the rest in tag order, so the picker is stable.
    languages: Vec<Language>,
}

impl Catalog {
    pub fn load(dir: &Path) -> Result<Catalog, CatalogError> {
        let io = |source| CatalogError::Io { path: dir.to_owned(), source };
        let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_dir())
            .collect();
        folders.sort();
        let mut languages = folders
            .iter()
            .map(|folder| load_language(folder))
            .collect::<Result<Vec<_>, _>>()?;
        languages.sort_by_key(|l| (l.tag != FALLBACK_TAG, l.tag.clone()));
        if languages.first().map(|l| l.tag.as_str()) != Some(FALLBACK_TAG) {
            return Err(CatalogError::NoFallback);
        }
        Ok(Catalog { languages })
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn fallback(&self) -> &Language {
        &self.languages[0]
    }

    pub fn get(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    /// The best offered language for an `Accept-Language` header, English when none fits.
    pub fn negotiate(&self, accept_language: &str) -> &Language {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = self
            .languages
            .iter()
            .filter_map(|l| l.tag.parse().ok())
            .collect();
        let default: LanguageIdentifier = FALLBACK_TAG.parse().expect("static tag");
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| self.get(&id.to_string()))
            .unwrap_or_else(|| self.fallback())
    }

    /// The text for `key` in `language`, falling back to English, then to the key itself
    /// (a missing key is caught by the locale tests, never by a visitor's crash).
    pub fn message(&self, language: &Language, key: &str, args: Option<&FluentArgs>) -> String {
        language
            .format(key, args)
            .or_else(|| self.fallback().format(key, args))
            .unwrap_or_else(|| key.to_owned())
    }
}

fn collect_pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_variables(expression, found);
        }
    }
}

fn collect_expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            collect_inline_variables(selector, found);
            for variant in variants {
                collect_pattern_variables(&variant.value, found);
            }
        }
    }
}

fn collect_inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline_variables(argument, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression_variables(expression, found)
        }
        _ => {}
    }
}

fn load_language(folder: &Path) -> Result<Language, CatalogError> {
    let tag = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let langid: LanguageIdentifier =
        tag.parse().map_err(|_| CatalogError::BadTag(tag.clone()))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Unicode isolation marks would end up inside phone numbers and test expectations; the
    // markup isolates mixed-direction text with `dir`/`<bdi>` instead.
    bundle.set_use_isolating(false);
    let mut keys = BTreeSet::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|source| CatalogError::Io { path: folder.to_owned(), source })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file)
            .map_err(|source| CatalogError::Io { path: file.clone(), source })?;
        let resource = FluentResource::try_new(source).map_err(|(_, errors)| {
            CatalogError::Syntax { file: file.clone(), detail: format!("{errors:?}") }
        })?;
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let key = message.id.name.to_owned();
                if !keys.insert(key.clone()) {
                    return Err(CatalogError::Duplicate { file: file.clone(), key });
                }
            }
        }
        bundle.add_resource(resource).map_err(|errors| CatalogError::Syntax {
            file: file.clone(),
            detail: format!("{errors:?}"),
        })?;
    }
    let native_name = bundle
        .get_message(NATIVE_NAME_KEY)
        .and_then(|m| m.value())
        .map(|p| bundle.format_pattern(p, None, &mut Vec::new()).into_owned())
        .ok_or_else(|| CatalogError::MissingNativeName(tag.clone()))?;
    let right_to_left = langid.character_direction() == CharacterDirection::RTL;
    let plural_samples = plural_samples(&langid);
    Ok(Language { tag, native_name, right_to_left, keys, bundle, plural_samples })
}

/// Asks Fluent's own plural rules for `langid` which category each of 0..=200 falls in, and
/// keeps the first number of each category.
fn plural_samples(langid: &LanguageIdentifier) -> Vec<(&'static str, i64)> {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let probe = "category = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    let resource = FluentResource::try_new(probe.to_owned()).expect("the probe is valid Fluent");
    bundle.add_resource(resource).expect("the probe adds to an empty bundle");
    let pattern = bundle.get_message("category").and_then(|m| m.value()).expect("the probe has a value");
    let mut samples: Vec<(&'static str, i64)> = Vec::new();
    for n in 0..=200_i64 {
        let mut args = FluentArgs::new();
        args.set("n", n);
        let category = bundle.format_pattern(pattern, Some(&args), &mut Vec::new()).into_owned();
        let category = CATEGORIES.into_iter().find(|c| *c == category).unwrap_or("other");
        if !samples.iter().any(|(c, _)| *c == category) {
            samples.push((category, n));
        }
    }
    samples
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, tag: &str, body: &str) {
        std::fs::create_dir_all(dir.join(tag)).unwrap();
        std::fs::write(dir.join(tag).join("main.ftl"), body).unwrap();
    }

    fn sample() -> (tempfile::TempDir, Catalog) {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "language-name = English\nhello = Hello { $name }\nonly-en = Only\n");
        write(dir.path(), "ar", "language-name = العربية\nhello = مرحبا { $name }\n");
        write(dir.path(), "pl", "language-name = Polski\nhello = Cześć { $name }\n");
        let catalog = Catalog::load(dir.path()).unwrap();
        (dir, catalog)
    }

    #[test]
    fn discovers_languages_english_first_with_direction() {
        let (_dir, catalog) = sample();
        let tags: Vec<_> = catalog.languages().iter().map(|l| l.tag.as_str()).collect();
        assert_eq!(tags, ["en", "ar", "pl"]);
        assert_eq!(catalog.get("ar").unwrap().dir(), "rtl");
        assert_eq!(catalog.get("pl").unwrap().dir(), "ltr");
        assert_eq!(catalog.get("ar").unwrap().native_name, "العربية");
    }

    #[test]
    fn formats_with_arguments_and_falls_back_to_english() {
        let (_dir, catalog) = sample();
        let pl = catalog.get("pl").unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "Ola");
        assert_eq!(catalog.message(pl, "hello", Some(&args)), "Cześć Ola");
        assert_eq!(catalog.message(pl, "only-en", None), "Only");
        assert_eq!(catalog.message(pl, "nowhere", None), "nowhere");
    }

    #[test]
    fn plural_samples_cover_each_category_of_the_language() {
        let (_dir, catalog) = sample();
        assert_eq!(catalog.get("en").unwrap().plural_samples(), [("other", 0), ("one", 1)]);
        let arabic: Vec<_> = catalog.get("ar").unwrap().plural_samples().iter().map(|(c, _)| *c).collect();
        assert_eq!(arabic, ["zero", "one", "two", "few", "many", "other"]);
        assert!(catalog.get("pl").unwrap().plural_samples().contains(&("few", 2)));
    }

    #[test]
    fn negotiates_accept_language() {
        let (_dir, catalog) = sample();
        assert_eq!(catalog.negotiate("pl-PL,pl;q=0.9,en;q=0.5").tag, "pl");
        assert_eq!(catalog.negotiate("ar-EG").tag, "ar");
        assert_eq!(catalog.negotiate("de-DE,fr;q=0.8").tag, "en");
        assert_eq!(catalog.negotiate("").tag, "en");
        assert_eq!(catalog.negotiate("\u{0}garbage;;q=x").tag, "en");
    }

    #[test]
    fn bad_files_name_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "language-name = English\nbroken = {\n");
        let err = Catalog::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("main.ftl") && err.contains("syntax"), "{err}");

        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "hello = Hi\n");
        let err = Catalog::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("language-name"), "{err}");

        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "pl", "language-name = Polski\n");
        assert!(matches!(Catalog::load(dir.path()), Err(CatalogError::NoFallback)));
    }
}
