//! Every frame type a chat socket sends must be handled by the script on the other end:
//! `public/chat.js` for the visitor's socket, `public/staff-chat.js` for the adviser's.
use std::collections::BTreeSet;
use std::path::Path;

use domain::chat::protocol::FrameType;

/// The frame types a script handles: `case "name":` in a switch on `frame.type`, or
/// `frame.type === "name"`.
fn handled_types(script: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for marker in ["case \"", "frame.type === \""] {
        for (at, _) in script.match_indices(marker) {
            let rest = &script[at + marker.len()..];
            if let Some(end) = rest.find('"') {
                found.insert(rest[..end].to_owned());
            }
        }
    }
    found
}

fn script(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn unhandled(script_name: &str, sent: impl Fn(FrameType) -> bool) -> Vec<&'static str> {
    let handled = handled_types(&script(script_name));
    FrameType::ALL.iter().copied().filter(|t| sent(*t)).map(FrameType::wire_name).filter(|name| !handled.contains(*name)).collect()
}

#[test]
fn the_visitor_script_handles_every_frame_the_visitor_socket_sends() {
    let missing = unhandled("chat.js", |t| t.audience().includes_visitor());
    assert!(missing.is_empty(), "public/chat.js does not handle {missing:?}");
}

#[test]
fn the_console_script_handles_every_frame_the_adviser_socket_sends() {
    let missing = unhandled("staff-chat.js", |t| t.audience().includes_adviser());
    assert!(missing.is_empty(), "public/staff-chat.js does not handle {missing:?}");
}

#[test]
fn the_extractor_finds_both_styles() {
    let found = handled_types(r#"switch (frame.type) { case "a": break; } if (frame.type === "b-c") {}"#);
    assert_eq!(found, BTreeSet::from(["a".to_owned(), "b-c".to_owned()]));
}
