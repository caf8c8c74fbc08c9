//! The dashboard's figures from the month counts: plain data (`app::staff::voice_figures`)
//! with English labels taken from the same Fluent keys the visitor's forms use.
use std::collections::BTreeMap;

use app::staff::voice_figures::{FigureTable, VoiceFigures};
use domain::chat::outcome::ChatOutcome;
use domain::i18n::Catalog;
use domain::voice::about_you::Question;
use domain::voice::feedback::{AskedAfter, Helped};

use super::store::{VoiceError, VoiceStore};
use super::tally::{feedback_count, ABOUT_YOU_REPLIES};

/// The figures of `months` (`YYYY-MM`) added together, named `period`.
pub async fn for_months(store: &VoiceStore, catalog: &Catalog, months: &[String], period: &str) -> Result<VoiceFigures, VoiceError> {
    let mut total: BTreeMap<String, u64> = BTreeMap::new();
    for (_, counts) in store.counts(months).await? {
        for (name, count) in counts {
            *total.entry(name).or_default() += count;
        }
    }
    Ok(figures(&total, catalog, period))
}

/// Tables from summed counts; a missing count is 0.
pub fn figures(counts: &BTreeMap<String, u64>, catalog: &Catalog, period: &str) -> VoiceFigures {
    let english = catalog.get("en").unwrap_or_else(|| catalog.fallback());
    let label = |key: &str| catalog.message(english, key, None);
    let count = |name: &str| counts.get(name).copied().unwrap_or(0);
    let mut tables: Vec<FigureTable> = AskedAfter::ALL
        .iter()
        .map(|after| FigureTable {
            caption: format!("Did this help? (after a {})", after.slug()),
            definition: "Answers to the optional question, once per page it was asked on.".into(),
            rows: Helped::ALL.iter().map(|h| (label(&format!("feedback-helped-{}", h.slug())), count(&feedback_count(after.slug(), h.slug())))).collect(),
        })
        .collect();
    tables.push(FigureTable {
        caption: "About you: replies".into(),
        definition: "Replies to the optional about-you step, once per form; every question may be left out.".into(),
        rows: vec![("Replies".into(), count(ABOUT_YOU_REPLIES))],
    });
    for question in Question::ALL {
        let name = question.slug();
        tables.push(FigureTable {
            caption: format!("About you: {}", label(&format!("about-you-{name}"))),
            definition: "Answers to this question alone; answers are never combined or kept with a referral or chat.".into(),
            rows: question
                .answers()
                .iter()
                .map(|answer| {
                    let key = if *answer == "prefer-not-to-say" { "about-you-prefer-not-to-say".to_owned() } else { format!("about-you-{name}-{answer}") };
                    (label(&key), count(&format!("{name}:{answer}")))
                })
                .collect(),
        });
    }
    tables.push(FigureTable {
        caption: "Chat outcomes".into(),
        definition: "The outcome the adviser chose for each chat, once per chat.".into(),
        rows: ChatOutcome::ALL.iter().map(|o| (o.label().to_owned(), count(&format!("chat-outcome:{}", o.slug())))).collect(),
    });
    VoiceFigures { period: period.to_owned(), tables }
}
