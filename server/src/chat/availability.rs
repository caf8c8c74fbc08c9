//! Whether anyone is on shift, for the "chat to an adviser" entry on every page. Pages must
//! not wait on Redis to render, so each instance refreshes one flag every two seconds.
use std::time::Duration;

use app::site::ChatOpen;

use super::store::ChatStore;

pub async fn watch(store: ChatStore, open: ChatOpen) {
    loop {
        let on_shift = store.stats().await.map(|s| s.on_shift > 0).unwrap_or(false);
        open.set(on_shift);
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}
