//! The triage team's working week, the bank holidays it does not work, and how many working
//! hours each referral path has until first contact: read from `data/service-hours.toml`
//! and checked, so a mistake stops start-up with a message naming the place.
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::ReferralPath;

/// One working day's hours, UK wall-clock time; `closes` is after `opens` (no overnight shifts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkingDay {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceHours {
    /// Monday first, as `Weekday::num_days_from_monday`.
    pub(super) week: [Option<WorkingDay>; 7],
    pub(super) bank_holidays: BTreeSet<NaiveDate>,
    pub(super) contact_within: HashMap<ReferralPath, u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum ServiceHoursError {
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("not valid TOML: {0}")]
    Syntax(String),
    #[error("{place}: {problem}")]
    Field { place: String, problem: String },
}

fn field(place: impl Into<String>, problem: impl Into<String>) -> ServiceHoursError {
    ServiceHoursError::Field { place: place.into(), problem: problem.into() }
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Most working hours a path may wait: two working weeks of long days.
const MOST_WORKING_HOURS: u32 = 80;

impl ServiceHours {
    pub fn load(path: &Path) -> Result<ServiceHours, ServiceHoursError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ServiceHoursError::Io { path: path.display().to_string(), source })?;
        ServiceHours::from_toml_str(&text)
    }

    pub fn from_toml_str(text: &str) -> Result<ServiceHours, ServiceHoursError> {
        let mut file: toml::Table = toml::from_str(text).map_err(|e| ServiceHoursError::Syntax(e.to_string()))?;
        let table = |file: &mut toml::Table, name: &str| -> Result<toml::Table, ServiceHoursError> {
            match file.remove(name) {
                Some(toml::Value::Table(table)) => Ok(table),
                _ => Err(field(format!("[{name}]"), "missing; see the comments at the top of the file")),
            }
        };

        let mut week = [None; 7];
        for (key, value) in table(&mut file, "working-hours")? {
            let place = format!("[working-hours] {key}");
            let (_, day) = DAYS
                .iter()
                .find(|(name, _)| *name == key)
                .ok_or_else(|| field(&place, "is not one of mon, tue, wed, thu, fri, sat, sun"))?;
            let hours = value.as_str().and_then(parse_hours).ok_or_else(|| {
                field(&place, format!("{value} is not \"HH:MM-HH:MM\" with the closing time after the opening time"))
            })?;
            week[day.num_days_from_monday() as usize] = Some(hours);
        }
        if week.iter().all(Option::is_none) {
            return Err(field("[working-hours]", "lists no working day"));
        }

        let mut contact_within = HashMap::new();
        let mut within = table(&mut file, "contact-within")?;
        for path in ReferralPath::ALL {
            let place = format!("[contact-within] {}", path.slug());
            let hours = within.remove(path.slug()).ok_or_else(|| field(&place, "missing"))?;
            let hours = hours
                .as_integer()
                .and_then(|h| u32::try_from(h).ok())
                .filter(|h| (1..=MOST_WORKING_HOURS).contains(h))
                .ok_or_else(|| field(&place, format!("{hours} is not a whole number of working hours from 1 to {MOST_WORKING_HOURS}")))?;
            contact_within.insert(*path, hours);
        }
        if let Some(unknown) = within.keys().next() {
            return Err(field(format!("[contact-within] {unknown}"), format!("is not a referral path; use {}", ReferralPath::SLUGS.join(", "))));
        }

        let mut bank_holidays = BTreeSet::new();
        let listed = match file.remove("bank-holiday") {
            Some(toml::Value::Array(listed)) => listed,
            None => Vec::new(),
            Some(_) => return Err(field("[[bank-holiday]]", "must be [[bank-holiday]] blocks with date and name")),
        };
        for (index, entry) in listed.iter().enumerate() {
            let place = format!("[[bank-holiday]] number {}", index + 1);
            let date = match entry.get("date") {
                Some(toml::Value::Datetime(toml::value::Datetime { date: Some(d), time: None, offset: None })) => {
                    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                }
                _ => None,
            }
            .ok_or_else(|| field(&place, "needs date = YYYY-MM-DD"))?;
            let place = format!("[[bank-holiday]] {date}");
            if entry.get("name").and_then(|n| n.as_str()).is_none_or(|n| n.trim().is_empty()) {
                return Err(field(&place, "needs a name, as gov.uk gives it"));
            }
            if week[date.weekday().num_days_from_monday() as usize].is_none() {
                return Err(field(
                    &place,
                    format!("falls on a {}, not a working day: gov.uk lists a weekday substitute day instead", date.weekday()),
                ));
            }
            if !bank_holidays.insert(date) {
                return Err(field(&place, "is listed twice"));
            }
        }
        if let Some(unknown) = file.keys().next() {
            return Err(field(unknown, "is not a part of this file; use [working-hours], [contact-within] and [[bank-holiday]]"));
        }
        Ok(ServiceHours { week, bank_holidays, contact_within })
    }

    /// Working hours from a referral on this path to the latest first contact.
    pub fn contact_within(&self, path: ReferralPath) -> u32 {
        self.contact_within[&path]
    }

    /// The last year with bank holidays listed (None when none are), so start-up can warn
    /// before the list runs out.
    pub fn last_listed_year(&self) -> Option<i32> {
        self.bank_holidays.last().map(Datelike::year)
    }

    /// The team's hours on this date, or None on a day off (weekend, bank holiday).
    pub fn working_day(&self, date: NaiveDate) -> Option<WorkingDay> {
        if self.bank_holidays.contains(&date) {
            return None;
        }
        self.week[date.weekday().num_days_from_monday() as usize]
    }
}

/// "09:00-17:00" with closing after opening.
fn parse_hours(text: &str) -> Option<WorkingDay> {
    let (opens, closes) = text.split_once('-')?;
    let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    let (opens, closes) = (time(opens)?, time(closes)?);
    (closes > opens).then_some(WorkingDay { opens, closes })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "[working-hours]\nmon = \"09:00-17:00\"\n[contact-within]\nself = 8\nprofessional = 8\nfriend-or-family = 8\n";

    fn error(text: &str) -> String {
        ServiceHours::from_toml_str(text).unwrap_err().to_string()
    }

    #[test]
    fn the_shipped_file_loads_and_lists_2026_to_2028() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/service-hours.toml");
        let hours = ServiceHours::load(&path).unwrap();
        assert_eq!(hours.last_listed_year(), Some(2028));
        assert_eq!(hours.bank_holidays.len(), 24);
        for year in 2026..=2028 {
            assert_eq!(hours.bank_holidays.iter().filter(|d| d.year() == year).count(), 8, "{year}");
        }
        let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // Substitute days, where gov.uk moves a weekend holiday to the next weekday.
        for substitute in ["2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"] {
            assert_eq!(hours.working_day(date(substitute)), None, "{substitute}");
        }
        assert!(hours.working_day(date("2026-12-24")).is_some());
        assert_eq!(hours.contact_within(ReferralPath::Professional), 8);
    }

    #[test]
    fn mistakes_name_their_place() {
        assert!(ServiceHours::from_toml_str(MINIMAL).is_ok());
        assert_eq!(error(&MINIMAL.replace("09:00-17:00", "9 to 5")), "[working-hours] mon: \"9 to 5\" is not \"HH:MM-HH:MM\" with the closing time after the opening time");
        assert_eq!(error(&MINIMAL.replace("09:00-17:00", "17:00-09:00")), "[working-hours] mon: \"17:00-09:00\" is not \"HH:MM-HH:MM\" with the closing time after the opening time");
        assert_eq!(error(&MINIMAL.replace("mon =", "monday =")), "[working-hours] monday: is not one of mon, tue, wed, thu, fri, sat, sun");
        assert_eq!(error(&MINIMAL.replace("self = 8", "self = 0")), "[contact-within] self: 0 is not a whole number of working hours from 1 to 80");
        assert_eq!(error(&MINIMAL.replace("self = 8\n", "")), "[contact-within] self: missing");
        assert_eq!(error(&MINIMAL.replace("[contact-within]", "[contact]")), "[contact-within]: missing; see the comments at the top of the file");
        let holiday = |date: &str| format!("{MINIMAL}[[bank-holiday]]\ndate = {date}\nname = \"x\"\n");
        assert!(ServiceHours::from_toml_str(&holiday("2026-05-04")).is_ok());
        // Boxing Day 2026 is a Saturday: gov.uk's substitute is Monday 28th.
        assert_eq!(error(&holiday("2026-12-26")), "[[bank-holiday]] 2026-12-26: falls on a Sat, not a working day: gov.uk lists a weekday substitute day instead");
        assert_eq!(error(&holiday("2026-13-01")).split(':').next(), Some("not valid TOML"));
        assert_eq!(error(&format!("{}{}", holiday("2026-05-04"), "[[bank-holiday]]\ndate = 2026-05-04\nname = \"x\"\n")), "[[bank-holiday]] 2026-05-04: is listed twice");
        assert_eq!(error(&format!("{MINIMAL}[[bank-holiday]]\nname = \"x\"\n")), "[[bank-holiday]] number 1: needs date = YYYY-MM-DD");
    }
}
