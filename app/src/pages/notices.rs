//! The privacy notice and the accessibility statement. The privacy notice states the
//! retention periods from the settings in force (`Block::Figure`), never typed figures.
use domain::helplines::Helpline;

use super::content::Block::{Figure, Link, List, Para, Phone};
use super::content::{self, InfoContent, Section};

pub const PRIVACY: InfoContent = InfoContent {
    title: "privacy-title",
    intro: "privacy-intro",
    sections: &[
        Section {
            heading: "privacy-visit-heading",
            blocks: &[
                List(&["privacy-visit-cookies", "privacy-visit-logs", "privacy-visit-limits", "privacy-visit-browser"]),
                Link { text: "topic-browse-safely-link", path: "/browse-safely" },
            ],
        },
        Section {
            heading: "privacy-forms-heading",
            blocks: &[
                Para("privacy-forms-body"),
                List(&["privacy-forms-self", "privacy-forms-friend", "privacy-forms-professional"]),
                Para("privacy-forms-why"),
                Figure { key: "privacy-forms-retention", figure: content::Figure::ReferralRetentionDays },
                Figure { key: "privacy-forms-held", figure: content::Figure::HeldFormDays },
            ],
        },
        Section {
            heading: "privacy-chat-heading",
            blocks: &[
                List(&["privacy-chat-what", "privacy-chat-device", "privacy-chat-referral"]),
                Figure { key: "privacy-chat-retention", figure: content::Figure::ChatRetentionDays },
            ],
        },
        Section {
            heading: "privacy-voice-heading",
            blocks: &[
                Para("privacy-voice-feedback"),
                Figure { key: "privacy-voice-feedback-retention", figure: content::Figure::FeedbackDays },
                Para("privacy-voice-about-you"),
                Para("privacy-voice-why"),
            ],
        },
        Section { heading: "privacy-where-heading", blocks: &[Para("privacy-where-body")] },
        Section {
            heading: "privacy-who-heading",
            blocks: &[Para("privacy-who-body"), Para("privacy-who-sharing")],
        },
        Section {
            heading: "privacy-rights-heading",
            blocks: &[
                Para("privacy-rights-body"),
                Phone { label: "phone-rise", number: Helpline::Local },
                Para("privacy-rights-complain"),
            ],
        },
    ],
};

pub const ACCESSIBILITY: InfoContent = InfoContent {
    title: "a11y-title",
    intro: "a11y-intro",
    sections: &[
        Section { heading: "a11y-standard-heading", blocks: &[Para("a11y-standard-body")] },
        Section {
            heading: "a11y-tested-heading",
            blocks: &[List(&[
                "a11y-tested-axe",
                "a11y-tested-keyboard",
                "a11y-tested-no-js",
                "a11y-tested-semantics",
                "a11y-tested-rtl",
            ])],
        },
        Section {
            heading: "a11y-limits-heading",
            blocks: &[List(&[
                "a11y-limit-chat",
                "a11y-limit-screen-readers",
                "a11y-limit-formats",
                "a11y-limit-translations",
            ])],
        },
        Section {
            heading: "a11y-report-heading",
            blocks: &[
                Para("a11y-report-body"),
                Phone { label: "phone-rise", number: Helpline::Local },
                Para("a11y-report-complain"),
            ],
        },
    ],
};
