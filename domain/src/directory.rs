//! The service directory: who can help, who for, how to reach them, when they are open.
//! It is read from a data file (`data/services.toml`) that a non-programmer can edit; a
//! mistake in it stops start-up with a message naming the entry and the field.
use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{NaiveTime, Weekday};
use serde::Deserialize;

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
    pub area: String,
    pub audiences: Vec<Audience>,
    pub contacts: Vec<Contact>,
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    service: Vec<toml::Table>,
    /// When the webchat is usually staffed: `[webchat]` with `hours` like a service's.
    webchat: Option<toml::Table>,
    /// The numbers pages show by name: `[numbers]`, one entry per `Helpline`.
    numbers: Option<toml::Table>,
}

pub struct Directory {
    services: Vec<Service>,
    webchat_hours: OpeningHours,
    /// Every `Helpline`, checked when the file is read.
    numbers: HashMap<Helpline, Contact>,
}

impl Directory {
    pub fn load(path: &Path) -> Result<Directory, DirectoryError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| DirectoryError::Io { path: path.display().to_string(), source })?;
        Self::from_toml_str(&text)
    }

    pub fn from_toml_str(text: &str) -> Result<Directory, DirectoryError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| DirectoryError::Syntax(e.to_string()))?;
        let mut seen = HashSet::new();
        let mut services = Vec::with_capacity(raw.service.len());
        for (index, table) in raw.service.into_iter().enumerate() {
            let service = parse_service(index, table)?;
            if !seen.insert(service.id.clone()) {
                return Err(DirectoryError::Field {
                    entry: format!("service {:?}", service.id),
                    field: "id",
                    problem: "is used by another service too".into(),
                });
            }
            services.push(service);
        }
        let webchat_hours = match raw.webchat {
            Some(table) => parse_hours(&Entry { name: "webchat".into(), table })?,
            None => OpeningHours::ByArrangement,
        };
        let numbers = parse_numbers(raw.numbers.unwrap_or_default(), &services)?;
        Ok(Directory { services, webchat_hours, numbers })
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

    pub fn filter(&self, filter: &Filter) -> Vec<&Service> {
        self.services.iter().filter(|s| s.matches(filter)).collect()
    }
}

impl Service {
    fn matches(&self, filter: &Filter) -> bool {
        let audience_ok = filter.audiences.is_empty()
            || self.audiences.contains(&Audience::Everyone)
            || filter.audiences.iter().any(|a| self.audiences.contains(a));
        let channel_ok = filter.channels.is_empty()
            || self.contacts.iter().any(|c| filter.channels.contains(&c.channel));
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

const FIELDS: &[&str] = &["id", "name", "area", "audiences", "languages", "notes", "hours", "contact"];

fn parse_service(index: usize, table: toml::Table) -> Result<Service, DirectoryError> {
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
    let contacts = parse_contacts(&entry)?;
    Ok(Service {
        name: entry.string("name")?,
        area: entry.string("area")?,
        languages: entry.strings("languages")?,
        hours: parse_hours(&entry)?,
        id,
        audiences,
        contacts,
        notes,
    })
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

    fn with_numbers(text: &str) -> String {
        format!("{text}{NUMBERS}")
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
            error(GOOD.to_owned()),
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
}
