//! The shape of each information page. The words are Fluent keys, translated in `locales/`;
//! phone numbers come from the directory file.
use domain::helplines::Helpline;

pub enum Block {
    Para(&'static str),
    List(&'static [&'static str]),
    /// A phone number is not translated, only the words before it.
    Phone { label: &'static str, number: Helpline },
    /// A link to another page of the site, in the page's language (`path` starts with `/`).
    Link { text: &'static str, path: &'static str },
    /// A sentence around a number the service is configured with, so the page can never
    /// promise something the settings do not do. `key` takes it as `$count`.
    Figure { key: &'static str, figure: Figure },
    /// A promise of contact whose time is computed from the service hours (`text` takes
    /// `$when`, e.g. "by Monday 10:00"), never written into the words.
    ContactBy { text: &'static str, path: domain::referral::ReferralPath },
}

/// Numbers from the server's settings that pages state in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Days a closed referral is kept (`RETENTION_DAYS`).
    ReferralRetentionDays,
    /// Days a conversation is kept after its last message (`CHAT_RETENTION_DAYS`).
    ChatRetentionDays,
    /// Days a form held by the spam check is kept for review.
    HeldFormDays,
    /// Days a "Did this help?" answer is kept (`FEEDBACK_DAYS`).
    FeedbackDays,
}

pub struct Section {
    pub heading: &'static str,
    pub blocks: &'static [Block],
}

pub struct InfoContent {
    pub title: &'static str,
    pub intro: &'static str,
    pub sections: &'static [Section],
}

use Block::{List, Para, Phone, Link};

pub const IS_THIS_ABUSE: InfoContent = InfoContent {
    title: "abuse-title",
    intro: "abuse-intro",
    sections: &[
        Section { heading: "abuse-physical-heading", blocks: &[Para("abuse-physical-body")] },
        Section { heading: "abuse-sexual-heading", blocks: &[Para("abuse-sexual-body")] },
        Section { heading: "abuse-control-heading", blocks: &[Para("abuse-control-body")] },
        Section { heading: "abuse-emotional-heading", blocks: &[Para("abuse-emotional-body")] },
        Section { heading: "abuse-economic-heading", blocks: &[Para("abuse-economic-body")] },
        Section { heading: "abuse-verbal-heading", blocks: &[Para("abuse-verbal-body")] },
        Section { heading: "abuse-online-heading", blocks: &[Para("abuse-online-body")] },
        Section { heading: "abuse-children-heading", blocks: &[Para("abuse-children-body")] },
        Section {
            heading: "abuse-not-your-fault-heading",
            blocks: &[
                Para("abuse-not-your-fault-body"),
                Phone { label: "phone-rise", number: Helpline::Local },
                Phone { label: "phone-national", number: Helpline::National },
            ],
        },
    ],
};

pub const BROWSE_SAFELY: InfoContent = InfoContent {
    title: "safely-title",
    intro: "safely-intro",
    sections: &[
        Section {
            heading: "safely-exit-heading",
            blocks: &[Para("safely-exit-body")],
        },
        Section {
            heading: "safely-history-heading",
            blocks: &[
                Para("safely-history-body"),
                List(&["safely-history-private", "safely-history-clear", "safely-history-selective"]),
            ],
        },
        Section {
            heading: "safely-devices-heading",
            blocks: &[List(&[
                "safely-devices-shared",
                "safely-devices-accounts",
                "safely-devices-location",
                "safely-devices-other",
            ])],
        },
        Section {
            heading: "safely-phone-heading",
            blocks: &[Para("safely-phone-body")],
        },
    ],
};

pub const YOUR_BEHAVIOUR: InfoContent = InfoContent {
    title: "behaviour-title",
    intro: "behaviour-intro",
    sections: &[
        Section {
            heading: "behaviour-signs-heading",
            blocks: &[List(&[
                "behaviour-sign-control",
                "behaviour-sign-anger",
                "behaviour-sign-fear",
                "behaviour-sign-blame",
            ])],
        },
        Section {
            heading: "behaviour-respect-heading",
            blocks: &[
                Para("behaviour-respect-body"),
                Phone { label: "phone-respect", number: Helpline::Perpetrators },
            ],
        },
        Section {
            heading: "behaviour-inspire-heading",
            blocks: &[Para("behaviour-inspire-body")],
        },
        Section {
            heading: "behaviour-danger-heading",
            blocks: &[Para("behaviour-danger-body")],
        },
    ],
};

pub const SAFE_ACCOMMODATION: InfoContent = InfoContent {
    title: "accommodation-title",
    intro: "accommodation-intro",
    sections: &[
        Section {
            heading: "accommodation-types-heading",
            blocks: &[List(&[
                "accommodation-refuge",
                "accommodation-dispersed",
                "accommodation-sanctuary",
                "accommodation-specialist",
                "accommodation-move-on",
                "accommodation-emergency",
            ])],
        },
        Section {
            heading: "accommodation-children-heading",
            blocks: &[Para("accommodation-children-body")],
        },
        Section {
            heading: "accommodation-ask-heading",
            blocks: &[
                Para("accommodation-ask-body"),
                Phone { label: "phone-rise", number: Helpline::Local },
                Phone { label: "phone-council", number: Helpline::Council },
                Phone { label: "phone-national", number: Helpline::National },
            ],
        },
    ],
};

pub const PROFESSIONALS: InfoContent = InfoContent {
    title: "professionals-title",
    intro: "professionals-intro",
    sections: &[
        Section {
            heading: "professionals-how-heading",
            blocks: &[
                Para("professionals-how-body"),
                Link { text: "professionals-how-link", path: "/refer/professional" },
                Phone { label: "phone-rise", number: Helpline::Local },
            ],
        },
        Section {
            heading: "professionals-consent-heading",
            blocks: &[
                Para("professionals-consent-body"),
                List(&[
                    "professionals-consent-ask",
                    "professionals-consent-safe",
                    "professionals-consent-risk",
                ]),
            ],
        },
        Section {
            heading: "professionals-include-heading",
            blocks: &[List(&[
                "professionals-include-contact",
                "professionals-include-language",
                "professionals-include-children",
                "professionals-include-risk",
            ])],
        },
        Section {
            heading: "professionals-high-risk-heading",
            blocks: &[Para("professionals-high-risk-body")],
        },
        Section {
            heading: "professionals-what-next-heading",
            blocks: &[
                Block::ContactBy { text: "professionals-what-next-by", path: domain::referral::ReferralPath::Professional },
                Para("professionals-what-next-body"),
            ],
        },
    ],
};
