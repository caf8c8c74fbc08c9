//! Triage priority. As in DASH guidance, professional judgement may raise a suggested
//! priority; lowering it needs a recorded reason.
use serde::{Deserialize, Serialize};

use crate::slug::slug_enum;

slug_enum! {
    #[derive(PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Priority {
        // Declared from most to least urgent, so sorting puts the most urgent first.
        High,
        Medium,
        Standard,
    }
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PriorityChangeError {
    #[error("lowering a priority needs a reason")]
    LoweringNeedsReason,
}

/// An adviser's change of priority, checked before it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriorityChange {
    pub from: Priority,
    pub to: Priority,
    pub reason: Option<String>,
}

impl PriorityChange {
    pub fn new(from: Priority, to: Priority, reason: &str) -> Result<PriorityChange, PriorityChangeError> {
        let reason = Some(reason.trim()).filter(|r| !r.is_empty()).map(str::to_owned);
        let lowering = to > from;
        if lowering && reason.is_none() {
            return Err(PriorityChangeError::LoweringNeedsReason);
        }
        Ok(PriorityChange { from, to, reason })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_urgent_sorts_first() {
        let mut all = vec![Priority::Standard, Priority::High, Priority::Medium];
        all.sort();
        assert_eq!(all, [Priority::High, Priority::Medium, Priority::Standard]);
    }

    #[test]
    fn raising_needs_no_reason_but_lowering_does() {
        assert!(PriorityChange::new(Priority::Standard, Priority::High, "").is_ok());
        assert_eq!(
            PriorityChange::new(Priority::High, Priority::Medium, "  "),
            Err(PriorityChangeError::LoweringNeedsReason)
        );
        let change = PriorityChange::new(Priority::High, Priority::Standard, "spoke to her; safe now").unwrap();
        assert_eq!(change.reason.as_deref(), Some("spoke to her; safe now"));
    }

    #[test]
    fn slugs_round_trip() {
        for p in Priority::ALL {
            assert_eq!(Priority::from_slug(p.slug()), Some(*p));
        }
        assert_eq!(Priority::from_slug("urgent"), None);
    }
}
