//! The referral form as submitted, its checks, and the cleaned referral it becomes.
//! Errors are Fluent keys, so the page can explain each problem in the visitor's language.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::safe_times::{is_window_field, SafeWindows};
use super::{ContactMethod, Priority, ReferralFlag, RiskAnswers, RiskQuestion};
use crate::slug::slug_enum;

slug_enum! {
    /// Who is filling the form in.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum ReferralPath {
        /// The person themselves.
        #[serde(rename = "self")]
        #[strum(serialize = "self")]
        SelfReferral,
        /// A professional, with the person's consent, or without it when they judge the
        /// risk high (and say why).
        Professional,
        /// A friend or family member asking for advice or a call back.
        FriendOrFamily,
    }
}

/// Longest accepted value of each field, in characters.
pub const FIELD_LIMITS: &[(&str, usize)] = &[
    ("name", 100),
    ("safe-name", 100),
    ("phone", 30),
    ("email", 254),
    ("safe-times", 200),
    ("access-needs", 300),
    ("agency", 150),
    ("role", 100),
    ("work-contact", 254),
    ("relationship", 100),
    ("no-consent-reason", 1000),
    ("about", 4000),
];
const DEFAULT_LIMIT: usize = 50;
/// The hidden field people never see; bots fill it in. Its name matches no autocomplete
/// token and nothing browsers' autofill guesses from (name, email, phone, address, url,
/// website, company), so a person's autofill leaves it empty.
pub const HONEYPOT: &str = "fd-hp-field";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    /// A Fluent key, e.g. `form-error-required`.
    pub message_key: &'static str,
}

/// What the person typed, field by field, exactly as sent (kept for re-display on error).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralForm {
    pub fields: BTreeMap<String, String>,
}

/// A referral that passed every check. `details` is the personal data: it is encrypted
/// before it is stored. The rest is what triage needs to order the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidReferral {
    pub path: ReferralPath,
    pub language: String,
    pub suggested_priority: Priority,
    pub risk: RiskAnswers,
    pub details: BTreeMap<String, String>,
    /// Children at home and a high suggested priority: triage checks safeguarding.
    pub safeguarding_check: bool,
    /// The days and times it is safe to contact the person, when they chose any (the free
    /// text `safe-times` stays in `details` as a note).
    pub safe_windows: Option<SafeWindows>,
}

/// The professional's answer to "has the person agreed?": the value of the `consent` field.
pub const CONSENT_GIVEN: &str = "yes";
/// Referring without consent because the professional judges the risk high.
pub const NO_CONSENT_HIGH_RISK: &str = "no-high-risk";

impl ValidReferral {
    /// A professional referred without the person's consent.
    pub fn no_consent(&self) -> bool {
        self.risk.professional_judges_high
    }

    /// What the queue shows about this referral besides its priority.
    pub fn flags(&self) -> Vec<ReferralFlag> {
        let marks = [(self.no_consent(), ReferralFlag::NoConsent), (self.safeguarding_check, ReferralFlag::SafeguardingCheck)];
        marks.into_iter().filter(|(on, _)| *on).map(|(_, flag)| flag).collect()
    }
}

impl ReferralForm {
    pub fn from_pairs<I: IntoIterator<Item = (String, String)>>(pairs: I) -> ReferralForm {
        let mut fields = BTreeMap::new();
        for (name, value) in pairs {
            // Checkbox groups are not used; a repeated field keeps its first value.
            fields.entry(name).or_insert(value);
        }
        ReferralForm { fields }
    }

    pub fn get(&self, field: &str) -> &str {
        self.fields.get(field).map(String::as_str).unwrap_or("").trim()
    }

    /// True when the honeypot is filled in: a bot, to be answered politely and dropped.
    pub fn is_bot(&self) -> bool {
        !self.get(HONEYPOT).is_empty()
    }

    pub fn validate(&self, path: ReferralPath, page_language: &str) -> Result<ValidReferral, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, message_key: &'static str| {
            errors.push(FieldError { field: field.to_owned(), message_key })
        };

        for (field, value) in &self.fields {
            let limit = FIELD_LIMITS
                .iter()
                .find(|(name, _)| name == field)
                .map_or(DEFAULT_LIMIT, |(_, limit)| *limit);
            if value.chars().count() > limit {
                fail(field, "form-error-too-long");
            }
        }

        let required: &[&str] = match path {
            ReferralPath::SelfReferral => &["name", "contact-method"],
            ReferralPath::Professional => &["name", "contact-method", "agency", "role", "work-contact"],
            ReferralPath::FriendOrFamily => &["name", "contact-method"],
        };
        for field in required {
            if self.get(field).is_empty() {
                fail(field, "form-error-required");
            }
        }
        let no_consent = path == ReferralPath::Professional && self.get("consent") == NO_CONSENT_HIGH_RISK;
        if path == ReferralPath::Professional && self.get("consent").is_empty() {
            fail("consent", "form-error-consent");
        }
        if no_consent && self.get("no-consent-reason").is_empty() {
            fail("no-consent-reason", "form-error-no-consent-reason");
        }

        let phone = self.get("phone");
        let email = self.get("email");
        match self.get("contact-method") {
            "phone" | "text" if phone.is_empty() => fail("phone", "form-error-phone-needed"),
            "email" if email.is_empty() => fail("email", "form-error-email-needed"),
            _ => {}
        }
        if !phone.is_empty() && !is_phone(phone) {
            fail("phone", "form-error-phone");
        }
        if !email.is_empty() && !is_email(email) {
            fail("email", "form-error-email");
        }
        if path == ReferralPath::Professional
            && !self.get("work-contact").is_empty()
            && !is_phone(self.get("work-contact"))
            && !is_email(self.get("work-contact"))
        {
            fail("work-contact", "form-error-work-contact");
        }
        for (field, allowed) in CHOICES {
            let value = self.get(field);
            if !value.is_empty() && !allowed.contains(&value) {
                fail(field, "form-error-choice");
            }
        }

        let safe_windows = SafeWindows::from_fields(|name| self.get(name).to_owned()).unwrap_or_else(|problems| {
            errors.extend(problems);
            None
        });

        if !errors.is_empty() {
            return Err(errors);
        }
        let risk = RiskAnswers {
            yes: RiskQuestion::ALL
                .iter()
                .copied()
                .filter(|q| self.get(&format!("risk-{}", q.slug())) == "yes")
                .collect(),
            children_at_home: self.get("children-at-home") == "yes",
            professional_judges_high: no_consent,
        };
        let language = match self.get("language") {
            "" => page_language.to_owned(),
            chosen => chosen.to_owned(),
        };
        let details = self
            .fields
            .iter()
            .filter(|(name, value)| {
                !value.trim().is_empty()
                    && name.as_str() != HONEYPOT
                    && name.as_str() != "submission-id"
                    && !name.starts_with("risk-")
                    && !is_window_field(name)
            })
            .map(|(name, value)| (name.clone(), value.trim().to_owned()))
            .collect();
        let suggested_priority = risk.suggested_priority();
        let safeguarding_check = risk.needs_safeguarding_check(suggested_priority);
        Ok(ValidReferral { path, language, suggested_priority, risk, details, safeguarding_check, safe_windows })
    }
}

/// Fields with a fixed set of answers (the staff console has words for each).
pub const CHOICES: &[(&str, &[&str])] = &[
    ("contact-method", ContactMethod::SLUGS),
    ("voicemail-ok", &["yes", "no"]),
    ("message-ok", &["yes", "no"]),
    ("interpreter", &["yes", "no"]),
    // Not `children`: a form field by that name shadows `form.children` in the DOM, and
    // Leptos's island hydration walks `children`, so islands in the form would never wake.
    ("children-at-home", &["yes", "no", "unknown"]),
    ("safe-now", &["yes", "no"]),
    ("consent", &[CONSENT_GIVEN, NO_CONSENT_HIGH_RISK]),
    ("wants", &["advice", "call-back"]),
];

/// UK and international numbers: digits with spaces, dashes, brackets and a leading +.
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0));
    allowed && (7..=15).contains(&digits)
}

fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.contains(char::is_whitespace)
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> ReferralForm {
        ReferralForm::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    fn fields_in(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_complete_self_referral_is_valid_and_keeps_only_what_was_given() {
        let f = form(&[
            ("name", " Sam "),
            ("contact-method", "phone"),
            ("phone", "07700 900123"),
            ("voicemail-ok", "no"),
            ("risk-frightened", "yes"),
            ("risk-strangled", "yes"),
            ("risk-weapons", "no"),
            ("about", ""),
            ("submission-id", "abc"),
            (HONEYPOT, ""),
        ]);
        let valid = f.validate(ReferralPath::SelfReferral, "pl").unwrap();
        assert_eq!(valid.language, "pl");
        assert_eq!(valid.details["name"], "Sam");
        assert!(!valid.details.contains_key("about"));
        assert!(!valid.details.contains_key("submission-id"));
        assert_eq!(valid.risk.yes, vec![RiskQuestion::Frightened, RiskQuestion::Strangled]);
        assert_eq!(valid.suggested_priority, Priority::High);
        assert!(!valid.safeguarding_check);
    }

    #[test]
    fn missing_and_malformed_fields_are_each_reported() {
        let errors = form(&[("contact-method", "phone"), ("phone", "call me")])
            .validate(ReferralPath::SelfReferral, "en")
            .unwrap_err();
        assert_eq!(fields_in(&errors), ["name", "phone"]);
        assert_eq!(errors[1].message_key, "form-error-phone");

        let errors = form(&[("name", "A"), ("contact-method", "email"), ("email", "nope")])
            .validate(ReferralPath::SelfReferral, "en")
            .unwrap_err();
        assert_eq!(errors[0].message_key, "form-error-email");

        let errors = form(&[("name", "A"), ("contact-method", "pigeon")])
            .validate(ReferralPath::SelfReferral, "en")
            .unwrap_err();
        assert_eq!(errors[0].message_key, "form-error-choice");
    }

    fn professional(extra: &[(&'static str, &'static str)]) -> ReferralForm {
        let mut pairs = vec![
            ("name", "Jo"),
            ("contact-method", "text"),
            ("phone", "+44 7700 900123"),
            ("agency", "GP surgery"),
            ("role", "Nurse"),
            ("work-contact", "nurse@example.nhs.uk"),
        ];
        pairs.extend_from_slice(extra);
        form(&pairs)
    }

    #[test]
    fn professionals_must_confirm_consent_and_give_work_details() {
        let errors = form(&[("name", "Jo"), ("contact-method", "text"), ("phone", "+44 7700 900123")])
            .validate(ReferralPath::Professional, "en")
            .unwrap_err();
        assert_eq!(fields_in(&errors), ["agency", "role", "work-contact", "consent"]);
        assert!(professional(&[("consent", "yes")]).validate(ReferralPath::Professional, "en").is_ok());
    }

    #[test]
    fn overlong_fields_are_refused_not_truncated() {
        let long = "x".repeat(4001);
        let errors = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("about", &long)])
            .validate(ReferralPath::FriendOrFamily, "en")
            .unwrap_err();
        assert_eq!(fields_in(&errors), ["about"]);
        assert_eq!(errors[0].message_key, "form-error-too-long");
        let unknown_field = "y".repeat(51);
        let errors = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("junk", &unknown_field)])
            .validate(ReferralPath::FriendOrFamily, "en")
            .unwrap_err();
        assert_eq!(fields_in(&errors), ["junk"]);
    }

    #[test]
    fn no_field_is_named_like_a_dom_property_of_forms() {
        // `form.children`, `form.submit` etc. would be shadowed by a field of that name, and
        // scripts (Leptos island hydration among them) read those properties.
        let names = CHOICES.iter().map(|(f, _)| *f).chain(FIELD_LIMITS.iter().map(|(f, _)| *f));
        for field in names {
            assert!(!["children", "elements", "action", "method", "submit", "reset"].contains(&field), "{field}");
        }
    }

    #[test]
    fn professionals_may_refer_without_consent_when_they_judge_risk_high_and_say_why() {
        let valid = professional(&[("consent", "no-high-risk"), ("no-consent-reason", "Threats to kill; she is too scared to agree")])
            .validate(ReferralPath::Professional, "en")
            .unwrap();
        assert!(valid.no_consent());
        assert_eq!(valid.flags(), [ReferralFlag::NoConsent]);
        assert_eq!(valid.suggested_priority, Priority::High);
        assert_eq!(valid.details["no-consent-reason"], "Threats to kill; she is too scared to agree");

        let errors = professional(&[("consent", "no-high-risk"), ("no-consent-reason", "  ")])
            .validate(ReferralPath::Professional, "en")
            .unwrap_err();
        assert_eq!(fields_in(&errors), ["no-consent-reason"]);
        assert_eq!(errors[0].message_key, "form-error-no-consent-reason");

        let with_consent = professional(&[("consent", "yes")]).validate(ReferralPath::Professional, "en").unwrap();
        assert!(!with_consent.no_consent());
        assert_eq!(with_consent.suggested_priority, Priority::Standard);
        // Only professionals can choose it: on another path the answer is not a choice.
        let errors = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("consent", "maybe")])
            .validate(ReferralPath::SelfReferral, "en")
            .unwrap_err();
        assert_eq!(errors[0].message_key, "form-error-choice");
    }

    #[test]
    fn children_at_home_with_a_high_suggestion_asks_for_a_safeguarding_check() {
        let high = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("children-at-home", "yes"), ("risk-strangled", "yes")]);
        assert!(high.validate(ReferralPath::SelfReferral, "en").unwrap().safeguarding_check);
        let standard = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("children-at-home", "yes")]);
        assert!(!standard.validate(ReferralPath::SelfReferral, "en").unwrap().safeguarding_check);
        let no_children = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("children-at-home", "unknown"), ("risk-weapons", "yes")]);
        assert!(!no_children.validate(ReferralPath::SelfReferral, "en").unwrap().safeguarding_check);
    }

    #[test]
    fn safe_windows_are_kept_apart_from_the_details_and_checked_with_the_rest() {
        let valid = form(&[("name", "A"), ("contact-method", "email"), ("email", "a@b.co"), ("safe-day-tue", "yes"),
            ("safe-from-1", "10:00"), ("safe-until-1", "11:00"), ("safe-times", "not when he is home")])
            .validate(ReferralPath::SelfReferral, "en")
            .unwrap();
        assert_eq!(valid.safe_windows.unwrap().describe(), "Tue 10:00–11:00 (UK time)");
        assert_eq!(valid.details["safe-times"], "not when he is home");
        assert!(!valid.details.contains_key("safe-day-tue"));
        let errors = form(&[("contact-method", "email"), ("email", "a@b.co"), ("safe-day-tue", "yes"), ("safe-from-1", "11:00"), ("safe-until-1", "10:00")])
            .validate(ReferralPath::SelfReferral, "en")
            .unwrap_err();
        assert_eq!(fields_in(&errors), ["name", "safe-until-1"]);
    }

    #[test]
    fn the_honeypot_marks_bots() {
        assert!(form(&[(HONEYPOT, "http://spam")]).is_bot());
        assert!(!form(&[(HONEYPOT, " ")]).is_bot());
    }

    #[test]
    fn phone_and_email_shapes() {
        for good in ["07700 900123", "+44 (0)1709 255011", "0330-202-0571"] {
            assert!(is_phone(good), "{good}");
        }
        for bad in ["123", "07700 900123 ext 5", "++447700900123", "0770090012345678"] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert!(is_email("a.b@example.org"));
        for bad in ["a@b", "@b.com", "a b@c.com", "a@b@c.com", "a@.com"] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn paths_read_from_their_slugs() {
        assert_eq!(ReferralPath::from_slug("friend-or-family"), Some(ReferralPath::FriendOrFamily));
    }
}
