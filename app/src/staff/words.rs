//! The words the staff console shows for every stored slug: priorities, risk answers,
//! referral detail fields and their fixed answers, flags, outcomes, audit actions, chat
//! states and shift statuses. One place, so no page shows "voicemail-ok" or "threat-to-kill";
//! a slug added later without words is still shown as words (`as_words`), and the tests below
//! list the known ones so a missing entry fails.
use domain::referral::{ContactMethod, Outcome, Priority, ReferralFlag, ReferralPath, RiskQuestion};

/// "claim-lapsed" → "Claim lapsed": the fallback for a slug nobody gave words yet.
pub fn as_words(slug: &str) -> String {
    let spaced = slug.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Looks `slug` up in `table`, or writes it as words.
fn look_up(table: &[(&str, &str)], slug: &str) -> String {
    table.iter().find(|(s, _)| *s == slug).map(|(_, words)| (*words).to_owned()).unwrap_or_else(|| as_words(slug))
}

pub fn priority(priority: Priority) -> &'static str {
    match priority {
        Priority::High => "High",
        Priority::Medium => "Medium",
        Priority::Standard => "Standard",
    }
}

pub fn outcome(outcome: Outcome) -> &'static str {
    outcome.label()
}

pub fn contact_method(method: ContactMethod) -> &'static str {
    method.label()
}

pub fn flag(flag: ReferralFlag) -> &'static str {
    flag.label()
}

pub fn path(path: ReferralPath) -> &'static str {
    match path {
        ReferralPath::SelfReferral => "Self-referral",
        ReferralPath::Professional => "Professional",
        ReferralPath::FriendOrFamily => "Friend or family",
    }
}

/// A stored path slug (the queue keeps it as text).
pub fn path_slug(slug: &str) -> String {
    ReferralPath::from_slug(slug).map(|p| path(p).to_owned()).unwrap_or_else(|| as_words(slug))
}

pub fn risk(question: RiskQuestion) -> &'static str {
    match question {
        RiskQuestion::Frightened => "Is frightened",
        RiskQuestion::FearsKilled => "Fears being killed",
        RiskQuestion::Injured => "Has been injured",
        RiskQuestion::GettingWorse => "Abuse is getting worse",
        RiskQuestion::PoliceCalled => "Police have been called before",
        RiskQuestion::Strangled => "Has been strangled or choked",
        RiskQuestion::ThreatToKill => "Threatened to kill",
        RiskQuestion::Weapons => "Weapons used or threatened",
        RiskQuestion::Stalking => "Stalking or harassment",
        RiskQuestion::Separating => "Separating or recently separated",
        RiskQuestion::Pregnant => "Pregnant or recently had a baby",
        RiskQuestion::Isolated => "Isolated from family and friends",
    }
}

/// A language tag as the console shows it (the six the site speaks; others as given).
pub fn language(tag: &str) -> String {
    let names = [("en", "English"), ("ur", "Urdu"), ("ar", "Arabic"), ("pl", "Polish"), ("sk", "Slovak"), ("ro", "Romanian")];
    names.iter().find(|(t, _)| *t == tag).map(|(_, name)| (*name).to_owned()).unwrap_or_else(|| tag.to_owned())
}

/// A stored risk answer slug.
pub fn risk_slug(slug: &str) -> String {
    RiskQuestion::from_slug(slug).map(|q| risk(q).to_owned()).unwrap_or_else(|| as_words(slug))
}

/// The referral form's fields, as the staff referral page labels them.
const DETAIL_KEYS: &[(&str, &str)] = &[
    ("name", "Name"),
    ("safe-name", "Name that is safe to use"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("contact-method", "How to contact"),
    ("voicemail-ok", "Safe to leave a voicemail"),
    ("message-ok", "Safe to send a message"),
    ("safe-times", "Safe times to contact"),
    ("access-needs", "Access needs"),
    ("interpreter", "Needs an interpreter"),
    ("children-at-home", "Children at home"),
    ("safe-now", "Safe now"),
    ("consent", "The person agreed"),
    ("no-consent-reason", "Why refer without consent"),
    ("agency", "Agency"),
    ("role", "Role"),
    ("work-contact", "Work contact"),
    ("relationship", "Relationship to the person"),
    ("wants", "Asks for"),
    ("about", "About"),
];

/// The fixed answers of those fields (`domain::referral::CHOICES`).
const DETAIL_VALUES: &[(&str, &str)] = &[
    ("yes", "Yes"),
    ("no", "No"),
    ("unknown", "Not known"),
    ("no-high-risk", "No: referred without consent because the risk is judged high"),
    ("advice", "Advice"),
    ("call-back", "A call back"),
];

pub fn detail_key(key: &str) -> String {
    look_up(DETAIL_KEYS, key)
}

/// The words for a field's value: a fixed answer in words, anything typed as typed.
pub fn detail_value(key: &str, value: &str) -> String {
    let fixed = domain::referral::CHOICES.iter().find(|(field, _)| *field == key).map(|(_, allowed)| *allowed);
    match fixed {
        Some(allowed) if allowed.contains(&value) => match ContactMethod::from_slug(value) {
            Some(method) if key == "contact-method" => contact_method(method).to_owned(),
            _ => look_up(DETAIL_VALUES, value),
        },
        _ => value.to_owned(),
    }
}

/// Audit actions as the audit trail shows them.
const AUDIT_ACTIONS: &[(&str, &str)] = &[
    ("claimed", "Claimed a referral"),
    ("released", "Released a referral to the queue"),
    ("returned-by-admin", "Returned someone's referral to the queue"),
    ("contact-attempt", "Logged a contact attempt"),
    ("note-added", "Added a note"),
    ("nothing", "Nothing changed"),
    ("priority-changed", "Changed the priority"),
    ("closed", "Closed a referral"),
    ("viewed", "Viewed a referral"),
    ("claim-lapsed", "Claim lapsed back to the queue"),
    ("deleted-after-retention", "Deleted after the retention time"),
    ("signed-in", "Signed in"),
    ("signed-out", "Signed out"),
    ("signed-out-everywhere", "Signed out everywhere"),
    ("quarantine-opened", "Opened a held submission"),
    ("quarantine-discarded", "Discarded a held submission"),
    ("released-from-quarantine", "Released a held submission into the queue"),
    ("canned-replies-edited", "Edited the canned replies"),
    ("chat-accepted", "Accepted a chat"),
    ("chat-ended", "Ended a chat"),
    ("chat-returned", "Returned a chat to the queue"),
    ("chat-transferred", "Transferred a chat"),
    ("referral-from-chat", "Made a referral from a chat"),
    ("shift-on-shift", "Went on shift"),
    ("shift-away", "Set themselves away"),
    ("shift-off", "Went off shift"),
];

pub fn audit_action(action: &str) -> String {
    look_up(AUDIT_ACTIONS, action)
}

/// A chat's states and an adviser's shift statuses.
const STATES: &[(&str, &str)] = &[
    ("waiting", "Waiting"),
    ("offered", "Offered"),
    ("active", "In progress"),
    ("ended", "Ended"),
    ("claimed", "Claimed"),
    ("on-shift", "On shift"),
    ("away", "Away"),
    ("off", "Off shift"),
];

/// A chat's state, a referral's status or an adviser's shift status.
pub fn state(slug: &str) -> String {
    look_up(STATES, slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(table: &[(&str, &str)], slug: &str) -> bool {
        table.iter().any(|(s, words)| *s == slug && !words.is_empty())
    }

    #[test]
    fn every_slug_has_words() {
        for p in Priority::ALL {
            assert!(!priority(*p).contains('-'));
        }
        for q in RiskQuestion::ALL {
            assert_ne!(risk(*q), q.slug());
            assert_eq!(risk_slug(q.slug()), risk(*q));
        }
        for o in Outcome::ALL {
            assert_ne!(outcome(*o), o.slug(), "{o:?} has no label");
        }
        for m in ContactMethod::ALL {
            assert_ne!(contact_method(*m), m.slug());
        }
        for p in ReferralPath::ALL {
            assert_eq!(path_slug(p.slug()), path(*p));
        }
        let fields = domain::referral::FIELD_LIMITS.iter().map(|(f, _)| *f).chain(domain::referral::CHOICES.iter().map(|(f, _)| *f));
        for field in fields {
            assert!(listed(DETAIL_KEYS, field), "the detail field {field} has no words");
        }
        for (field, answers) in domain::referral::CHOICES {
            for answer in *answers {
                let words = detail_value(field, answer);
                assert!(words != *answer, "{field}={answer} has no words");
            }
        }
        // What the server records and stores today (other slugs still read as words).
        let actions = [
            "claimed", "released", "returned-by-admin", "contact-attempt", "note-added", "nothing", "priority-changed",
            "closed", "viewed", "claim-lapsed", "deleted-after-retention", "signed-in", "signed-out",
            "signed-out-everywhere", "quarantine-opened", "quarantine-discarded", "released-from-quarantine",
            "canned-replies-edited", "chat-accepted", "chat-ended", "chat-returned", "chat-transferred",
            "referral-from-chat", "shift-on-shift", "shift-away", "shift-off",
        ];
        for action in actions {
            assert!(listed(AUDIT_ACTIONS, action), "the audit action {action} has no words");
        }
        for slug in ["waiting", "offered", "active", "ended", "claimed", "on-shift", "away", "off"] {
            assert!(listed(STATES, slug), "the state {slug} has no words");
        }
    }

    #[test]
    fn slugs_read_as_words() {
        assert_eq!(detail_key("voicemail-ok"), "Safe to leave a voicemail");
        assert_eq!(detail_value("voicemail-ok", "yes"), "Yes");
        assert_eq!(detail_value("contact-method", "text"), "Text message");
        assert_eq!(detail_value("name", "yes"), "yes", "what a person typed stays as typed");
        assert_eq!(risk_slug("threat-to-kill"), "Threatened to kill");
        assert_eq!(audit_action("something-new"), "Something new");
        assert_eq!(state("on-shift"), "On shift");
        assert_eq!(language("ur"), "Urdu");
        assert_eq!(as_words(""), "");
    }
}
