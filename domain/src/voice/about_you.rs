//! The optional "about you" questions (equal-access monitoring): age band, gender, ethnic
//! group (the ONS 2021 census categories for England and Wales: 5 groups, 19 options),
//! disability and sexual orientation, each with "prefer not to say". Answers are only ever
//! added to counts, one question at a time, so no combination of answers is kept.
use std::collections::BTreeMap;

use crate::slug::slug_enum;

slug_enum! {
    /// Age bands (the first one below the service's adult age).
    pub enum AgeBand {
        #[strum(serialize = "under-18")]
        Under18,
        #[strum(serialize = "18-24")]
        From18To24,
        #[strum(serialize = "25-34")]
        From25To34,
        #[strum(serialize = "35-44")]
        From35To44,
        #[strum(serialize = "45-54")]
        From45To54,
        #[strum(serialize = "55-64")]
        From55To64,
        #[strum(serialize = "65-74")]
        From65To74,
        #[strum(serialize = "75-plus")]
        From75,
        PreferNotToSay,
    }
}

slug_enum! {
    pub enum Gender {
        Woman,
        Man,
        NonBinary,
        /// "In another way": no free text, so nothing written can identify anyone.
        AnotherWay,
        PreferNotToSay,
    }
}

slug_enum! {
    /// ONS 2021 (England and Wales), in the census's order; `group()` gives the high-level group.
    pub enum EthnicGroup {
        AsianBangladeshi,
        AsianChinese,
        AsianIndian,
        AsianPakistani,
        AsianOther,
        BlackAfrican,
        BlackCaribbean,
        BlackOther,
        MixedWhiteAndAsian,
        MixedWhiteAndBlackAfrican,
        MixedWhiteAndBlackCaribbean,
        MixedOther,
        WhiteBritish,
        WhiteIrish,
        WhiteGypsyOrIrishTraveller,
        WhiteRoma,
        WhiteOther,
        OtherArab,
        OtherAny,
        PreferNotToSay,
    }
}

slug_enum! {
    /// The ONS 2021 high-level ethnic groups.
    pub enum EthnicGroupHeading {
        Asian,
        Black,
        Mixed,
        White,
        Other,
    }
}

impl EthnicGroup {
    /// The high-level group the option is listed under; `None` for "prefer not to say".
    pub fn group(self) -> Option<EthnicGroupHeading> {
        use EthnicGroup::*;
        use EthnicGroupHeading as H;
        Some(match self {
            AsianBangladeshi | AsianChinese | AsianIndian | AsianPakistani | AsianOther => H::Asian,
            BlackAfrican | BlackCaribbean | BlackOther => H::Black,
            MixedWhiteAndAsian | MixedWhiteAndBlackAfrican | MixedWhiteAndBlackCaribbean | MixedOther => H::Mixed,
            WhiteBritish | WhiteIrish | WhiteGypsyOrIrishTraveller | WhiteRoma | WhiteOther => H::White,
            OtherArab | OtherAny => H::Other,
            PreferNotToSay => return None,
        })
    }

    /// The options listed under one high-level group, in order.
    pub fn in_group(heading: EthnicGroupHeading) -> impl Iterator<Item = EthnicGroup> {
        EthnicGroup::ALL.iter().copied().filter(move |option| option.group() == Some(heading))
    }
}

slug_enum! {
    /// The ONS 2021 disability question: a condition lasting 12 months or more that
    /// limits day-to-day activities.
    pub enum Disability {
        YesALot,
        YesALittle,
        No,
        PreferNotToSay,
    }
}

slug_enum! {
    /// The ONS 2021 sexual orientation question.
    pub enum SexualOrientation {
        StraightOrHeterosexual,
        GayOrLesbian,
        Bisexual,
        AnotherOrientation,
        PreferNotToSay,
    }
}

slug_enum! {
    /// The questions, in the order the form asks them; each slug is its form field's name.
    pub enum Question {
        Age,
        Gender,
        EthnicGroup,
        Disability,
        SexualOrientation,
    }
}

impl Question {
    /// Every answer the question takes, as slugs in display order.
    pub fn answers(self) -> &'static [&'static str] {
        match self {
            Question::Age => AgeBand::SLUGS,
            Question::Gender => Gender::SLUGS,
            Question::EthnicGroup => EthnicGroup::SLUGS,
            Question::Disability => Disability::SLUGS,
            Question::SexualOrientation => SexualOrientation::SLUGS,
        }
    }
}

/// The answers one form gave: only questions answered with a listed option, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AboutYou {
    pub answers: Vec<(Question, &'static str)>,
}

impl AboutYou {
    pub fn from_fields(fields: &BTreeMap<String, String>) -> AboutYou {
        let answers = Question::ALL
            .iter()
            .filter_map(|&question| {
                let given = fields.get(question.slug())?;
                question.answers().iter().find(|a| *a == given).map(|&answer| (question, answer))
            })
            .collect();
        AboutYou { answers }
    }

    /// What each answer adds one to: `question:answer`, e.g. `age:25-34`.
    pub fn count_names(&self) -> Vec<String> {
        self.answers.iter().map(|(question, answer)| format!("{}:{answer}", question.slug())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ons_2021_ethnic_groups_are_five_groups_of_nineteen_options() {
        assert_eq!(EthnicGroupHeading::ALL.len(), 5);
        let listed: usize = EthnicGroupHeading::ALL.iter().map(|&h| EthnicGroup::in_group(h).count()).sum();
        assert_eq!(listed, 19);
        let sizes: Vec<usize> = EthnicGroupHeading::ALL.iter().map(|&h| EthnicGroup::in_group(h).count()).collect();
        assert_eq!(sizes, [5, 3, 4, 5, 2]);
        assert_eq!(EthnicGroup::PreferNotToSay.group(), None);
    }

    #[test]
    fn every_question_offers_prefer_not_to_say() {
        for question in Question::ALL {
            assert_eq!(question.answers().last(), Some(&"prefer-not-to-say"), "{question:?}");
        }
    }

    #[test]
    fn only_listed_answers_are_taken() {
        let fields: BTreeMap<String, String> = [
            ("age", "25-34"),
            ("gender", "prefer-not-to-say"),
            ("ethnic-group", "white-roma"),
            ("disability", "sometimes"),
            ("submission-id", "x"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let about = AboutYou::from_fields(&fields);
        assert_eq!(about.count_names(), ["age:25-34", "gender:prefer-not-to-say", "ethnic-group:white-roma"]);
        assert!(AboutYou::from_fields(&BTreeMap::new()).answers.is_empty());
    }

    /// Slugs name stored counts and Fluent keys: pinned, as every stored slug is.
    #[test]
    fn slugs_are_as_stored() {
        assert_eq!(AgeBand::SLUGS[..3], ["under-18", "18-24", "25-34"]);
        assert_eq!(AgeBand::SLUGS[7], "75-plus");
        assert_eq!(EthnicGroup::SLUGS[10], "mixed-white-and-black-caribbean");
        assert_eq!(EthnicGroup::SLUGS[14], "white-gypsy-or-irish-traveller");
        assert_eq!(Question::SLUGS, ["age", "gender", "ethnic-group", "disability", "sexual-orientation"]);
        assert_eq!(Disability::SLUGS, ["yes-a-lot", "yes-a-little", "no", "prefer-not-to-say"]);
    }
}
