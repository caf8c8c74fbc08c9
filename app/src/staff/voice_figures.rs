//! The figures visitors' answers give, for the dashboard: "Did this help?" answers, the
//! about-you replies question by question, and chat outcomes, each as a captioned table.
//! Small numbers are never shown: 1 to 4 is "fewer than 5", so nobody can be recognised.
use leptos::prelude::*;

/// Counts from 1 up to this are shown as "fewer than 5".
pub const SMALLEST_SHOWN: u64 = 5;

/// Everything for one period: its name (`November 2026`) and one table per measure.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoiceFigures {
    pub period: String,
    pub tables: Vec<FigureTable>,
}

/// One measure: a caption, what it counts, and one row per answer in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FigureTable {
    pub caption: String,
    pub definition: String,
    pub rows: Vec<(String, u64)>,
}

/// A count as pages and exports show it.
pub fn shown_count(count: u64) -> String {
    match count {
        1..SMALLEST_SHOWN => format!("fewer than {SMALLEST_SHOWN}"),
        n => n.to_string(),
    }
}

pub fn voice_figures_view(figures: &VoiceFigures) -> impl IntoView + use<> {
    let tables = figures
        .tables
        .iter()
        .map(|table| {
            let rows = table
                .rows
                .iter()
                .map(|(label, count)| view! { <tr><th scope="row">{label.clone()}</th><td>{shown_count(*count)}</td></tr> })
                .collect_view();
            view! {
                <table class="queue figures" data-testid="voice-figures-table">
                    <caption>{table.caption.clone()}</caption>
                    <thead><tr><th scope="col">"Answer"</th><th scope="col">"Count"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="hint">{table.definition.clone()}</p>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="voice-figures-heading" data-testid="voice-figures">
            <h2 id="voice-figures-heading">{format!("What visitors told us: {}", figures.period)}</h2>
            <p>"Counts from 1 to 4 show as \"fewer than 5\"."</p>
            {tables}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_are_never_shown() {
        assert_eq!(shown_count(0), "0");
        for n in 1..5 {
            assert_eq!(shown_count(n), "fewer than 5");
        }
        assert_eq!(shown_count(5), "5");
    }
}
