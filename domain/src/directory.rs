//! The service directory: who can help, who for, how to reach them, when they are open.
//! It is read from a data file (`data/services.toml`) that a non-programmer can edit; a
//! mistake in it stops start-up with a message naming the entry and the field.
use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{Months, NaiveDate, NaiveTime, Weekday};
use serde::Deserialize;

mod areas;
pub use areas::Areas;

pub use crate::helplines::Helpline;
pub use crate::opening_hours::{OpenStatus, OpeningHours, Slot};
use crate::slug::slug_enum;

slug_enum! {
    /// Who a service is for.
    pub enum Audience {
        Everyone,
        Women,
        Men,
        Lgbt,
        YoungPeople,
        Deaf,
        MinorityEthnic,
        ComplexNeeds,
        Professionals,
        Perpetrators,
    }
}

slug_enum! {
    /// How a service can be reached.
    pub enum Channel {
        Phone,
        Text,
        Webchat,
        Web,
        Email,
    }
}

slug_enum! {
    /// Short facts a frightened reader wants to know before calling.
    pub enum Note {
        Free,
        NotOnPhoneBill,
        Confidential,
        EmergencyOnly,
        Interpreters,
        CallToArrange,
        Housing,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub channel: Channel,
    /// As shown to the reader: "0330 202 0571", "https://…", "name@…".
    pub value: String,
    /// The link: `tel:`, `sms:`, `https:` or `mailto:`.
    pub href: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub id: String,
    pub name: String,
    /// An area id from `[areas]`; its name is the message `area-<id>`.
    pub area: String,
    pub audiences: Vec<Audience>,
    /// Empty when the service is reached through another one (`reached_through`).
    pub contacts: Vec<Contact>,
    /// The id of the service people ask for this one, when it has no door of its own (the
    /// council's outreach service is offered by the single point of access after triage).
    pub reached_through: Option<String>,
    /// The provider's own page the details were copied from.
    pub source: String,
    /// The day someone last compared the entry with `source`.
    pub checked: NaiveDate,
    pub hours: OpeningHours,
    /// Language tags ("en", "ur"), or "interpreter" where interpreters can be arranged.
    pub languages: Vec<String>,
    pub notes: Vec<Note>,
}

/// A filter from the directory page. Empty lists mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub audiences: Vec<Audience>,
    pub channels: Vec<Channel>,
}

#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("not valid TOML: {0}")]
    Syntax(String),
    #[error("{entry}: field \"{field}\": {problem}")]
    Field { entry: String, field: &'static str, problem: String },
    #[error("[areas] {area:?}: {problem}")]
    Area { area: String, problem: String },
    #[error("the site's area {area:?} (SITE_AREA) is not in [areas]; areas are {known}")]
    UnknownSiteArea { area: String, known: String },
    #[error(
        "the filter {filter} = {value:?} would find nothing: no service for {area:?} or the areas it lies within \
         {reason}. Add one to the directory file, or check the area of the one meant to"
    )]
    EmptyFilter { filter: &'static str, value: &'static str, area: String, reason: &'static str },
}

/// How long an entry may go unchecked before admins are asked to check it again.
pub const CHECK_EVERY_MONTHS: u32 = 6;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    service: Vec<toml::Table>,
    /// When the webchat is usually staffed: `[webchat]` with `hours` like a service's.
    webchat: Option<toml::Table>,
    /// The numbers pages show by name: `[numbers]`, one entry per `Helpline`.
    numbers: Option<toml::Table>,
    /// Which larger areas each area lies within: `[areas]`.
    areas: Option<toml::Table>,
}

pub struct Directory {
    services: Vec<Service>,
    webchat_hours: OpeningHours,
    /// Every `Helpline`, checked when the file is read.
    numbers: HashMap<Helpline, Contact>,
    areas: Areas,
    /// The site's area and those it lies within, nearest first, once `for_site` has set
    /// them; until then (tests, the locale checks) every service counts as shown.
    site_areas: Option<Vec<String>>,
}

impl Directory {
    pub fn load(path: &Path) -> Result<Directory, DirectoryError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| DirectoryError::Io { path: path.display().to_string(), source })?;
        Self::from_toml_str(&text)
    }

    pub fn from_toml_str(text: &str) -> Result<Directory, DirectoryError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| DirectoryError::Syntax(e.to_string()))?;
        let areas = Areas::parse(raw.areas.unwrap_or_default())?;
        let mut seen = HashSet::new();
        let mut services = Vec::with_capacity(raw.service.len());
        for (index, table) in raw.service.into_iter().enumerate() {
            let service = parse_service(index, table, &areas)?;
            if !seen.insert(service.id.clone()) {
                return Err(DirectoryError::Field {
                    entry: format!("service {:?}", service.id),
                    field: "id",
                    problem: "is used by another service too".into(),
                });
            }
            services.push(service);
        }
        check_reached_through(&services)?;
        let webchat_hours = match raw.webchat {
            Some(table) => parse_hours(&Entry { name: "webchat".into(), table })?,
            None => OpeningHours::ByArrangement,
        };
        let numbers = parse_numbers(raw.numbers.unwrap_or_default(), &services)?;
        Ok(Directory { services, webchat_hours, numbers, areas, site_areas: None })
    }

    /// The directory as a site for `area` shows it: services for that area and the areas it
    /// lies within, nearest first. Refuses an unknown area, and any filter on the page
    /// (audience or channel) that no shown service answers, so no filter ever finds nothing.
    pub fn for_site(mut self, area: &str) -> Result<Directory, DirectoryError> {
        if !self.areas.contains(area) {
            return Err(DirectoryError::UnknownSiteArea { area: area.to_owned(), known: self.areas.ids().join(", ") });
        }
        let covering = self.areas.covering(area);
        let closeness = |s: &Service| covering.iter().position(|a| *a == s.area).unwrap_or(usize::MAX);
        self.services.sort_by_key(closeness);
        self.site_areas = Some(covering);
        let shown: Vec<&Service> = self.shown().collect();
        let empty = |filter, value, reason| DirectoryError::EmptyFilter { filter, value, area: area.to_owned(), reason };
        for &audience in Audience::ALL {
            if !shown.iter().any(|s| s.audiences.contains(&audience)) {
                return Err(empty("audience", audience.slug(), "lists this audience in its audiences"));
            }
        }
        for &channel in Channel::ALL {
            if !shown.iter().any(|s| self.contacts(s).iter().any(|c| c.channel == channel)) {
                return Err(empty("channel", channel.slug(), "has a contact on this channel"));
            }
        }
        Ok(self)
    }

    /// The services this site shows (every service before `for_site`).
    fn shown(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(|s| self.site_areas.as_ref().is_none_or(|areas| areas.contains(&s.area)))
    }

    /// How to reach `service`: its own contacts, or those of the service it is reached through.
    pub fn contacts<'a>(&'a self, service: &'a Service) -> &'a [Contact] {
        match &service.reached_through {
            Some(id) => self.service(id).map_or(&[], |through| &through.contacts),
            None => &service.contacts,
        }
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// Entries nobody has checked against their source for `CHECK_EVERY_MONTHS` by `today`,
    /// longest unchecked first; every entry in the file counts, shown on this site or not.
    pub fn unchecked_since(&self, today: NaiveDate) -> Vec<&Service> {
        let mut stale: Vec<&Service> = self
            .services
            .iter()
            .filter(|s| s.checked.checked_add_months(Months::new(CHECK_EVERY_MONTHS)).is_none_or(|due| due <= today))
            .collect();
        stale.sort_by_key(|s| s.checked);
        stale
    }

    /// The phone number shown for `line`, e.g. the emergency number on every page.
    pub fn number(&self, line: Helpline) -> &Contact {
        // Reading the file fails unless every line has a number, so this always finds one.
        &self.numbers[&line]
    }

    /// The hours the webchat is usually staffed, for "chat opens at …" while nobody is on shift.
    pub fn webchat_hours(&self) -> &OpeningHours {
        &self.webchat_hours
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The shown services that fit `filter`, nearest area first.
    pub fn filter(&self, filter: &Filter) -> Vec<&Service> {
        self.shown().filter(|s| self.matches(s, filter)).collect()
    }

    fn matches(&self, service: &Service, filter: &Filter) -> bool {
        let audience_ok = filter.audiences.is_empty()
            || service.audiences.contains(&Audience::Everyone)
            || filter.audiences.iter().any(|a| service.audiences.contains(a));
        let channel_ok = filter.channels.is_empty()
            || self.contacts(service).iter().any(|c| filter.channels.contains(&c.channel));
        audience_ok && channel_ok
    }
}

/// Reads one `[[service]]` table field by field, so every error can name both.
struct Entry {
    name: String,
    table: toml::Table,
}

impl Entry {
    fn error(&self, field: &'static str, problem: impl Into<String>) -> DirectoryError {
        DirectoryError::Field { entry: self.name.clone(), field, problem: problem.into() }
    }

    fn string(&self, field: &'static str) -> Result<String, DirectoryError> {
        match self.table.get(field) {
            Some(toml::Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
            Some(toml::Value::String(_)) | None => Err(self.error(field, "is missing or empty")),
            Some(_) => Err(self.error(field, "must be text in quotes")),
        }
    }

    fn strings(&self, field: &'static str) -> Result<Vec<String>, DirectoryError> {
        match self.table.get(field) {
            None => Ok(Vec::new()),
            Some(toml::Value::Array(items)) => items
                .iter()
                .map(|item| match item {
                    toml::Value::String(s) => Ok(s.clone()),
                    _ => Err(self.error(field, "must be a list of texts in quotes")),
                })
                .collect(),
            Some(_) => Err(self.error(field, "must be a list, like [\"women\", \"men\"]")),
        }
    }

    fn slugs<T>(&self, field: &'static str, parse: fn(&str) -> Option<T>, all: &[&'static str]) -> Result<Vec<T>, DirectoryError> {
        self.strings(field)?
            .iter()
            .map(|s| {
                parse(s).ok_or_else(|| self.error(field, format!("unknown value {s:?}; use one of {}", all.join(", "))))
            })
            .collect()
    }
}

const FIELDS: &[&str] =
    &["id", "name", "area", "audiences", "languages", "notes", "hours", "contact", "reached-through", "source", "checked"];

fn parse_service(index: usize, table: toml::Table, areas: &Areas) -> Result<Service, DirectoryError> {
    let name = match table.get("id") {
        Some(toml::Value::String(id)) => format!("service {id:?}"),
        _ => format!("service #{}", index + 1),
    };
    let entry = Entry { name, table };
    if let Some(unknown) = entry.table.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        let field: &'static str = "(unknown)";
        return Err(entry.error(field, format!("{unknown:?} is not a field; fields are {}", FIELDS.join(", "))));
    }
    let id = entry.string("id")?;
    let kebab = id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if !kebab {
        return Err(entry.error("id", "use lower-case letters, digits and dashes only"));
    }
    let audiences = entry.slugs("audiences", Audience::from_slug, Audience::SLUGS)?;
    if audiences.is_empty() {
        return Err(entry.error("audiences", "list at least one audience"));
    }
    let notes = entry.slugs("notes", Note::from_slug, Note::SLUGS)?;
    let reached_through = entry.table.contains_key("reached-through").then(|| entry.string("reached-through")).transpose()?;
    let contacts = match reached_through {
        Some(_) if entry.table.contains_key("contact") => {
            return Err(entry.error("contact", "a service reached through another has no contacts of its own"))
        }
        Some(_) => Vec::new(),
        None => parse_contacts(&entry)?,
    };
    let area = entry.string("area")?;
    if !areas.contains(&area) {
        return Err(entry.error("area", format!("{area:?} is not in [areas]; areas are {}", areas.ids().join(", "))));
    }
    let source = entry.string("source")?;
    if contact_href(Channel::Web, &source).is_none() {
        return Err(entry.error("source", "must be the provider's page, an https:// address"));
    }
    Ok(Service {
        checked: parse_checked(&entry)?,
        source,
        reached_through,
        name: entry.string("name")?,
        area,
        languages: entry.strings("languages")?,
        hours: parse_hours(&entry)?,
        id,
        audiences,
        contacts,
        notes,
    })
}

/// `checked = 2026-11-30` (a TOML date) or the same in quotes.
fn parse_checked(entry: &Entry) -> Result<NaiveDate, DirectoryError> {
    let text = match entry.table.get("checked") {
        Some(toml::Value::Datetime(date)) => date.to_string(),
        Some(toml::Value::String(text)) => text.clone(),
        _ => return Err(entry.error("checked", "give the day the entry was last checked, like 2026-11-30")),
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| entry.error("checked", format!("{text:?} is not a date like 2026-11-30")))
}

/// A service reached through another must name one that exists and has contacts of its own.
fn check_reached_through(services: &[Service]) -> Result<(), DirectoryError> {
    for service in services {
        let Some(id) = &service.reached_through else { continue };
        let error = |problem: String| DirectoryError::Field {
            entry: format!("service {:?}", service.id),
            field: "reached-through",
            problem,
        };
        match services.iter().find(|s| &s.id == id) {
            None => return Err(error(format!("there is no service {id:?}"))),
            Some(through) if through.contacts.is_empty() => {
                return Err(error(format!("service {id:?} has no contacts of its own")))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

fn parse_contacts(entry: &Entry) -> Result<Vec<Contact>, DirectoryError> {
    let Some(toml::Value::Array(items)) = entry.table.get("contact") else {
        return Err(entry.error("contact", "add at least one [[service.contact]] with channel and value"));
    };
    if items.is_empty() {
        return Err(entry.error("contact", "add at least one way to reach the service"));
    }
    items
        .iter()
        .map(|item| {
            let table = item.as_table().ok_or_else(|| entry.error("contact", "each contact needs channel and value"))?;
            let text = |key: &str| table.get(key).and_then(|v| v.as_str()).map(str::trim).unwrap_or("");
            let channel = Channel::from_slug(text("channel")).ok_or_else(|| {
                entry.error("contact", format!("channel {:?} is not one of {}", text("channel"), Channel::SLUGS.join(", ")))
            })?;
            let value = text("value").to_owned();
            let href = contact_href(channel, &value)
                .ok_or_else(|| entry.error("contact", format!("{value:?} is not a valid {} contact", channel.slug())))?;
            Ok(Contact { channel, value, href })
        })
        .collect()
}

/// The link for a contact, or None when the value does not fit its channel.
fn contact_href(channel: Channel, value: &str) -> Option<String> {
    match channel {
        Channel::Phone | Channel::Text => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            let only_phone_chars = value.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+');
            if digits.len() < 3 || !only_phone_chars {
                return None;
            }
            // UK numbers as +44 so they work from any phone; short codes (999, 101) as they are.
            let international = match digits.strip_prefix('0') {
                Some(rest) if digits.len() >= 10 => format!("+44{rest}"),
                _ => digits,
            };
            let scheme = if channel == Channel::Phone { "tel" } else { "sms" };
            Some(format!("{scheme}:{international}"))
        }
        Channel::Web | Channel::Webchat => {
            (value.starts_with("https://") && value.len() > 12 && !value.contains(char::is_whitespace))
                .then(|| value.to_owned())
        }
        Channel::Email => {
            let (local, domain) = value.split_once('@')?;
            (!local.is_empty() && domain.contains('.') && !value.contains(char::is_whitespace))
                .then(|| format!("mailto:{value}"))
        }
    }
}

/// `[numbers]`: each `Helpline` names a service whose first phone number it is
/// (`{ service = "id" }`), or gives a number no service has (`{ number = "18000" }`).
fn parse_numbers(table: toml::Table, services: &[Service]) -> Result<HashMap<Helpline, Contact>, DirectoryError> {
    let error = |field: &'static str, problem: String| DirectoryError::Field { entry: "numbers".into(), field, problem };
    if let Some(unknown) = table.keys().find(|k| Helpline::from_slug(k).is_none()) {
        return Err(error("(unknown)", format!("{unknown:?} is not a number's name; names are {}", Helpline::SLUGS.join(", "))));
    }
    Helpline::ALL
        .iter()
        .map(|&line| {
            let field = line.slug();
            let source = table.get(field).and_then(toml::Value::as_table).ok_or_else(|| {
                error(field, "is missing: add it as { service = \"service-id\" } or { number = \"…\" }".into())
            })?;
            let text = |key: &str| source.get(key).and_then(toml::Value::as_str).map(str::trim);
            let contact = match (text("service"), text("number")) {
                (Some(id), None) => services
                    .iter()
                    .find(|s| s.id == id)
                    .ok_or_else(|| error(field, format!("there is no service {id:?}")))?
                    .contacts
                    .iter()
                    .find(|c| c.channel == Channel::Phone)
                    .cloned()
                    .ok_or_else(|| error(field, format!("service {id:?} has no phone contact")))?,
                (None, Some(number)) => Contact {
                    channel: Channel::Phone,
                    href: contact_href(Channel::Phone, number)
                        .ok_or_else(|| error(field, format!("{number:?} is not a valid phone number")))?,
                    value: number.to_owned(),
                },
                _ => return Err(error(field, "give either service = \"…\" or number = \"…\"".into())),
            };
            Ok((line, contact))
        })
        .collect()
}

fn parse_hours(entry: &Entry) -> Result<OpeningHours, DirectoryError> {
    match entry.table.get("hours") {
        Some(toml::Value::String(s)) if s == "always" => Ok(OpeningHours::Always),
        Some(toml::Value::String(s)) if s == "by-arrangement" => Ok(OpeningHours::ByArrangement),
        Some(toml::Value::Array(items)) => {
            let mut slots = Vec::new();
            for item in items {
                let table = item.as_table().ok_or_else(|| entry.error("hours", "each entry needs days, opens and closes"))?;
                let time = |key: &str| -> Result<NaiveTime, DirectoryError> {
                    let text = table.get(key).and_then(|v| v.as_str()).unwrap_or("");
                    let text = if text == "24:00" { "00:00" } else { text };
                    NaiveTime::parse_from_str(text, "%H:%M")
                        .map_err(|_| entry.error("hours", format!("{key} {text:?} is not a time HH:MM")))
                };
                let (opens, closes) = (time("opens")?, time("closes")?);
                let days = table.get("days").and_then(|v| v.as_array()).ok_or_else(|| entry.error("hours", "days must be a list like [\"mon\", \"tue\"]"))?;
                for day in days {
                    let day = day.as_str().and_then(parse_weekday).ok_or_else(|| {
                        entry.error("hours", format!("day {day} is not one of mon, tue, wed, thu, fri, sat, sun"))
                    })?;
                    slots.push(Slot { day, opens, closes });
                }
            }
            Ok(OpeningHours::Weekly(slots))
        }
        _ => Err(entry.error("hours", "use \"always\", \"by-arrangement\" or a list of [[service.hours]]")),
    }
}

fn parse_weekday(text: &str) -> Option<Weekday> {
    Some(match text {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[service]]
id = "line"
name = "A Line"
area = "National"
audiences = ["men"]
notes = ["free"]
hours = "always"
source = "https://example.org/line"
checked = 2026-11-30
[[service.contact]]
channel = "phone"
value = "0808 801 0327"
[[service.contact]]
channel = "web"
value = "https://example.org"

[[service]]
id = "other"
name = "Other"
area = "Rotherham"
audiences = ["everyone"]
source = "https://example.org/other"
checked = "2026-05-30"
[[service.hours]]
days = ["mon", "fri"]
opens = "09:00"
closes = "17:00"
[[service.contact]]
channel = "text"
value = "07715 994 962"
"#;

    /// Every `Helpline` as a number of its own, for files whose test is about something else.
    const NUMBERS: &str = r#"
[numbers]
emergency = { number = "999" }
emergency-relay = { number = "18000" }
national = { number = "0808 2000 247" }
local = { number = "0330 202 0571" }
council = { number = "01709 255011" }
perpetrators = { number = "0808 802 4040" }
"#;

    /// The areas the test services name.
    const AREAS: &str = "\n[areas]\nNational = []\nRotherham = [\"National\"]\nRutland = [\"National\"]\n";

    fn with_numbers(text: &str) -> String {
        format!("{text}{AREAS}{NUMBERS}")
    }

    fn error_for(text: &str) -> String {
        match Directory::from_toml_str(&with_numbers(text)) {
            Ok(_) => panic!("should fail"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn webchat_hours_are_read_when_given() {
        let directory = Directory::from_toml_str(&with_numbers("[webchat]\nhours = [{ days = [\"mon\"], opens = \"09:00\", closes = \"17:00\" }]\n")).unwrap();
        assert!(matches!(directory.webchat_hours(), OpeningHours::Weekly(slots) if slots.len() == 1));
        assert_eq!(Directory::from_toml_str(&with_numbers("")).unwrap().webchat_hours(), &OpeningHours::ByArrangement);
        assert!(Directory::from_toml_str(&with_numbers("[webchat]\nhours = 3\n")).is_err());
    }

    #[test]
    fn the_real_data_file_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/services.toml");
        let directory = Directory::load(&path).unwrap();
        assert!(directory.services().len() >= 13);
        let rise = directory.services().iter().find(|s| s.id == "rotherham-rise").unwrap();
        assert_eq!(rise.contacts[0].href, "tel:+443302020571");
        assert_eq!(directory.number(Helpline::Emergency).href, "tel:999");
        assert_eq!(directory.number(Helpline::National).value, "0808 2000 247");
        assert_eq!(directory.number(Helpline::EmergencyRelay).value, "18000");
        // As the Rotherham site shows it: every filter finds a service, Rutland's are hidden.
        let rotherham = directory.for_site("rotherham").unwrap();
        let shown = rotherham.filter(&Filter::default());
        assert!(shown.iter().all(|s| !["uava", "hope-project", "citizens-advice"].contains(&s.id.as_str())));
        assert!(shown.iter().any(|s| s.id == "galop") && shown.iter().any(|s| s.id == "national-helpline"));
        let daaos = rotherham.service("daaos").unwrap();
        assert_eq!(rotherham.contacts(daaos)[0].value, "0330 202 0571", "DAAOS is reached through Rotherham Rise");
    }

    #[test]
    fn numbers_name_a_service_or_give_a_number() {
        let by_service = with_numbers(GOOD).replace("national = { number = \"0808 2000 247\" }", "national = { service = \"line\" }");
        let directory = Directory::from_toml_str(&by_service).unwrap();
        assert_eq!(directory.number(Helpline::National).value, "0808 801 0327");
        assert_eq!(directory.number(Helpline::National).href, "tel:+448088010327");
        assert_eq!(directory.number(Helpline::Council).href, "tel:+441709255011");

        let error = |text: String| Directory::from_toml_str(&text).err().expect("should fail").to_string();
        assert_eq!(
            error(format!("{GOOD}{AREAS}")),
            "numbers: field \"emergency\": is missing: add it as { service = \"service-id\" } or { number = \"…\" }"
        );
        let no_phone = by_service.replace("{ service = \"line\" }", "{ service = \"other\" }");
        assert_eq!(error(no_phone), "numbers: field \"national\": service \"other\" has no phone contact");
        let unknown_service = by_service.replace("{ service = \"line\" }", "{ service = \"lien\" }");
        assert_eq!(error(unknown_service), "numbers: field \"national\": there is no service \"lien\"");
        let bad_number = with_numbers(GOOD).replace("\"18000\"", "\"call 18000\"");
        assert!(error(bad_number).starts_with("numbers: field \"emergency-relay\": \"call 18000\" is not"));
        let unknown_name = format!("{}helpline = {{ number = \"999\" }}\n", with_numbers(GOOD));
        assert!(error(unknown_name).contains("\"helpline\" is not a number's name"));
    }

    #[test]
    fn parses_contacts_hours_and_links() {
        let directory = Directory::from_toml_str(&with_numbers(GOOD)).unwrap();
        let line = &directory.services()[0];
        assert_eq!(line.contacts[0].href, "tel:+448088010327");
        assert_eq!(line.hours, OpeningHours::Always);
        let other = &directory.services()[1];
        assert_eq!(other.contacts[0].href, "sms:+447715994962");
        assert!(matches!(&other.hours, OpeningHours::Weekly(slots) if slots.len() == 2));
    }

    #[test]
    fn filters_by_audience_and_channel() {
        let directory = Directory::from_toml_str(&with_numbers(GOOD)).unwrap();
        let ids = |f: Filter| directory.filter(&f).iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(Filter::default()), ["line", "other"]);
        assert_eq!(ids(Filter { audiences: vec![Audience::Women], channels: vec![] }), ["other"]);
        assert_eq!(ids(Filter { audiences: vec![Audience::Men], channels: vec![] }), ["line", "other"]);
        assert_eq!(ids(Filter { audiences: vec![Audience::Men], channels: vec![Channel::Phone] }), ["line"]);
        assert_eq!(ids(Filter { audiences: vec![], channels: vec![Channel::Email] }), Vec::<String>::new());
    }

    #[test]
    fn errors_name_the_entry_and_the_field() {
        let bad_time = GOOD.replace("closes = \"17:00\"", "closes = \"25:00\"");
        assert_eq!(error_for(&bad_time), "service \"other\": field \"hours\": closes \"25:00\" is not a time HH:MM");
        let bad_audience = GOOD.replace("[\"men\"]", "[\"mne\"]");
        assert!(error_for(&bad_audience).starts_with("service \"line\": field \"audiences\": unknown value \"mne\""));
        let no_id = GOOD.replace("id = \"other\"\n", "");
        assert_eq!(error_for(&no_id), "service #2: field \"id\": is missing or empty");
        let duplicate = GOOD.replace("id = \"other\"", "id = \"line\"");
        assert!(error_for(&duplicate).contains("field \"id\": is used by another service"));
        let bad_phone = GOOD.replace("0808 801 0327", "call us");
        assert!(error_for(&bad_phone).starts_with("service \"line\": field \"contact\""));
        let http = GOOD.replace("https://example.org", "http://example.org");
        assert!(error_for(&http).starts_with("service \"line\": field \"contact\""));
        let typo = GOOD.replace("area = \"National\"", "aera = \"National\"");
        assert!(error_for(&typo).contains("\"aera\" is not a field"));
        let bad_id = GOOD.replace("id = \"line\"", "id = \"Line One\"");
        assert!(error_for(&bad_id).contains("field \"id\""));
        assert!(error_for("[[service]\n").starts_with("not valid TOML"));
    }

    /// A service block for the tests below: `id`, its area, audiences and one contact line.
    fn service(id: &str, area: &str, audiences: &str, contact: &str) -> String {
        format!(
            "[[service]]\nid = \"{id}\"\nname = \"{id}\"\narea = \"{area}\"\naudiences = {audiences}\nhours = \"always\"\n\
             source = \"https://example.org/{id}\"\nchecked = 2026-11-30\n{contact}\n"
        )
    }

    fn phone(number: &str) -> String {
        format!("[[service.contact]]\nchannel = \"phone\"\nvalue = \"{number}\"")
    }

    /// One service for every audience and channel, in `area`, so a site there has no empty filter.
    fn covering_everything(area: &str) -> String {
        let audiences = format!("[{}]", Audience::SLUGS.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", "));
        let contacts = [
            "[[service.contact]]\nchannel = \"phone\"\nvalue = \"0808 2000 247\"",
            "[[service.contact]]\nchannel = \"text\"\nvalue = \"07715 994 962\"",
            "[[service.contact]]\nchannel = \"webchat\"\nvalue = \"https://example.org/chat\"",
            "[[service.contact]]\nchannel = \"web\"\nvalue = \"https://example.org\"",
            "[[service.contact]]\nchannel = \"email\"\nvalue = \"help@example.org\"",
        ]
        .join("\n");
        service("all", area, &audiences, &contacts)
    }

    fn ids(directory: &Directory, filter: &Filter) -> Vec<String> {
        directory.filter(filter).iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn a_site_shows_its_own_area_and_the_areas_it_lies_within_nearest_first() {
        let text = format!(
            "{}{}{}{}",
            covering_everything("National"),
            service("rutland-only", "Rutland", "[\"everyone\"]", &phone("01572 723 494")),
            service("rotherham-line", "Rotherham", "[\"everyone\"]", &phone("01709 255011")),
            with_numbers("")
        );
        let rotherham = Directory::from_toml_str(&text).unwrap().for_site("Rotherham").unwrap();
        assert_eq!(ids(&rotherham, &Filter::default()), ["rotherham-line", "all"], "local first, Rutland hidden");
        let men = Filter { audiences: vec![Audience::Men], channels: vec![] };
        assert!(!ids(&rotherham, &men).contains(&"rutland-only".to_owned()));
        let rutland = Directory::from_toml_str(&text).unwrap().for_site("Rutland").unwrap();
        assert_eq!(ids(&rutland, &Filter::default()), ["rutland-only", "all"]);
        // Before a site area is set (the locale checks), every service counts.
        assert_eq!(Directory::from_toml_str(&text).unwrap().filter(&Filter::default()).len(), 3);
        let unknown = Directory::from_toml_str(&text).unwrap().for_site("Leeds").err().unwrap().to_string();
        assert!(unknown.contains("\"Leeds\"") && unknown.contains("Rotherham"), "{unknown}");
    }

    #[test]
    fn every_audience_and_channel_filter_needs_a_service_the_site_shows() {
        let everything = covering_everything("National");
        let without_deaf = everything.replace("\"deaf\", ", "");
        let error = Directory::from_toml_str(&with_numbers(&without_deaf)).unwrap().for_site("Rotherham").err().unwrap().to_string();
        assert!(error.starts_with("the filter audience = \"deaf\" would find nothing"), "{error}");
        // A service for everyone does not count as one for Deaf people: the filter must find a specific one.
        let with_everyone_only = format!("{without_deaf}{}", service("general", "Rotherham", "[\"everyone\"]", &phone("01709 255011")));
        assert!(Directory::from_toml_str(&with_numbers(&with_everyone_only)).unwrap().for_site("Rotherham").is_err());
        // A Deaf service in Rutland does not fill the filter for a Rotherham site.
        let elsewhere = format!("{without_deaf}{}", service("deaf-rutland", "Rutland", "[\"deaf\"]", &phone("01572 723 494")));
        let error = Directory::from_toml_str(&with_numbers(&elsewhere)).unwrap().for_site("Rotherham").err().unwrap().to_string();
        assert!(error.contains("\"deaf\"") && error.contains("\"Rotherham\""), "{error}");
        assert!(Directory::from_toml_str(&with_numbers(&elsewhere)).unwrap().for_site("Rutland").is_ok());
        let without_email = everything.replace("[[service.contact]]\nchannel = \"email\"\nvalue = \"help@example.org\"", "");
        let error = Directory::from_toml_str(&with_numbers(&without_email)).unwrap().for_site("Rotherham").err().unwrap().to_string();
        assert!(error.starts_with("the filter channel = \"email\" would find nothing"), "{error}");
    }

    #[test]
    fn a_service_reached_through_another_takes_its_contacts() {
        let text = format!(
            "{}{}reached-through = \"all\"\n{}",
            covering_everything("National"),
            service("outreach", "Rotherham", "[\"complex-needs\"]", ""),
            with_numbers("")
        );
        let directory = Directory::from_toml_str(&text).unwrap().for_site("Rotherham").unwrap();
        let outreach = directory.service("outreach").unwrap();
        assert!(outreach.contacts.is_empty());
        assert_eq!(directory.contacts(outreach)[0].value, "0808 2000 247");
        let phone_filter = Filter { audiences: vec![Audience::ComplexNeeds], channels: vec![Channel::Phone] };
        assert!(ids(&directory, &phone_filter).contains(&"outreach".to_owned()));

        let nowhere = text.replace("reached-through = \"all\"", "reached-through = \"nobody\"");
        assert!(error_for_full(&nowhere).contains("field \"reached-through\": there is no service \"nobody\""));
        let both = text.replace("reached-through = \"all\"\n", &format!("reached-through = \"all\"\n{}\n", phone("01709 255011")));
        assert!(error_for_full(&both).contains("no contacts of its own"));
    }

    fn error_for_full(text: &str) -> String {
        Directory::from_toml_str(text).err().expect("should fail").to_string()
    }

    #[test]
    fn every_entry_names_its_source_and_when_it_was_checked() {
        let no_source = GOOD.replace("source = \"https://example.org/line\"\n", "");
        assert_eq!(error_for(&no_source), "service \"line\": field \"source\": is missing or empty");
        let http = GOOD.replace("https://example.org/line", "http://example.org/line");
        assert!(error_for(&http).starts_with("service \"line\": field \"source\": must be the provider's page"));
        let no_date = GOOD.replace("checked = 2026-11-30\n", "");
        assert!(error_for(&no_date).starts_with("service \"line\": field \"checked\""));
        let bad_date = GOOD.replace("checked = \"2026-05-30\"", "checked = \"30/05/2026\"");
        assert!(error_for(&bad_date).contains("\"30/05/2026\" is not a date"));
        let bad_area = GOOD.replace("area = \"Rotherham\"", "area = \"Rotherhm\"");
        assert!(error_for(&bad_area).starts_with("service \"other\": field \"area\": \"Rotherhm\" is not in [areas]"));
    }

    #[test]
    fn entries_unchecked_for_six_months_are_listed_oldest_first() {
        let directory = Directory::from_toml_str(&with_numbers(GOOD)).unwrap();
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        let stale = |today: &str| directory.unchecked_since(day(today)).iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        // "other" was checked on 2026-05-30, "line" on 2026-11-30.
        assert_eq!(stale("2026-11-29"), Vec::<String>::new());
        assert_eq!(stale("2026-11-30"), ["other"]);
        assert_eq!(stale("2027-05-30"), ["other", "line"]);
    }
}
