//! The "Help for your situation" pages: one per situation the service's strategies name,
//! each in the shape every information page has (what it is, signs, what you can do, who
//! helps). The hub lists them in this order; `/{lang}/help-for/{slug}` shows one.
use domain::helplines::Helpline;

use super::content::Block::{Link, List, Para, Phone};
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

pub const TOPICS: &[Topic] = &[
    Topic {
        slug: "honour-based-abuse",
        content: InfoContent {
            title: "hba-title",
            intro: "hba-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&["hba-sign-control", "hba-sign-threats", "hba-sign-marriage", "hba-sign-travel"])],
                },
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[List(&["hba-do-tell", "hba-do-travel", "hba-do-documents", "hba-do-mediation"])],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("hba-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-national", number: Helpline::National },
                    ],
                },
            ],
        },
    },
    Topic {
        slug: "stalking",
        content: InfoContent {
            title: "stalking-title",
            intro: "stalking-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&[
                        "stalking-sign-contact",
                        "stalking-sign-following",
                        "stalking-sign-online",
                        "stalking-sign-others",
                    ])],
                },
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[
                        List(&["stalking-do-record", "stalking-do-no-contact", "stalking-do-devices", "stalking-do-police"]),
                        Link { text: "topic-browse-safely-link", path: "/browse-safely" },
                    ],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("stalking-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-national", number: Helpline::National },
                    ],
                },
            ],
        },
    },
    Topic {
        slug: "after-separation-and-money",
        content: InfoContent {
            title: "separation-title",
            intro: "separation-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&[
                        "separation-sign-contact",
                        "separation-sign-children",
                        "separation-sign-money",
                        "separation-sign-debt",
                    ])],
                },
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[List(&[
                        "separation-do-plan",
                        "separation-do-bank",
                        "separation-do-records",
                        "separation-do-advice",
                    ])],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("separation-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-national", number: Helpline::National },
                        Link { text: "topic-accommodation-link", path: "/safe-accommodation" },
                    ],
                },
            ],
        },
    },
    Topic {
        slug: "young-people",
        content: InfoContent {
            title: "young-title",
            intro: "young-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&["young-sign-phone", "young-sign-friends", "young-sign-pressure", "young-sign-threats"])],
                },
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[List(&["young-do-trust", "young-do-photos", "young-do-safe"])],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("young-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-national", number: Helpline::National },
                        Link { text: "young-directory-link", path: "/directory?audience=young-people" },
                    ],
                },
            ],
        },
    },
    Topic {
        slug: "older-people",
        content: InfoContent {
            title: "older-title",
            intro: "older-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&["older-sign-money", "older-sign-care", "older-sign-isolation", "older-sign-fear"])],
                },
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[List(&["older-do-tell", "older-do-council", "older-do-money"])],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("older-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-council", number: Helpline::Council },
                        Phone { label: "phone-national", number: Helpline::National },
                    ],
                },
            ],
        },
    },
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
                Section {
                    heading: "children-services-heading",
                    blocks: &[Para("children-services-body")],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("children-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-council", number: Helpline::Council },
                        Phone { label: "phone-national", number: Helpline::National },
                    ],
                },
            ],
        },
    },
    Topic {
        slug: "lgbt",
        content: InfoContent {
            title: "lgbt-title",
            intro: "lgbt-intro",
            sections: &[
                Section {
                    heading: SIGNS,
                    blocks: &[List(&["lgbt-sign-outing", "lgbt-sign-identity", "lgbt-sign-medication", "lgbt-sign-isolation"])],
                },
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[List(&["lgbt-do-talk", "lgbt-do-family", "lgbt-do-record"])],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("lgbt-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-national", number: Helpline::National },
                        Link { text: "lgbt-directory-link", path: "/directory?audience=lgbt" },
                    ],
                },
            ],
        },
    },
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
                Section {
                    heading: WHAT_YOU_CAN_DO,
                    blocks: &[List(&["disabled-do-tell", "disabled-do-council"])],
                },
                Section {
                    heading: WHO_CAN_HELP,
                    blocks: &[
                        Para("disabled-help-body"),
                        Phone { label: "phone-rise", number: Helpline::Local },
                        Phone { label: "phone-national", number: Helpline::National },
                        Link { text: "disabled-directory-link", path: "/directory?audience=deaf" },
                    ],
                },
            ],
        },
    },
];
