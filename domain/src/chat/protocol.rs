//! What a chat client may send, decoded strictly: a bad frame is an error to report, never a
//! panic. Messages are plain text; the page shows them escaped.
use serde::{Deserialize, Serialize};

use super::outcome::ChatOutcome;

/// Largest frame accepted, in bytes, before it is even parsed.
pub const MAX_FRAME_BYTES: usize = 8 * 1024;
/// Longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;
const MAX_ID_CHARS: usize = 64;
/// A resume token is a chat id and a secret (`{chat}_{secret}`), so longer than an id.
const MAX_TOKEN_CHARS: usize = 128;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ClientFrame {
    /// The first frame of a new chat: the language the visitor wants to chat in.
    Start { language: String },
    /// A message; `id` is the client's own, so a resent message is not shown twice.
    Message { id: String, text: String },
    Typing,
    /// Everything up to and including `seq` has been received.
    Ack { seq: u64 },
    /// Resume after a dropped connection, from the last message seen.
    Resume { token: String, after: u64 },
    /// The visitor ends the chat; `sudden` when they used quick exit.
    Leave {
        #[serde(default)]
        sudden: bool,
    },
}

/// What an adviser's console may send. Every frame but `Ping` names the chat it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum AdviserFrame {
    Accept { chat: String },
    Decline { chat: String },
    Message { chat: String, id: String, text: String },
    Typing { chat: String },
    /// The adviser has read everything up to `seq`.
    Read { chat: String, seq: u64 },
    Transfer { chat: String, to: String },
    Return { chat: String },
    /// Ends the chat, with the outcome the adviser chose (consoles from before send none).
    End {
        chat: String,
        #[serde(default)]
        outcome: Option<ChatOutcome>,
    },
    /// The outcome of a chat of theirs that ended another way (the visitor left, it went quiet).
    Outcome { chat: String, outcome: ChatOutcome },
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    #[error("frame too large")]
    TooLarge,
    #[error("not a chat frame")]
    Malformed,
    #[error("message too long")]
    MessageTooLong,
    #[error("empty message")]
    EmptyMessage,
    #[error("bad id or token")]
    BadId,
}

fn valid_id(id: &str) -> bool {
    valid_up_to(id, MAX_ID_CHARS)
}

fn valid_up_to(id: &str, most: usize) -> bool {
    !id.is_empty() && id.len() <= most && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl ClientFrame {
    pub fn decode(frame: &str) -> Result<ClientFrame, ProtocolError> {
        if frame.len() > MAX_FRAME_BYTES {
            return Err(ProtocolError::TooLarge);
        }
        let decoded: ClientFrame = serde_json::from_str(frame).map_err(|_| ProtocolError::Malformed)?;
        match &decoded {
            ClientFrame::Message { id, text } => check_message(id, text)?,
            ClientFrame::Resume { token, .. } if !valid_up_to(token, MAX_TOKEN_CHARS) => return Err(ProtocolError::BadId),
            ClientFrame::Start { language } if !valid_id(language) => return Err(ProtocolError::BadId),
            _ => {}
        }
        Ok(decoded)
    }

    /// Text as it will be kept: control characters other than line breaks and tabs removed.
    pub fn clean_text(text: &str) -> String {
        text.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect()
    }
}

fn check_message(id: &str, text: &str) -> Result<(), ProtocolError> {
    if !valid_id(id) {
        return Err(ProtocolError::BadId);
    }
    if text.trim().is_empty() {
        return Err(ProtocolError::EmptyMessage);
    }
    if text.chars().count() > MAX_MESSAGE_CHARS {
        return Err(ProtocolError::MessageTooLong);
    }
    Ok(())
}

impl AdviserFrame {
    pub fn decode(frame: &str) -> Result<AdviserFrame, ProtocolError> {
        if frame.len() > MAX_FRAME_BYTES {
            return Err(ProtocolError::TooLarge);
        }
        let decoded: AdviserFrame = serde_json::from_str(frame).map_err(|_| ProtocolError::Malformed)?;
        if !valid_id(decoded.chat()) {
            return Err(ProtocolError::BadId);
        }
        match &decoded {
            AdviserFrame::Message { id, text, .. } => check_message(id, text)?,
            AdviserFrame::Transfer { to, .. } if !valid_id(to) => return Err(ProtocolError::BadId),
            _ => {}
        }
        Ok(decoded)
    }

    /// The chat the frame is about.
    pub fn chat(&self) -> &str {
        match self {
            AdviserFrame::Accept { chat }
            | AdviserFrame::Decline { chat }
            | AdviserFrame::Message { chat, .. }
            | AdviserFrame::Typing { chat }
            | AdviserFrame::Read { chat, .. }
            | AdviserFrame::Transfer { chat, .. }
            | AdviserFrame::Return { chat }
            | AdviserFrame::End { chat, .. }
            | AdviserFrame::Outcome { chat, .. } => chat,
        }
    }
}

/// One entry of a conversation's record, as both sides receive it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: u64,
    /// `visitor`, `adviser` or `system`.
    pub from: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What happened, for system entries: `joined`, `transferred`, `ended:inactive`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The sender's own message id, so the sender can mark it delivered.
    pub cid: String,
    pub at: i64,
}

/// One of an adviser's chats as their desk lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskChat {
    pub chat: String,
    pub state: String,
    pub language: String,
}

/// What the server sends on either chat socket. The `type` tag and field names are the wire
/// format `public/chat.js` and `public/staff-chat.js` read; optional fields are left out
/// when empty, exactly as before the frames were typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ServerFrame {
    /// Visitor: a new chat and the token that resumes it.
    Started { chat: String, token: String },
    /// Visitor: the chat the resume token belongs to is back; `token` replaces the one used.
    Resumed { chat: String, token: String },
    /// Visitor: the chat's state (and the adviser's read mark), or why it ended.
    State {
        state: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        read: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// Visitor: their place in the queue and the estimated wait.
    Queue { position: u64, minutes: i64 },
    /// Either side: the other one is typing (the adviser is told in which chat).
    Typing {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        chat: Option<String>,
    },
    /// Either side: one entry of the record (the adviser is told of which chat).
    Entry {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        chat: Option<String>,
        entry: Entry,
    },
    /// Visitor: a re-sent message was stored before, as `seq`.
    Delivered { id: String, seq: u64 },
    /// Either side: a message was not stored (`code` for the visitor, `chat` for the adviser).
    NotSent {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        chat: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<String>,
    },
    /// Either side: a frame was refused; `code` is stable, the page words it.
    Error {
        code: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        chat: Option<String>,
    },
    /// Adviser: the frame was taken and nothing on the desk changed.
    Ok,
    /// Either side: this instance is stopping; connect again (another instance answers) and
    /// resume. The socket then closes with 1012 "service restart".
    Reconnect,
    /// Adviser: their desk (shift, capacity, the queue, colleagues on shift, their chats).
    /// `colleagues` comes in a console's first desk and whenever it changed; left out, it
    /// is the list last sent (hundreds of names need not travel with every offer).
    Desk {
        me: String,
        status: String,
        capacity: u32,
        languages: String,
        waiting: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        colleagues: Option<Vec<String>>,
        chats: Vec<DeskChat>,
    },
}

/// Which socket sends a frame type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Visitor,
    Adviser,
    Both,
}

impl Audience {
    pub fn includes_visitor(self) -> bool {
        matches!(self, Audience::Visitor | Audience::Both)
    }
    pub fn includes_adviser(self) -> bool {
        matches!(self, Audience::Adviser | Audience::Both)
    }
}

/// Declares `FrameType` and its `ALL` list from one table, so the list cannot miss a type;
/// `ServerFrame::frame_type` is an exhaustive match, so a new frame needs a row here.
macro_rules! frame_types {
    ($($variant:ident => $wire:literal, $audience:ident;)*) => {
        /// A `ServerFrame`'s type without its fields: its wire name and who receives it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum FrameType { $($variant),* }

        impl FrameType {
            pub const ALL: &'static [FrameType] = &[$(FrameType::$variant),*];

            /// The `type` field on the wire.
            pub fn wire_name(self) -> &'static str {
                match self { $(FrameType::$variant => $wire),* }
            }

            pub fn audience(self) -> Audience {
                match self { $(FrameType::$variant => Audience::$audience),* }
            }
        }
    };
}

frame_types! {
    Started => "started", Visitor;
    Resumed => "resumed", Visitor;
    State => "state", Visitor;
    Queue => "queue", Visitor;
    Typing => "typing", Both;
    Entry => "entry", Both;
    Delivered => "delivered", Visitor;
    NotSent => "not-sent", Both;
    Error => "error", Both;
    Ok => "ok", Adviser;
    Desk => "desk", Adviser;
    Reconnect => "reconnect", Both;
}

impl ServerFrame {
    pub fn frame_type(&self) -> FrameType {
        match self {
            ServerFrame::Started { .. } => FrameType::Started,
            ServerFrame::Resumed { .. } => FrameType::Resumed,
            ServerFrame::State { .. } => FrameType::State,
            ServerFrame::Queue { .. } => FrameType::Queue,
            ServerFrame::Typing { .. } => FrameType::Typing,
            ServerFrame::Entry { .. } => FrameType::Entry,
            ServerFrame::Delivered { .. } => FrameType::Delivered,
            ServerFrame::NotSent { .. } => FrameType::NotSent,
            ServerFrame::Error { .. } => FrameType::Error,
            ServerFrame::Ok => FrameType::Ok,
            ServerFrame::Desk { .. } => FrameType::Desk,
            ServerFrame::Reconnect => FrameType::Reconnect,
        }
    }

    /// An error frame with a stable code.
    pub fn error(code: &str) -> ServerFrame {
        ServerFrame::Error { code: code.to_owned(), chat: None }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("server frames always serialise")
    }
}

impl ProtocolError {
    /// A stable code for the error frame; the page shows the visitor's own words for it.
    pub fn code(&self) -> &'static str {
        match self {
            ProtocolError::TooLarge => "too-large",
            ProtocolError::Malformed => "malformed",
            ProtocolError::MessageTooLong => "too-long",
            ProtocolError::EmptyMessage => "empty",
            ProtocolError::BadId => "bad-id",
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn valid_frames_decode() {
        assert_eq!(
            ClientFrame::decode(r#"{"type":"message","id":"m-1","text":"hello <b>"}"#),
            Ok(ClientFrame::Message { id: "m-1".into(), text: "hello <b>".into() })
        );
        assert_eq!(ClientFrame::decode(r#"{"type":"ack","seq":7}"#), Ok(ClientFrame::Ack { seq: 7 }));
        assert_eq!(ClientFrame::decode(r#"{"type":"typing"}"#), Ok(ClientFrame::Typing));
    }

    #[test]
    fn bad_frames_are_errors() {
        assert_eq!(ClientFrame::decode("{"), Err(ProtocolError::Malformed));
        assert_eq!(ClientFrame::decode(r#"{"type":"shout"}"#), Err(ProtocolError::Malformed));
        assert_eq!(ClientFrame::decode(r#"{"type":"message","id":"x","text":"  "}"#), Err(ProtocolError::EmptyMessage));
        assert_eq!(ClientFrame::decode(r#"{"type":"message","id":"a b","text":"hi"}"#), Err(ProtocolError::BadId));
        let long = format!(r#"{{"type":"message","id":"x","text":"{}"}}"#, "ا".repeat(MAX_MESSAGE_CHARS + 1));
        assert_eq!(ClientFrame::decode(&long), Err(ProtocolError::MessageTooLong));
        assert_eq!(ClientFrame::decode(&"x".repeat(MAX_FRAME_BYTES + 1)), Err(ProtocolError::TooLarge));
        assert_eq!(ClientFrame::clean_text("a\u{0}b\nc\u{1b}"), "ab\nc");
        assert_eq!(ClientFrame::decode(r#"{"type":"leave"}"#), Ok(ClientFrame::Leave { sudden: false }));
        assert_eq!(ClientFrame::decode(r#"{"type":"start","language":"../x"}"#), Err(ProtocolError::BadId));
    }

    #[test]
    fn adviser_frames_name_a_valid_chat() {
        assert_eq!(
            AdviserFrame::decode(r#"{"type":"transfer","chat":"c1","to":"amy"}"#),
            Ok(AdviserFrame::Transfer { chat: "c1".into(), to: "amy".into() })
        );
        assert_eq!(AdviserFrame::decode(r#"{"type":"end","chat":""}"#), Err(ProtocolError::BadId));
        assert_eq!(
            AdviserFrame::decode(r#"{"type":"end","chat":"c1","outcome":"safety-planning"}"#),
            Ok(AdviserFrame::End { chat: "c1".into(), outcome: Some(ChatOutcome::SafetyPlanning) })
        );
        assert_eq!(AdviserFrame::decode(r#"{"type":"end","chat":"c1"}"#), Ok(AdviserFrame::End { chat: "c1".into(), outcome: None }));
        assert_eq!(AdviserFrame::decode(r#"{"type":"end","chat":"c1","outcome":"solved"}"#), Err(ProtocolError::Malformed));
        assert_eq!(
            AdviserFrame::decode(r#"{"type":"outcome","chat":"c1","outcome":"visitor-left"}"#),
            Ok(AdviserFrame::Outcome { chat: "c1".into(), outcome: ChatOutcome::VisitorLeft })
        );
        assert_eq!(AdviserFrame::decode(r#"{"type":"outcome","chat":"c1"}"#), Err(ProtocolError::Malformed));
        assert_eq!(AdviserFrame::decode(r#"{"type":"message","chat":"c","id":"m","text":" "}"#), Err(ProtocolError::EmptyMessage));
        assert_eq!(AdviserFrame::decode(r#"{"type":"end","chat":"c","extra":1}"#), Err(ProtocolError::Malformed));
    }

    #[test]
    fn server_frames_keep_their_wire_format() {
        let frame = ServerFrame::State { state: "ended".into(), read: None, reason: Some("gone".into()) };
        assert_eq!(frame.to_json(), r#"{"type":"state","state":"ended","reason":"gone"}"#);
        assert_eq!(ServerFrame::Typing { chat: None }.to_json(), r#"{"type":"typing"}"#);
        assert_eq!(ServerFrame::Ok.to_json(), r#"{"type":"ok"}"#);
        let frame = ServerFrame::NotSent { id: "m".into(), chat: None, code: Some("ended".into()) };
        assert_eq!(frame.to_json(), r#"{"type":"not-sent","id":"m","code":"ended"}"#);
        let entry = Entry { seq: 3, from: "system".into(), text: None, event: Some("joined".into()), cid: String::new(), at: 9 };
        let frame = ServerFrame::Entry { chat: Some("c".into()), entry };
        assert_eq!(frame.to_json(), r#"{"type":"entry","chat":"c","entry":{"seq":3,"from":"system","event":"joined","cid":"","at":9}}"#);
    }

    #[test]
    fn every_frame_type_names_its_wire_tag() {
        let samples = [
            ServerFrame::Started { chat: "c".into(), token: "t".into() },
            ServerFrame::Resumed { chat: "c".into(), token: "t".into() },
            ServerFrame::State { state: "waiting".into(), read: Some(0), reason: None },
            ServerFrame::Queue { position: 1, minutes: 2 },
            ServerFrame::Typing { chat: None },
            ServerFrame::Entry { chat: None, entry: Entry { seq: 1, from: "visitor".into(), text: Some("hi".into()), event: None, cid: "v-1".into(), at: 0 } },
            ServerFrame::Delivered { id: "m".into(), seq: 1 },
            ServerFrame::NotSent { id: "m".into(), chat: None, code: None },
            ServerFrame::error("malformed"),
            ServerFrame::Ok,
            ServerFrame::Desk { me: "amy".into(), status: "off".into(), capacity: 3, languages: "en".into(), waiting: 0, colleagues: Some(vec![]), chats: vec![] },
            ServerFrame::Reconnect,
        ];
        assert_eq!(samples.len(), FrameType::ALL.len());
        for frame in samples {
            let json: serde_json::Value = serde_json::from_str(&frame.to_json()).unwrap();
            assert_eq!(json["type"], frame.frame_type().wire_name());
            assert_eq!(serde_json::from_value::<ServerFrame>(json).unwrap(), frame);
        }
    }

    proptest! {
        #[test]
        fn any_input_decodes_or_errors_without_panicking(input in ".{0,300}") {
            let _ = ClientFrame::decode(&input);
            let _ = AdviserFrame::decode(&input);
        }

        #[test]
        fn json_shaped_noise_decodes_or_errors(kind in "(start|message|typing|ack|resume|leave|accept|end|transfer|x)", key in "[a-z]{1,6}", value in ".{0,80}") {
            let frame = format!(r#"{{"type":"{kind}","{key}":{}}}"#, serde_json::to_string(&value).unwrap());
            let _ = ClientFrame::decode(&frame);
            let _ = AdviserFrame::decode(&frame);
        }

        #[test]
        fn any_valid_message_round_trips(id in "[a-zA-Z0-9_-]{1,64}", text in "[^\\x00-\\x1f]{1,500}") {
            prop_assume!(!text.trim().is_empty());
            let frame = ClientFrame::Message { id, text };
            let encoded = serde_json::to_string(&frame).unwrap();
            prop_assert_eq!(ClientFrame::decode(&encoded), Ok(frame));
        }
    }
}
