//! The "Help for your situation" pages: one per situation the service's strategies name,
//! each in the shape every information page has (what it is, signs, what you can do, who
//! helps). The hub lists them in this order; `/{lang}/help-for/{slug}` shows one.
use domain::helplines::Helpline;

use super::content::Block::{self, Link, List, Para, Phone};
use super::content::{InfoContent, Section};

pub struct Topic {
    /// The last part of the page's address.
    pub slug: &'static str,
    pub content: InfoContent,
}

impl Topic {
    pub fn find(slug: &str) -> Option<&'static Topic> {
        TOPICS.iter().find(|topic| topic.slug == slug)
    }

    pub fn path(&self) -> String {
        format!("{HUB_PATH}/{}", self.slug)
    }
}

/// The hub's own address; each topic lives under it.
pub const HUB_PATH: &str = "/help-for";

const SIGNS: &str = "topic-signs-heading";
const WHAT_YOU_CAN_DO: &str = "topic-do-heading";
const WHO_CAN_HELP: &str = "topic-help-heading";
const LOCAL: Block = Phone { label: "phone-rise", number: Helpline::Local };
const NATIONAL: Block = Phone { label: "phone-national", number: Helpline::National };
const COUNCIL: Block = Phone { label: "phone-council", number: Helpline::Council };

/// The usual shape: signs to look out for, what you can do, who can help.
macro_rules! topic {
    ($slug:literal, $title:literal, $intro:literal,
     signs: [$($sign:literal),+], can_do: [$($step:literal),+], help: [$($help:expr),+]) => {
        Topic {
            slug: $slug,
            content: InfoContent {
                title: $title,
                intro: $intro,
                sections: &[
                    Section { heading: SIGNS, blocks: &[List(&[$($sign),+])] },
                    Section { heading: WHAT_YOU_CAN_DO, blocks: &[List(&[$($step),+])] },
                    Section { heading: WHO_CAN_HELP, blocks: &[$($help),+] },
                ],
            },
        }
    };
}

pub const TOPICS: &[Topic] = &[
    topic!("honour-based-abuse", "hba-title", "hba-intro",
        signs: ["hba-sign-control", "hba-sign-threats", "hba-sign-marriage", "hba-sign-travel"],
        can_do: ["hba-do-tell", "hba-do-travel", "hba-do-documents", "hba-do-mediation"],
        help: [Para("hba-help-body"), LOCAL, NATIONAL]),
    topic!("stalking", "stalking-title", "stalking-intro",
        signs: ["stalking-sign-contact", "stalking-sign-following", "stalking-sign-online", "stalking-sign-others"],
        can_do: ["stalking-do-record", "stalking-do-no-contact", "stalking-do-devices", "stalking-do-police"],
        help: [Para("stalking-help-body"), LOCAL, NATIONAL, Link { text: "topic-browse-safely-link", path: "/browse-safely" }]),
    topic!("after-separation-and-money", "separation-title", "separation-intro",
        signs: ["separation-sign-contact", "separation-sign-children", "separation-sign-money", "separation-sign-debt"],
        can_do: ["separation-do-plan", "separation-do-bank", "separation-do-records", "separation-do-advice"],
        help: [Para("separation-help-body"), LOCAL, NATIONAL, Link { text: "topic-accommodation-link", path: "/safe-accommodation" }]),
    topic!("young-people", "young-title", "young-intro",
        signs: ["young-sign-phone", "young-sign-friends", "young-sign-pressure", "young-sign-threats"],
        can_do: ["young-do-trust", "young-do-photos", "young-do-safe"],
        help: [Para("young-help-body"), LOCAL, NATIONAL, Link { text: "young-directory-link", path: "/directory?audience=young-people" }]),
    topic!("older-people", "older-title", "older-intro",
        signs: ["older-sign-money", "older-sign-care", "older-sign-isolation", "older-sign-fear"],
        can_do: ["older-do-tell", "older-do-council", "older-do-money"],
        help: [Para("older-help-body"), LOCAL, COUNCIL, NATIONAL]),
    // Children: how they are affected, what a parent can do, and that children's services help.
    Topic {
        slug: "children",
        content: InfoContent {
            title: "children-title",
            intro: "children-intro",
            sections: &[
                Section {
                    heading: "children-affected-heading",
                    blocks: &[List(&[
                        "children-sign-fear",
                        "children-sign-behaviour",
                        "children-sign-school",
                        "children-sign-blame",
                    ])],
                },
                Section {
                    heading: "children-do-heading",
                    blocks: &[List(&["children-do-talk", "children-do-plan", "children-do-school", "children-do-help"])],
                },
                Section { heading: "children-services-heading", blocks: &[Para("children-services-body")] },
                Section { heading: WHO_CAN_HELP, blocks: &[Para("children-help-body"), LOCAL, COUNCIL, NATIONAL] },
            ],
        },
    },
    topic!("lgbt", "lgbt-title", "lgbt-intro",
        signs: ["lgbt-sign-outing", "lgbt-sign-identity", "lgbt-sign-medication", "lgbt-sign-isolation"],
        can_do: ["lgbt-do-talk", "lgbt-do-family", "lgbt-do-record"],
        help: [Para("lgbt-help-body"), LOCAL, NATIONAL, Link { text: "lgbt-directory-link", path: "/directory?audience=lgbt" }]),
    // Disabled and Deaf people: the usual shape plus the ways to reach help in BSL or by text.
    Topic {
        slug: "disabled-and-deaf-people",
        content: InfoContent {
            title: "disabled-title",
            intro: "disabled-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&[
                        "disabled-sign-care",
                        "disabled-sign-equipment",
                        "disabled-sign-money",
                        "disabled-sign-communication",
                    ])],
                },
                Section {
                    heading: "disabled-contact-heading",
                    blocks: &[
                        List(&["disabled-contact-bsl", "disabled-contact-sms", "disabled-contact-helpline", "disabled-contact-us"]),
                        Phone { label: "disabled-contact-relay", number: Helpline::EmergencyRelay },
                    ],
                },
                Section { heading: WHAT_YOU_CAN_DO, blocks: &[List(&["disabled-do-tell", "disabled-do-council"])] },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("disabled-help-body"),
                        LOCAL,
                        NATIONAL,
                        Link { text: "disabled-directory-link", path: "/directory?audience=deaf" },
                    ],
                },
            ],
        },
    },
];
