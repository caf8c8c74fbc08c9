//! Wake-ups between instances. Redis pub/sub only says "look again"; what to show is always
//! read from the record (the streams and hashes), so a wake-up lost while Redis reconnects
//! costs nothing: after reconnecting, every local listener is woken to read again.
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::Notify;

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

/// How many wake-ups may wait for a visitor's connection; more are dropped, and the
/// connection is told it missed some (`Wakes::lagged`), so it reads everything new.
pub const VISITOR_WAKES: usize = 4;
/// An adviser's wake-ups name the chat to read, so their connection keeps more of them; if
/// some are dropped anyway, it is told so and reads the whole desk again.
pub const ADVISER_WAKES: usize = 64;

/// One listener's queue of wake-ups, shared by the bus (which pushes) and the connection
/// (which takes). Its room is allocated once at its bound: an idle connection holds only
/// that (a tokio channel would hold a 32-slot block however small its bound).
struct Queue {
    slots: Mutex<Slots>,
    arrived: Notify,
}

struct Slots {
    waiting: VecDeque<Wake>,
    bound: usize,
    /// A wake-up did not fit since the listener last looked.
    lagged: bool,
    /// A queue wake-up is waiting: another would say nothing new.
    queue_pending: bool,
}

impl Queue {
    /// Queues `wake` without waiting; a queue wake-up while one waits is left out, and one
    /// that does not fit marks the listener as lagged instead.
    fn push(&self, wake: Wake) {
        {
            let mut slots = self.slots.lock().expect("wake queue lock");
            let queue = wake == Wake::Queue;
            if queue && slots.queue_pending {
                return;
            }
            if slots.waiting.len() >= slots.bound {
                slots.lagged = true;
                return;
            }
            slots.queue_pending |= queue;
            slots.waiting.push_back(wake);
        }
        self.arrived.notify_one();
    }

    fn pop(&self) -> Option<Wake> {
        let mut slots = self.slots.lock().expect("wake queue lock");
        let wake = slots.waiting.pop_front()?;
        if wake == Wake::Queue {
            slots.queue_pending = false;
        }
        Some(wake)
    }
}

struct Listener {
    id: u64,
    queue: Arc<Queue>,
}

type Listeners = HashMap<String, Vec<Listener>>;

/// One listener's wake-ups.
pub struct Wakes {
    queue: Arc<Queue>,
}

impl Wakes {
    /// The next wake-up, waiting for one.
    pub async fn recv(&mut self) -> Wake {
        loop {
            if let Some(wake) = self.queue.pop() {
                return wake;
            }
            // A push between the pop and here leaves a permit: this returns at once.
            self.queue.arrived.notified().await;
        }
    }

    pub fn try_recv(&mut self) -> Option<Wake> {
        self.queue.pop()
    }

    /// True, once, when wake-ups were dropped since the last call (the queue was full):
    /// the listener must read everything again, as after a reconnect.
    pub fn lagged(&self) -> bool {
        std::mem::take(&mut self.queue.slots.lock().expect("wake queue lock").lagged)
    }
}

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
                list.retain(|listener| listener.id != self.id);
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
    pub fn listen(self: &Arc<Self>, keys: Vec<String>, bound: usize) -> (Listening, Wakes) {
        let slots = Slots { waiting: VecDeque::with_capacity(bound), bound, lagged: false, queue_pending: false };
        let queue = Arc::new(Queue { slots: Mutex::new(slots), arrived: Notify::new() });
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        {
            let mut listeners = self.listeners.lock().expect("bus lock");
            for key in &keys {
                listeners.entry(key.clone()).or_default().push(Listener { id, queue: queue.clone() });
            }
        }
        (Listening { bus: self.clone(), id, keys }, Wakes { queue })
    }

    fn notify(&self, key: &str, wake: Wake) {
        let listeners = self.listeners.lock().expect("bus lock");
        for listener in listeners.get(key).into_iter().flatten() {
            listener.queue.push(wake.clone());
        }
    }

    fn notify_everyone(&self) {
        let listeners = self.listeners.lock().expect("bus lock");
        for listener in listeners.values().flatten() {
            listener.queue.push(Wake::Changed);
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
        assert_eq!(visitor.try_recv(), Some(Wake::Entries(None)));
        assert_eq!(adviser.try_recv(), Some(Wake::ChatEntries { chat: "c1".into() }));
        // A copy of the new entry reaches both sides.
        bus.deliver(notice("m c1 amy 3 1 system event 9 - joined"));
        let Some(Wake::Entries(Some(copy))) = visitor.try_recv() else { panic!("the visitor gets the copy") };
        assert_eq!((copy.seq, copy.value.as_str()), (3, "joined"));
        assert!(matches!(adviser.try_recv(), Some(Wake::ChatEntry(c)) if c == copy && c.chat == "c1"));
        bus.deliver(notice("s c1 amy"));
        assert_eq!(visitor.try_recv(), Some(Wake::Changed));
        assert_eq!(adviser.try_recv(), Some(Wake::Chat { chat: "c1".into() }));
        bus.deliver(notice("t c1 amy v"));
        assert_eq!(adviser.try_recv(), Some(Wake::Typing { chat: "c1".into() }));
        assert!(visitor.try_recv().is_none());
        bus.deliver(notice("q c2 -"));
        assert_eq!(adviser.try_recv(), Some(Wake::Queue));
        drop(visitor_guard);
        bus.deliver(notice("s c1 -"));
        assert!(bus.listeners.lock().unwrap().get(&chat_topic("c1")).is_none());
    }

    #[test]
    fn a_listener_that_misses_wake_ups_is_told_once_and_queue_wake_ups_do_not_pile_up() {
        let bus = Arc::new(Bus::default());
        let (_guard, mut adviser) = bus.listen(vec![adviser_topic("amy"), QUEUE_TOPIC.into()], 3);
        let changed = |chat: &str| Notice::Changed { chat: chat.into(), adviser: Some("amy".into()) };
        // However often the queue moves, one queue wake-up waits at a time.
        for _ in 0..10 {
            bus.deliver(Notice::Queue);
        }
        bus.deliver(changed("c1"));
        bus.deliver(changed("c2"));
        assert!(!adviser.lagged(), "three slots held everything");
        bus.deliver(changed("c3"));
        assert!(adviser.lagged(), "c3 did not fit");
        assert!(!adviser.lagged(), "told once");
        assert_eq!(adviser.try_recv(), Some(Wake::Queue));
        // Taken: the next queue change is queued again.
        bus.deliver(Notice::Queue);
        let rest: Vec<Wake> = std::iter::from_fn(|| adviser.try_recv()).collect();
        assert_eq!(rest, [Wake::Chat { chat: "c1".into() }, Wake::Chat { chat: "c2".into() }, Wake::Queue]);
    }

    #[tokio::test]
    async fn a_waiting_connection_wakes_and_a_flood_stays_within_the_bound() {
        let bus = Arc::new(Bus::default());
        let (_guard, mut visitor) = bus.listen(vec![chat_topic("c1")], VISITOR_WAKES);
        let waiting = tokio::spawn(async move {
            let first = visitor.recv().await;
            (first, visitor)
        });
        tokio::task::yield_now().await;
        bus.deliver(Notice::Changed { chat: "c1".into(), adviser: None });
        let (first, mut visitor) = tokio::time::timeout(Duration::from_secs(5), waiting).await.unwrap().unwrap();
        assert_eq!(first, Wake::Changed);
        for _ in 0..10_000 {
            bus.deliver(Notice::Entries { chat: "c1".into(), adviser: None, carried: None });
        }
        let held = std::iter::from_fn(|| visitor.try_recv()).count();
        assert_eq!(held, VISITOR_WAKES);
        assert!(visitor.lagged());
    }
}
