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
    /// A message; `id` is the client's own, so a resent message is not shown twice.
    Message { id: String, text: String },
    Typing,
    /// Everything up to and including `seq` has been received.
    Ack { seq: u64 },
    /// Resume after a dropped connection, from the last message seen.
    Resume { token: String, after: u64 },
    Leave,
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
            ClientFrame::Message { id, text } => {
                if !valid_id(id) {
                    return Err(ProtocolError::BadId);
                }
                if text.trim().is_empty() {
                    return Err(ProtocolError::EmptyMessage);
                }
                if text.chars().count() > MAX_MESSAGE_CHARS {
                    return Err(ProtocolError::MessageTooLong);
                }
            }
            ClientFrame::Resume { token, .. } if !valid_id(token) => return Err(ProtocolError::BadId),
            _ => {}
        }
        Ok(decoded)
    }

    /// Text as it will be kept: control characters other than line breaks and tabs removed.
    pub fn clean_text(text: &str) -> String {
        text.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect()
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
    }

    proptest! {
        #[test]
        fn any_input_decodes_or_errors_without_panicking(input in ".{0,300}") {
            let _ = ClientFrame::decode(&input);
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
