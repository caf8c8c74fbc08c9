//! Contact details reduced to one spelling before the server digests them for the blind
//! index (`server::infra::blind_index`): the same person typing "07700 900123" once and
//! "+44 7700-900123" the next time must give the same digest, and so must "Sam@Example.org "
//! and "sam@example.org". Also what a staff search box means: a reference, a phone or an email.
use std::collections::BTreeMap;

/// The form fields that hold the person's own phone number and email address (a
/// professional's `work-contact` is not the person's, so it is not indexed).
pub const PHONE_FIELD: &str = "phone";
pub const EMAIL_FIELD: &str = "email";

/// A UK number as `+44` and the national number without its leading 0; any other number
/// written with `+` or `00` as `+` and its digits. Spaces, dashes, dots and brackets go;
/// `+44 (0)7700…` drops the bracketed 0. `None` when it is not a phone number.
pub fn normalised_phone(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || !raw.chars().all(|c| c.is_ascii_digit() || " -.()+".contains(c)) {
        return None;
    }
    if raw.chars().skip(1).any(|c| c == '+') {
        return None;
    }
    let international = raw.starts_with('+');
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let international_digits = if international {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    let full = match international_digits {
        Some(rest) => match rest.strip_prefix("44") {
            Some(national) => format!("+44{}", national.strip_prefix('0').unwrap_or(national)),
            None => format!("+{rest}"),
        },
        None => format!("+44{}", digits.strip_prefix('0').unwrap_or(&digits)),
    };
    (8..=16).contains(&full.len()).then_some(full)
}

/// Trimmed and lower-cased; `None` unless it looks like an address.
pub fn normalised_email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let plausible = !local.is_empty() && domain.contains('.') && !domain.contains('@') && !email.contains(char::is_whitespace);
    plausible.then_some(email)
}

/// What one index entry stands for, e.g. `phone:+447700900123`: the text that is digested.
pub fn phone_term(normalised: &str) -> String {
    format!("phone:{normalised}")
}

pub fn email_term(normalised: &str) -> String {
    format!("email:{normalised}")
}

/// The index terms of a referral's details: its phone number and email address, if given.
pub fn index_terms(details: &BTreeMap<String, String>) -> Vec<String> {
    let phone = details.get(PHONE_FIELD).and_then(|p| normalised_phone(p)).map(|p| phone_term(&p));
    let email = details.get(EMAIL_FIELD).and_then(|e| normalised_email(e)).map(|e| email_term(&e));
    phone.into_iter().chain(email).collect()
}

/// What a staff search box was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchTerm {
    /// A referral's reference (its id), lower-cased.
    Reference(String),
    /// An index term (`phone:…`).
    Phone(String),
    /// An index term (`email:…`).
    Email(String),
}

impl SearchTerm {
    pub fn parse(query: &str) -> Option<SearchTerm> {
        let query = query.trim();
        if query.contains('@') {
            return normalised_email(query).map(|e| SearchTerm::Email(email_term(&e)));
        }
        if is_reference(query) {
            return Some(SearchTerm::Reference(query.to_lowercase()));
        }
        normalised_phone(query).map(|p| SearchTerm::Phone(phone_term(&p)))
    }

    /// The kind, as the audit trail names it (never the term itself).
    pub fn kind(&self) -> &'static str {
        match self {
            SearchTerm::Reference(_) => "reference",
            SearchTerm::Phone(_) => "phone",
            SearchTerm::Email(_) => "email",
        }
    }
}

/// A referral id: a UUID (8-4-4-4-12 hex digits).
fn is_reference(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, len)| g.len() == len && g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_numbers_in_every_usual_spelling_are_one_number() {
        for spelling in ["07700 900123", "07700-900-123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700 900123", "(07700) 900.123", " 07700900123 "] {
            assert_eq!(normalised_phone(spelling).as_deref(), Some("+447700900123"), "{spelling}");
        }
        assert_eq!(normalised_phone("0114 272 0000").as_deref(), Some("+441142720000"));
        assert_eq!(normalised_phone("+33 1 23 45 67 89").as_deref(), Some("+33123456789"));
        assert_ne!(normalised_phone("07700 900124"), normalised_phone("07700 900123"));
        for not_a_number in ["", "call me", "123", "07700+900123", "0770090012345678901"] {
            assert_eq!(normalised_phone(not_a_number), None, "{not_a_number}");
        }
    }

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(normalised_email("  Sam.Jones@Example.ORG ").as_deref(), Some("sam.jones@example.org"));
        for not_an_email in ["sam", "@example.org", "sam@localhost", "s am@example.org", "a@b@c.org"] {
            assert_eq!(normalised_email(not_an_email), None, "{not_an_email}");
        }
    }

    #[test]
    fn a_referral_is_indexed_by_its_phone_and_email_only() {
        let details: BTreeMap<String, String> = [("name", "Sam"), ("phone", "07700 900123"), ("email", "Sam@Example.org"), ("work-contact", "01142 720000")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        assert_eq!(index_terms(&details), ["phone:+447700900123", "email:sam@example.org"]);
        assert!(index_terms(&BTreeMap::new()).is_empty());
    }

    #[test]
    fn a_search_box_tells_references_phones_and_emails_apart() {
        let id = "0A1B2C3D-0000-4000-8000-000000000001";
        assert_eq!(SearchTerm::parse(id), Some(SearchTerm::Reference(id.to_lowercase())));
        assert_eq!(SearchTerm::parse("+44 7700 900123"), Some(SearchTerm::Phone("phone:+447700900123".into())));
        assert_eq!(SearchTerm::parse(" SAM@example.org"), Some(SearchTerm::Email("email:sam@example.org".into())));
        assert_eq!(SearchTerm::parse("Sam Jones"), None);
        assert_eq!(SearchTerm::parse("0a1b2c3d-0000-4000-8000-00000000000"), None, "one digit short is no reference, nor a phone");
    }
}
