//! A short, optional set of risk questions informed by the SafeLives DASH checklist. The
//! answers suggest a priority for triage; they are not a DASH score and never lower what an
//! adviser decides.
use serde::{Deserialize, Serialize};

use super::Priority;
use crate::slug::slug_enum;

slug_enum! {
    /// Declared in the order the form asks them.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum RiskQuestion {
        Frightened,
        Injured,
        GettingWorse,
        Strangled,
        ThreatToKill,
        Weapons,
        Stalking,
        Separating,
        Pregnant,
        Isolated,
    }
}

impl RiskQuestion {
    /// Strangulation, threats to kill and weapons are strong predictors of serious harm
    /// or homicide in domestic-abuse research; any one of them is reason to act quickly.
    fn is_red_flag(self) -> bool {
        matches!(self, RiskQuestion::Strangled | RiskQuestion::ThreatToKill | RiskQuestion::Weapons)
    }
}

/// The questions answered "yes". Unanswered and "no" are the same for triage: the person
/// may skip every question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskAnswers {
    pub yes: Vec<RiskQuestion>,
}

impl RiskAnswers {
    pub fn suggested_priority(&self) -> Priority {
        let yes = self.yes.len();
        let red_flags = self.yes.iter().filter(|q| q.is_red_flag()).count();
        if red_flags >= 1 && yes >= 3 || red_flags >= 2 || yes >= 6 {
            Priority::High
        } else if red_flags >= 1 || yes >= 3 {
            Priority::Medium
        } else {
            Priority::Standard
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RiskQuestion::*;

    fn answers(yes: &[RiskQuestion]) -> RiskAnswers {
        RiskAnswers { yes: yes.to_vec() }
    }

    #[test]
    fn no_answers_is_standard() {
        assert_eq!(answers(&[]).suggested_priority(), Priority::Standard);
        assert_eq!(answers(&[Isolated, Frightened]).suggested_priority(), Priority::Standard);
    }

    #[test]
    fn a_red_flag_alone_is_at_least_medium() {
        assert_eq!(answers(&[Strangled]).suggested_priority(), Priority::Medium);
        assert_eq!(answers(&[Isolated, Pregnant, Separating]).suggested_priority(), Priority::Medium);
    }

    #[test]
    fn red_flags_with_other_risks_or_many_risks_are_high() {
        assert_eq!(answers(&[ThreatToKill, Weapons]).suggested_priority(), Priority::High);
        assert_eq!(answers(&[Strangled, Frightened, GettingWorse]).suggested_priority(), Priority::High);
        assert_eq!(
            answers(&[Injured, Frightened, GettingWorse, Pregnant, Separating, Stalking])
                .suggested_priority(),
            Priority::High
        );
    }
}
