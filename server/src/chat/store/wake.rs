//! The wake-up notice on `keys::WAKE_CHANNEL`, read and written by Rust only here (the Lua
//! side writes it in `lua/prelude.lua`'s `wake`): `m {chat} {adviser}` new entries,
//! `s {chat} {adviser}` the state changed, `t {chat} {adviser} v|a` someone is typing,
//! `q {chat} -` the queue changed; `-` stands for no adviser (or no chat).

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// New entries only.
    Entries { chat: String, adviser: Option<String> },
    /// The chat's state changed (and perhaps its entries).
    Changed { chat: String, adviser: Option<String> },
    /// The visitor (`by_visitor`) or the adviser is typing.
    Typing { chat: String, adviser: Option<String>, by_visitor: bool },
    Queue,
}

const NOBODY: &str = "-";

fn named(part: &str) -> Option<String> {
    (part != NOBODY && !part.is_empty()).then(|| part.to_owned())
}

impl Notice {
    pub fn parse(payload: &str) -> Option<Notice> {
        let mut parts = payload.split(' ');
        let kind = parts.next()?;
        let chat = parts.next().unwrap_or(NOBODY).to_owned();
        let adviser = named(parts.next().unwrap_or(NOBODY));
        match kind {
            "m" => Some(Notice::Entries { chat, adviser }),
            "s" => Some(Notice::Changed { chat, adviser }),
            "t" => match parts.next() {
                Some("v") => Some(Notice::Typing { chat, adviser, by_visitor: true }),
                Some("a") => Some(Notice::Typing { chat, adviser, by_visitor: false }),
                _ => None,
            },
            "q" => Some(Notice::Queue),
            _ => None,
        }
    }

    pub fn to_payload(&self) -> String {
        let or_nobody = |adviser: &Option<String>| adviser.clone().unwrap_or_else(|| NOBODY.to_owned());
        match self {
            Notice::Entries { chat, adviser } => format!("m {chat} {}", or_nobody(adviser)),
            Notice::Changed { chat, adviser } => format!("s {chat} {}", or_nobody(adviser)),
            Notice::Typing { chat, adviser, by_visitor } => {
                format!("t {chat} {} {}", or_nobody(adviser), if *by_visitor { "v" } else { "a" })
            }
            Notice::Queue => format!("q {NOBODY} {NOBODY}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_round_trip_and_nonsense_is_ignored() {
        let amy = Some("amy".to_owned());
        for notice in [
            Notice::Entries { chat: "c1".into(), adviser: amy.clone() },
            Notice::Changed { chat: "c1".into(), adviser: None },
            Notice::Typing { chat: "c1".into(), adviser: amy.clone(), by_visitor: true },
            Notice::Typing { chat: "c1".into(), adviser: None, by_visitor: false },
            Notice::Queue,
        ] {
            assert_eq!(Notice::parse(&notice.to_payload()), Some(notice));
        }
        // What the Lua `wake` writes.
        assert_eq!(Notice::parse("s c1 -"), Some(Notice::Changed { chat: "c1".into(), adviser: None }));
        assert_eq!(Notice::parse("q c2 -"), Some(Notice::Queue));
        assert_eq!(Notice::parse("nonsense"), None);
        assert_eq!(Notice::parse("t c1 amy x"), None);
    }
}
