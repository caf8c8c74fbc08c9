//! A short, optional set of risk questions informed by the SafeLives DASH checklist, and the
//! one table of rules that turns the answers into a suggested priority for triage. It is not
//! a DASH score; an adviser's judgement may raise what it suggests, and lowering needs a
//! recorded reason (see `priority`).
use serde::{Deserialize, Serialize};

use super::Priority;
use crate::slug::slug_enum;

slug_enum! {
    /// Declared in the order the form asks them.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum RiskQuestion {
        Frightened,
        FearsKilled,
        Injured,
        GettingWorse,
        PoliceCalled,
        Strangled,
        ThreatToKill,
        Weapons,
        Stalking,
        Separating,
        Pregnant,
        Isolated,
    }
}

/// What triage knows about risk. Unanswered and "no" are the same: the person may skip
/// every question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskAnswers {
    /// The questions answered "yes".
    pub yes: Vec<RiskQuestion>,
    /// Children live in the home (the form's "children-at-home" answered "yes").
    #[serde(default)]
    pub children_at_home: bool,
    /// A professional refers without the person's consent because they judge the risk high.
    #[serde(default)]
    pub professional_judges_high: bool,
}

/// When a rule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// This one question is answered "yes", whatever else is.
    Yes(RiskQuestion),
    /// At least this many questions are answered "yes".
    AtLeast(usize),
    /// The referrer, a professional, judges the risk high (referring without consent).
    ProfessionalJudgesHigh,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskRule {
    pub when: When,
    pub suggests: Priority,
}

use Priority::{High, Medium};
use RiskQuestion::*;
use When::{AtLeast, ProfessionalJudgesHigh, Yes};

/// Every rule. The suggestion is the most urgent priority of the rules that apply, or
/// standard when none does. Each line says where the rule comes from.
pub const RULES: &[RiskRule] = &[
    // DASH q.10 (strangle/choke/suffocate); Glass et al. 2008: prior non-fatal strangulation ~7× the odds of homicide.
    RiskRule { when: Yes(Strangled), suggests: High },
    // DASH q.19 (threats to kill); Campbell et al. 2003 (Danger Assessment): threats to kill ~3× the risk of femicide.
    RiskRule { when: Yes(ThreatToKill), suggests: High },
    // DASH q.17 (weapon used or threatened); Campbell et al. 2003: weapon threats/use among the strongest homicide predictors.
    RiskRule { when: Yes(Weapons), suggests: High },
    // Danger Assessment item "believes he is capable of killing you" (Campbell 2003); DASH q.2 asks what the victim fears.
    RiskRule { when: Yes(FearsKilled), suggests: High },
    // SafeLives MARAC referral criteria: "potential escalation", 3+ police call-outs in 12 months, is high risk on its own.
    RiskRule { when: Yes(PoliceCalled), suggests: High },
    // DASH practice guidance: professional judgement alone can make a case high risk (and justifies sharing without consent).
    RiskRule { when: ProfessionalJudgesHigh, suggests: High },
    // DASH q.2 ("very frightened"): the victim's own fear predicts re-assault (Weisz et al. 2000), so never standard.
    RiskRule { when: Yes(Frightened), suggests: Medium },
    // DASH counts 14 of 27 ticks as visible high risk; half of our 12 questions is the same share.
    RiskRule { when: AtLeast(6), suggests: High },
    // Several DASH factors together (any 3) need a prompt look even without a red flag.
    RiskRule { when: AtLeast(3), suggests: Medium },
];

impl RiskRule {
    fn applies(&self, answers: &RiskAnswers) -> bool {
        match self.when {
            Yes(question) => answers.yes.contains(&question),
            AtLeast(count) => answers.yes.len() >= count,
            ProfessionalJudgesHigh => answers.professional_judges_high,
        }
    }
}

impl RiskAnswers {
    pub fn suggested_priority(&self) -> Priority {
        RULES
            .iter()
            .filter(|rule| rule.applies(self))
            .map(|rule| rule.suggests)
            .min()
            .unwrap_or(Priority::Standard)
    }

    /// Children in a home at high risk: triage checks whether children's services must be
    /// told (the 2018 peer review in seeds/003 found DASH work missing the voice of the child).
    pub fn needs_safeguarding_check(&self, priority: Priority) -> bool {
        self.children_at_home && priority == Priority::High
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Priority::Standard;

    fn answers(yes: &[RiskQuestion]) -> RiskAnswers {
        RiskAnswers { yes: yes.to_vec(), ..RiskAnswers::default() }
    }

    /// What each answer suggests when it is the only one: the table under test, written out.
    const ALONE: &[(RiskQuestion, Priority)] = &[
        (Frightened, Medium),
        (FearsKilled, High),
        (Injured, Standard),
        (GettingWorse, Standard),
        (PoliceCalled, High),
        (Strangled, High),
        (ThreatToKill, High),
        (Weapons, High),
        (Stalking, Standard),
        (Separating, Standard),
        (Pregnant, Standard),
        (Isolated, Standard),
    ];

    #[test]
    fn every_single_answer_suggests_its_priority() {
        assert_eq!(ALONE.len(), RiskQuestion::ALL.len(), "a question is missing from the table");
        for (question, expected) in ALONE {
            assert_eq!(answers(&[*question]).suggested_priority(), *expected, "{question:?} alone");
        }
        assert_eq!(answers(&[]).suggested_priority(), Standard);
    }

    #[test]
    fn every_pair_and_triple_suggests_the_most_urgent_rule() {
        let alone = |q: &RiskQuestion| ALONE.iter().find(|(a, _)| a == q).unwrap().1;
        let all = RiskQuestion::ALL;
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                let expected = alone(a).min(alone(b));
                assert_eq!(answers(&[*a, *b]).suggested_priority(), expected, "{a:?} + {b:?}");
                for c in all.iter().filter(|c| *c != a && *c != b) {
                    // Three answers are at least medium, whatever they are.
                    let expected = alone(a).min(alone(b)).min(alone(c)).min(Medium);
                    assert_eq!(answers(&[*a, *b, *c]).suggested_priority(), expected, "{a:?} + {b:?} + {c:?}");
                }
            }
        }
    }

    #[test]
    fn many_answers_without_a_red_flag_are_high() {
        let five = [Injured, GettingWorse, Stalking, Separating, Pregnant];
        assert_eq!(answers(&five).suggested_priority(), Medium);
        let six = [Injured, GettingWorse, Stalking, Separating, Pregnant, Isolated];
        assert_eq!(answers(&six).suggested_priority(), High);
    }

    #[test]
    fn a_professional_judging_risk_high_makes_it_high() {
        let judged = RiskAnswers { professional_judges_high: true, ..RiskAnswers::default() };
        assert_eq!(judged.suggested_priority(), High);
    }

    #[test]
    fn children_at_home_with_high_priority_needs_a_safeguarding_check() {
        let cases = [
            (false, High, false),
            (true, Standard, false),
            (true, Medium, false),
            (true, High, true),
        ];
        for (children_at_home, priority, expected) in cases {
            let answers = RiskAnswers { children_at_home, ..RiskAnswers::default() };
            assert_eq!(answers.needs_safeguarding_check(priority), expected, "{children_at_home} {priority:?}");
        }
        // Through the answers alone: strangulation with children at home.
        let strangled = RiskAnswers { yes: vec![Strangled], children_at_home: true, ..RiskAnswers::default() };
        assert!(strangled.needs_safeguarding_check(strangled.suggested_priority()));
    }

    #[test]
    fn every_rule_is_reachable() {
        // A rule shadowed by another would make its source comment a promise the code breaks.
        for rule in RULES {
            let answers = match rule.when {
                Yes(q) => answers(&[q]),
                AtLeast(n) => answers(&[Injured, GettingWorse, Stalking, Separating, Pregnant, Isolated][..n]),
                ProfessionalJudgesHigh => RiskAnswers { professional_judges_high: true, ..RiskAnswers::default() },
            };
            assert_eq!(answers.suggested_priority(), rule.suggests, "{rule:?}");
        }
    }
}
