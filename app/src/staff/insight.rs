//! The insight dashboard (team leaders and admins): every measure with its definition, a
//! chart drawn as SVG on the server (no script, nothing from another host, no inline style:
//! sizes are SVG attributes, colours classes in `/staff.css`) and a table beside it holding
//! the same figures for screen readers; this period beside the one before.
use domain::insight::measures::{definition, ComparedRow, Figures};
use domain::insight::period::{Period, PeriodKind};
use leptos::prelude::*;

/// A section another domain adds below the measures (feedback counts, equal-access tables,
/// chat outcomes): a definition and rows already suppressed (`measures::shown`).
pub struct InsightSection {
    pub title: String,
    pub definition: String,
    pub rows: Vec<ComparedRow>,
}

/// The figures one page shows.
pub struct InsightView {
    pub period: Period,
    pub previous: Period,
    pub rows: Vec<ComparedRow>,
    pub this_period: Figures,
    /// As shown (`measures::shown`): right now, not in either period.
    pub overdue_now: String,
    /// The 2023 report's quarterly table: (quarter, figures), oldest first.
    pub quarters: Vec<(String, Figures)>,
    /// The query string of this view, for the export links (`period=…&at=…`).
    pub query: String,
}

pub fn insight_page(view: InsightView, extra_sections: Vec<InsightSection>) -> impl IntoView {
    let InsightView { period, previous, rows, this_period, overdue_now, quarters, query } = view;
    let measures = ["referrals", "engagement", "first-attempt", "initial-contact", "outcomes", "chats", "chat-wait", "languages"]
        .into_iter()
        .map(|key| {
            let definition = definition(key);
            let mine: Vec<ComparedRow> = rows.iter().filter(|row| row.measure == key).cloned().collect();
            section(definition.key, definition.title.to_owned(), definition.text.to_owned(), mine)
        })
        .collect_view();
    let extra = extra_sections
        .into_iter()
        .enumerate()
        .map(|(i, s)| section(&format!("extra-{i}"), s.title, s.definition, s.rows))
        .collect_view();
    let overdue = definition("overdue");
    let unstaffed = definition("unstaffed");
    view! {
        <h1>"Insight"</h1>
        <p>"Counts only: no personal data. Counts of 1 to 4 are shown as “fewer than 5” so nobody can be recognised."</p>
        {period_picker(&period)}
        <p data-testid="insight-period">
            "Showing " <strong>{period.label()}</strong> ", compared with " {previous.label()} "."
        </p>
        <p>
            <a href=format!("/staff/insight.csv?{query}")>"Download these figures (CSV)"</a> " · "
            <a href=format!("/staff/insight.json?{query}")>"Download these figures (JSON)"</a>
        </p>
        <section aria-labelledby="m-overdue">
            <h2 id="m-overdue">{overdue.title}</h2>
            <p class="insight-definition">{overdue.text}</p>
            <p class="insight-figure" data-testid="overdue-now">{overdue_now}</p>
        </section>
        {measures}
        <section aria-labelledby="m-unstaffed">
            <h2 id="m-unstaffed">{unstaffed.title}</h2>
            <p class="insight-definition">{unstaffed.text}</p>
            {week_grid(&this_period.unstaffed)}
        </section>
        {quarterly_table(quarters)}
        {extra}
    }
}

fn period_picker(period: &Period) -> impl IntoView {
    let options = [PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Custom]
        .into_iter()
        .map(|kind| {
            let label = match kind {
                PeriodKind::Week => "Week",
                PeriodKind::Month => "Month",
                PeriodKind::Quarter => "Quarter (financial year)",
                PeriodKind::Custom => "Custom dates",
            };
            view! { <option value=kind.slug() selected={kind == period.kind}>{label}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action="/staff/insight" class="insight-period">
            <label for="period">"Period"</label>
            <select id="period" name="period">{options}</select>
            <label for="at">"Including the day (week, month, quarter)"</label>
            <input id="at" name="at" type="date" value=period.last.to_string()/>
            <label for="from">"From (custom dates)"</label>
            <input id="from" name="from" type="date" value=period.first.to_string()/>
            <label for="to">"To (custom dates)"</label>
            <input id="to" name="to" type="date" value=period.last.to_string()/>
            <button type="submit">"Show"</button>
        </form>
    }
}

/// A measure: heading, definition, a bar chart of its countable rows, and the table.
fn section(key: &str, title: String, definition: String, rows: Vec<ComparedRow>) -> impl IntoView {
    let heading = format!("m-{key}");
    let labelled_by = heading.clone();
    let chart = bar_chart(&rows);
    let body = rows
        .into_iter()
        .map(|row| view! { <tr><th scope="row">{row.item}</th><td>{row.this_period}</td><td>{row.previous_period}</td></tr> })
        .collect_view();
    view! {
        <section aria-labelledby=labelled_by class="insight-measure">
            <h2 id=heading>{title}</h2>
            <p class="insight-definition">{definition}</p>
            <div class="insight-pair">
                {chart}
                <table class="queue insight-table" data-measure=key.to_owned()>
                    <thead><tr><th scope="col">"Item"</th><th scope="col">"This period"</th><th scope="col">"Previous period"</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}

const CHART_WIDTH: u64 = 480;
const LABEL_WIDTH: u64 = 190;
const BAR_HEIGHT: u64 = 12;
const ROW_HEIGHT: u64 = 34;

/// Bars for the rows that are counts (both periods); a hidden count draws no bar. The table
/// beside it says the same, so the picture is hidden from screen readers.
fn bar_chart(rows: &[ComparedRow]) -> Option<impl IntoView> {
    let counted: Vec<(&ComparedRow, Option<u64>, Option<u64>)> = rows
        .iter()
        .map(|row| (row, row.this_period.parse::<u64>().ok(), row.previous_period.parse::<u64>().ok()))
        .filter(|(row, now, before)| (now.is_some() || before.is_some()) && !row.item.contains("percentile") && row.item != "median")
        .collect();
    let largest = counted.iter().flat_map(|(_, a, b)| [a.unwrap_or(0), b.unwrap_or(0)]).max().unwrap_or(0);
    if counted.is_empty() || largest == 0 {
        return None;
    }
    let room = CHART_WIDTH - LABEL_WIDTH - 60;
    let width = |n: Option<u64>| n.map_or(0, |n| n * room / largest);
    let height = counted.len() as u64 * ROW_HEIGHT + 8;
    let bars = counted
        .into_iter()
        .enumerate()
        .map(|(i, (row, now, before))| {
            let y = i as u64 * ROW_HEIGHT + 4;
            view! {
                <text x="0" y=(y + 14).to_string() class="insight-label">{row.item.clone()}</text>
                <rect x=LABEL_WIDTH.to_string() y=y.to_string() width=width(now).to_string() height=BAR_HEIGHT.to_string() class="insight-bar"></rect>
                <text x=(LABEL_WIDTH + width(now) + 4).to_string() y=(y + 11).to_string() class="insight-value">{row.this_period.clone()}</text>
                <rect x=LABEL_WIDTH.to_string() y=(y + BAR_HEIGHT + 2).to_string() width=width(before).to_string() height=BAR_HEIGHT.to_string() class="insight-bar-before"></rect>
            }
        })
        .collect_view();
    Some(view! {
        <svg class="insight-chart" viewBox=format!("0 0 {CHART_WIDTH} {height}") width=CHART_WIDTH.to_string() height=height.to_string() aria-hidden="true" focusable="false">
            {bars}
        </svg>
    })
}

use domain::insight::measures::WEEKDAYS as DAYS;

/// Demand by hour of the week: a grid shaded in five steps (counts of 1–4 share the lowest
/// non-zero step, so the shade never tells a small count), and the table of the same counts.
fn week_grid(grid: &[[u64; 24]; 7]) -> impl IntoView {
    let largest = grid.iter().flatten().copied().max().unwrap_or(0).max(1);
    let cells = grid
        .iter()
        .enumerate()
        .flat_map(|(day, hours)| {
            hours.iter().enumerate().map(move |(hour, count)| {
                let step = match *count {
                    0 => 0,
                    n if n < 5 => 1,
                    n => (1 + n * 3 / largest).min(4),
                };
                view! { <rect x=(60 + hour * 18).to_string() y=(day * 18 + 16).to_string() width="16" height="16" class=format!("heat-{step}")></rect> }
            })
        })
        .collect_view();
    let hour_marks = (0..24)
        .step_by(3)
        .map(|hour| view! { <text x=(60 + hour * 18).to_string() y="12" class="insight-label">{format!("{hour:02}")}</text> })
        .collect_view();
    let day_marks = DAYS
        .iter()
        .enumerate()
        .map(|(day, name)| view! { <text x="0" y=(day * 18 + 28).to_string() class="insight-label">{name[..3].to_owned()}</text> })
        .collect_view();
    let head = (0..24).map(|hour| view! { <th scope="col">{format!("{hour:02}")}</th> }).collect_view();
    let body = grid
        .iter()
        .zip(DAYS)
        .map(|(hours, name)| {
            let cells = hours.iter().map(|n| view! { <td>{domain::insight::measures::shown(*n)}</td> }).collect_view();
            view! { <tr><th scope="row">{name}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="insight-pair">
            <svg class="insight-chart" viewBox="0 0 496 146" width="496" height="146" aria-hidden="true" focusable="false">
                {hour_marks}{day_marks}{cells}
            </svg>
            <div class="insight-scroll">
                <table class="queue insight-table" data-measure="unstaffed">
                    <caption>"Visitors who joined the chat queue with nobody on shift, by hour (UK time)"</caption>
                    <thead><tr><th scope="col">"Day"</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </div>
    }
}

/// Laid out like the 2023 progress report's quarterly tables: a row per financial quarter,
/// then the total.
fn quarterly_table(quarters: Vec<(String, Figures)>) -> impl IntoView {
    use domain::insight::measures::{shown, shown_rate, Engagement};
    let mut total = Figures::default();
    let mut total_engagement = Engagement::default();
    let rows = quarters
        .iter()
        .map(|(name, f)| {
            total.referrals += f.referrals;
            total.chats_answered += f.chats_answered;
            total_engagement.engaged += f.engagement.engaged;
            total_engagement.not_engaged += f.engagement.not_engaged;
            view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    <td>{shown(f.referrals)}</td>
                    <td>{shown(f.engagement.engaged)}</td>
                    <td>{shown(f.engagement.eligible())}</td>
                    <td>{f.engagement.rate()}</td>
                    <td>{shown(f.chats_answered)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="m-quarters">
            <h2 id="m-quarters">"Referrals and engagement by quarter"</h2>
            <p class="insight-definition">"The four financial quarters to the end of the period shown (Q1 is April to June), as the 2023 progress report sets them out. Engagement as defined above."</p>
            <table class="queue insight-table" data-measure="quarters">
                <thead><tr>
                    <th scope="col">"Quarter"</th><th scope="col">"Referrals"</th><th scope="col">"Referrals engaging"</th>
                    <th scope="col">"Counted for engagement"</th><th scope="col">"Engagement rate"</th><th scope="col">"Chats answered"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row">"Total"</th>
                    <td>{shown(total.referrals)}</td>
                    <td>{shown(total_engagement.engaged)}</td>
                    <td>{shown(total_engagement.eligible())}</td>
                    <td>{shown_rate(total_engagement.engaged, total_engagement.eligible())}</td>
                    <td>{shown(total.chats_answered)}</td>
                </tr></tfoot>
            </table>
        </section>
    }
}
