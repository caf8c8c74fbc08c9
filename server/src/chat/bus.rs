//! Wake-ups between instances. Redis pub/sub only says "look again"; what to show is always
//! read from the record (the streams and hashes), so a wake-up lost while Redis reconnects
//! costs nothing: after reconnecting, every local listener is woken to read again.
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::store::wake::{Carried, Notice};
use crate::infra::redis_link::RedisTarget;
use super::store::ChatStore;

#[derive(Debug, Clone, PartialEq)]
pub enum Wake {
    /// The chat's state changed (and perhaps its entries): read both again.
    Changed,
    /// New entries only: read the record after the last one sent, or take the copy carried
    /// when it is the very next one.
    Entries(Option<Arc<Carried>>),
    /// For an adviser: the state of this one of their chats changed.
    Chat { chat: Arc<str> },
    /// For an adviser: this chat has new entries only.
    ChatEntries { chat: Arc<str> },
    /// For an adviser: this one new entry (a copy, as for `Entries`) in the chat it names.
    ChatEntry(Arc<Carried>),
    /// The other side is typing in `chat`.
    Typing { chat: Arc<str> },
    /// The queue changed: waiting counts and positions.
    Queue,
}

/// How many wake-ups may wait for a visitor's connection; more are dropped, which is safe
/// because any one of them makes the connection read everything new.
pub const VISITOR_WAKES: usize = 4;
/// An adviser's wake-ups name the chat to read, so their connection keeps more of them; if
/// some are dropped anyway, the periodic full read of the desk repairs it.
pub const ADVISER_WAKES: usize = 64;

type Listeners = HashMap<String, Vec<(u64, mpsc::Sender<Wake>)>>;

#[derive(Default)]
pub struct Bus {
    listeners: Mutex<Listeners>,
    next_id: AtomicU64,
}

/// Stops listening when dropped.
pub struct Listening {
    bus: Arc<Bus>,
    id: u64,
    keys: Vec<String>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        let mut listeners = self.bus.listeners.lock().expect("bus lock");
        for key in &self.keys {
            if let Some(list) = listeners.get_mut(key) {
                list.retain(|(id, _)| *id != self.id);
                if list.is_empty() {
                    listeners.remove(key);
                }
            }
        }
    }
}

pub fn chat_topic(chat: &str) -> String {
    format!("chat:{chat}")
}
pub fn adviser_topic(name: &str) -> String {
    format!("adviser:{name}")
}
pub const QUEUE_TOPIC: &str = "queue";

impl Bus {
    /// Listens on `keys` (see the `*_topic` functions) until the guard is dropped.
    pub fn listen(self: &Arc<Self>, keys: Vec<String>, buffer: usize) -> (Listening, mpsc::Receiver<Wake>) {
        let (sender, receiver) = mpsc::channel(buffer);
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        {
            let mut listeners = self.listeners.lock().expect("bus lock");
            for key in &keys {
                listeners.entry(key.clone()).or_default().push((id, sender.clone()));
            }
        }
        (Listening { bus: self.clone(), id, keys }, receiver)
    }

    fn notify(&self, key: &str, wake: Wake) {
        let listeners = self.listeners.lock().expect("bus lock");
        if let Some(list) = listeners.get(key) {
            for (_, sender) in list {
                let _ = sender.try_send(wake.clone());
            }
        }
    }

    fn notify_everyone(&self) {
        let listeners = self.listeners.lock().expect("bus lock");
        for (_, sender) in listeners.values().flatten() {
            let _ = sender.try_send(Wake::Changed);
        }
    }

    /// Routes one wake-up notice to the sockets it concerns.
    pub fn deliver(&self, notice: Notice) {
        match notice {
            Notice::Entries { chat, adviser, carried } => {
                self.notify(&chat_topic(&chat), Wake::Entries(carried.clone()));
                if let Some(adviser) = adviser {
                    let wake = match carried {
                        Some(copy) => Wake::ChatEntry(copy),
                        None => Wake::ChatEntries { chat: chat.into() },
                    };
                    self.notify(&adviser_topic(&adviser), wake);
                }
            }
            Notice::Changed { chat, adviser } => {
                self.notify(&chat_topic(&chat), Wake::Changed);
                if let Some(adviser) = adviser {
                    self.notify(&adviser_topic(&adviser), Wake::Chat { chat: chat.into() });
                }
            }
            Notice::Typing { chat, adviser, by_visitor: true } => {
                if let Some(adviser) = adviser {
                    self.notify(&adviser_topic(&adviser), Wake::Typing { chat: chat.into() });
                }
            }
            Notice::Typing { chat, by_visitor: false, .. } => self.notify(&chat_topic(&chat), Wake::Typing { chat: chat.as_str().into() }),
            Notice::Queue => self.notify(QUEUE_TOPIC, Wake::Queue),
        }
    }

    /// Routes the store's wake-up subscription for the life of the process, subscribing
    /// again after a drop.
    pub async fn run(self: Arc<Self>, store: ChatStore, target: RedisTarget) {
        let mut delay = Duration::from_millis(100);
        loop {
            match store.subscribe(&target).await {
                Ok(mut notices) => {
                    delay = Duration::from_millis(100);
                    // Anything published while we were away is in the record: read it.
                    self.notify_everyone();
                    while let Some(notice) = notices.next().await {
                        self.deliver(notice);
                    }
                }
                Err(error) => tracing::debug!(%error, "chat wake-up channel unavailable"),
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(2));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wake_ups_reach_the_chat_and_its_adviser_and_stop_when_dropped() {
        // Each listener's channel holds its slots from the start: keep a wake-up small.
        assert!(std::mem::size_of::<Wake>() <= 24, "{} bytes", std::mem::size_of::<Wake>());
        let bus = Arc::new(Bus::default());
        let (visitor_guard, mut visitor) = bus.listen(vec![chat_topic("c1")], VISITOR_WAKES);
        let (_adviser_guard, mut adviser) = bus.listen(vec![adviser_topic("amy"), QUEUE_TOPIC.into()], ADVISER_WAKES);
        let notice = |payload: &str| Notice::parse(payload).unwrap();
        bus.deliver(notice("m c1 amy"));
        assert_eq!(visitor.try_recv(), Ok(Wake::Entries(None)));
        assert_eq!(adviser.try_recv(), Ok(Wake::ChatEntries { chat: "c1".into() }));
        // A copy of the new entry reaches both sides.
        bus.deliver(notice("m c1 amy 3 1 system event 9 - joined"));
        let Ok(Wake::Entries(Some(copy))) = visitor.try_recv() else { panic!("the visitor gets the copy") };
        assert_eq!((copy.seq, copy.value.as_str()), (3, "joined"));
        assert!(matches!(adviser.try_recv(), Ok(Wake::ChatEntry(c)) if c == copy && c.chat == "c1"));
        bus.deliver(notice("s c1 amy"));
        assert_eq!(visitor.try_recv(), Ok(Wake::Changed));
        assert_eq!(adviser.try_recv(), Ok(Wake::Chat { chat: "c1".into() }));
        bus.deliver(notice("t c1 amy v"));
        assert_eq!(adviser.try_recv(), Ok(Wake::Typing { chat: "c1".into() }));
        assert!(visitor.try_recv().is_err());
        bus.deliver(notice("q c2 -"));
        assert_eq!(adviser.try_recv(), Ok(Wake::Queue));
        drop(visitor_guard);
        bus.deliver(notice("s c1 -"));
        assert!(bus.listeners.lock().unwrap().get(&chat_topic("c1")).is_none());
    }
}
