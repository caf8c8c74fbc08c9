//! What a chat client may send, decoded strictly: a bad frame is an error to report, never a
//! panic. Messages are plain text; the page shows them escaped.
use serde::{Deserialize, Serialize};

/// Largest frame accepted, in bytes, before it is even parsed.
pub const MAX_FRAME_BYTES: usize = 8 * 1024;
/// Longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;
const MAX_ID_CHARS: usize = 64;

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
    End { chat: String },
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
    !id.is_empty() && id.len() <= MAX_ID_CHARS && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl ClientFrame {
    pub fn decode(frame: &str) -> Result<ClientFrame, ProtocolError> {
        if frame.len() > MAX_FRAME_BYTES {
            return Err(ProtocolError::TooLarge);
        }
        let decoded: ClientFrame = serde_json::from_str(frame).map_err(|_| ProtocolError::Malformed)?;
        match &decoded {
            ClientFrame::Message { id, text } => check_message(id, text)?,
            ClientFrame::Resume { token, .. } if !valid_id(token) => return Err(ProtocolError::BadId),
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
            | AdviserFrame::End { chat } => chat,
        }
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
        assert_eq!(AdviserFrame::decode(r#"{"type":"message","chat":"c","id":"m","text":" "}"#), Err(ProtocolError::EmptyMessage));
        assert_eq!(AdviserFrame::decode(r#"{"type":"end","chat":"c","extra":1}"#), Err(ProtocolError::Malformed));
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
