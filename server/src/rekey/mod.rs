//! Re-sealing every stored blob with the current sealing key (`frontdoor rekey`), while the
//! service runs, so an old data key can be retired. Each blob is read, opened with whichever
//! configured key sealed it, sealed anew and swapped in only where the stored value is still
//! the one read (`store`), so nothing the service writes meanwhile is overwritten or lost.
//!
//! Every step is safe to repeat and skips what is already current, so an interrupted run is
//! resumed by running it again. A pass that finds nothing left to re-seal proves it done.
pub mod cli;
pub mod store;

use std::collections::BTreeSet;

use crate::infra::redis_link::RedisConnection;

use crate::chat::store::keys as chat_keys;
use crate::contacts::store::ContactIndex;
use crate::infra::sealing::{Binding, SealedField, Sealer};
use crate::referrals::referral::personal_binding;
use crate::referrals::store::quarantine::QUARANTINE_STREAM;
use crate::referrals::store::{reseal_intake_entry, INTAKE_STREAM};
use crate::staff::accounts::totp_binding;
use crate::staff::store::ACCOUNT_KEYS;
use crate::triage::store::{self as triage, keys as triage_keys};
use store::{RekeyStore, StreamEntry};

/// What holds sealed data, in the order a pass visits it: the intake stream first, since
/// copies it makes are filed into the referrals visited next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::Display, strum::EnumIter)]
#[strum(serialize_all = "lowercase")]
pub enum Part {
    #[strum(to_string = "referral intake")]
    Intake,
    #[strum(to_string = "held submissions")]
    Held,
    #[strum(to_string = "referrals (details, notes, contact attempts)")]
    Referrals,
    /// Not sealed, but keyed: each data key has its own blind index key (`contacts`).
    #[strum(to_string = "contact index")]
    Contacts,
    #[strum(to_string = "chat conversations")]
    Conversations,
    #[strum(to_string = "feedback comments")]
    Feedback,
    #[strum(to_string = "staff accounts")]
    Accounts,
}

/// What one part of a pass found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Sealed blobs looked at.
    pub read: u64,
    pub resealed: u64,
    /// Changed by the service between reading and swapping: the next pass takes them.
    pub changed_meanwhile: u64,
    /// Opened by no configured key (damaged, or sealed with a key no longer listed).
    pub unreadable: u64,
    /// Referrals deleted by retention within a day: left alone (re-sealing one would race
    /// its deletion), so the old key must stay listed until then.
    pub left_to_retention: u64,
}

impl Tally {
    /// Nothing was left to do in this part.
    pub fn settled(&self) -> bool {
        self.resealed == 0 && self.changed_meanwhile == 0
    }
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.read += other.read;
        self.resealed += other.resealed;
        self.changed_meanwhile += other.changed_meanwhile;
        self.unreadable += other.unreadable;
        self.left_to_retention += other.left_to_retention;
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} read, {} re-sealed", self.read, self.resealed)?;
        for (count, what) in [
            (self.changed_meanwhile, "changed meanwhile (next pass)"),
            (self.unreadable, "unreadable"),
            (self.left_to_retention, "deleted by retention within a day"),
        ] {
            if count > 0 {
                write!(f, ", {count} {what}")?;
            }
        }
        Ok(())
    }
}

/// How often a whole stream is read again when the service keeps changing it.
const REBUILD_ATTEMPTS: usize = 3;
/// Progress is reported after this many blobs in a part, and at its end.
const REPORT_EVERY: u64 = 500;

enum Resealed {
    Current,
    New(String),
    Unreadable,
}

fn reseal(sealer: &Sealer, sealed: &str, binding: &Binding) -> Resealed {
    match sealer.reseal(sealed, binding) {
        Ok(None) => Resealed::Current,
        Ok(Some(new)) => Resealed::New(new),
        Err(_) => Resealed::Unreadable,
    }
}

pub struct Rekey<'r> {
    pub connection: RedisConnection,
    pub sealer: &'r Sealer,
    /// `RETENTION_DAYS`: which closed referrals are about to be deleted.
    pub retention_days: u32,
    /// Called with each part's running tally.
    pub report: &'r mut (dyn FnMut(Part, &Tally) + Send),
}

impl Rekey<'_> {
    /// One pass over everything; the tallies by part.
    pub async fn pass(&mut self) -> redis::RedisResult<Vec<(Part, Tally)>> {
        let mut tallies = Vec::new();
        for part in <Part as strum::IntoEnumIterator>::iter() {
            let mut tally = Tally::default();
            match part {
                Part::Intake => self.intake(&mut tally).await?,
                Part::Held => self.held(&mut tally).await?,
                Part::Referrals => self.referrals(&mut tally).await?,
                Part::Contacts => self.contacts(&mut tally).await?,
                Part::Conversations => self.conversations(&mut tally).await?,
                Part::Feedback => self.feedback(&mut tally).await?,
                Part::Accounts => self.accounts(&mut tally).await?,
            }
            (self.report)(part, &tally);
            tallies.push((part, tally));
        }
        Ok(tallies)
    }

    fn store(&mut self) -> RekeyStore<'_> {
        RekeyStore { connection: &mut self.connection }
    }

    fn counted(&mut self, part: Part, tally: &mut Tally) {
        tally.read += 1;
        if tally.read % REPORT_EVERY == 0 {
            (self.report)(part, tally);
        }
    }

    /// Intake entries are replaced by re-sealed copies at the stream's end (see
    /// `referrals/lua/reseal_intake.lua`); the walk meets those copies again, current.
    async fn intake(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        let soon_deleted = chrono::Utc::now().timestamp_millis() - i64::from(self.retention_days.saturating_sub(1)) * 86_400_000;
        let mut after: Option<String> = None;
        loop {
            let page = self.store().stream_page(INTAKE_STREAM, after.as_deref(), 200).await?;
            let Some(last) = page.last() else { return Ok(()) };
            after = Some(last.id.clone());
            for entry in page {
                let (Some(sealed), Some(referral)) = (entry.get("sealed"), entry.get("referral")) else { continue };
                self.counted(Part::Intake, tally);
                let new = match reseal(self.sealer, sealed, &personal_binding(referral)) {
                    Resealed::Current => continue,
                    Resealed::Unreadable => {
                        tally.unreadable += 1;
                        continue;
                    }
                    Resealed::New(new) => new,
                };
                if triage::closed_at(&mut self.connection, referral).await?.is_some_and(|closed| closed < soon_deleted) {
                    tally.left_to_retention += 1;
                    continue;
                }
                match reseal_intake_entry(&mut self.connection, &entry.id, sealed, &new).await? {
                    Some(_) => tally.resealed += 1,
                    None => tally.changed_meanwhile += 1,
                }
            }
        }
    }

    async fn held(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        self.rebuild_stream(Part::Held, QUARANTINE_STREAM, tally, |entry| {
            let held = entry.get("held")?.to_owned();
            Some(("sealed", Owned { field: SealedField::QuarantinedSubmission, record: held, entry: None }))
        })
        .await
    }

    /// "Did this help?" comments (a capped stream), each bound to its answer's random id.
    async fn feedback(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        self.rebuild_stream(Part::Feedback, crate::voice::store::FEEDBACK_STREAM, tally, |entry| {
            entry.get("comment")?;
            let id = entry.get("id")?.to_owned();
            Some(("comment", Owned { field: SealedField::FeedbackComment, record: id, entry: None }))
        })
        .await
    }

    async fn conversations(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        for key in self.store().keys_matching(chat_keys::LOG_KEYS, "stream").await? {
            let Some(chat) = chat_keys::chat_of_log(&key).map(str::to_owned) else { continue };
            // A message's text is bound to its sender and its sequence.
            self.rebuild_stream(Part::Conversations, &key, tally, |entry| {
                entry.get("text")?;
                let seq = chat_keys::seq_of_entry(&entry.id)?;
                let from = entry.get("from")?.to_owned();
                Some(("text", Owned { field: SealedField::ChatText, record: chat.clone(), entry: Some((from, seq)) }))
            })
            .await?;
        }
        Ok(())
    }

    /// Re-seals one field of every entry of a bounded stream and rebuilds it with the same
    /// ids. `blob_of` names an entry's sealed field and what it is bound to.
    async fn rebuild_stream(
        &mut self,
        part: Part,
        stream: &str,
        tally: &mut Tally,
        blob_of: impl Fn(&StreamEntry) -> Option<(&'static str, Owned)>,
    ) -> redis::RedisResult<()> {
        for attempt in 1..=REBUILD_ATTEMPTS {
            let read = self.store().whole_stream(stream).await?;
            let mut found = Tally::default();
            let mut rebuilt = read.clone();
            for entry in &mut rebuilt {
                let Some((name, owned)) = blob_of(entry) else { continue };
                let Some(index) = entry.fields.iter().position(|(field, _)| field == name) else { continue };
                found.read += 1;
                match reseal(self.sealer, &entry.fields[index].1, &owned.binding()) {
                    Resealed::Current => {}
                    Resealed::Unreadable => found.unreadable += 1,
                    Resealed::New(new) => {
                        entry.fields[index].1 = new;
                        found.resealed += 1;
                    }
                }
            }
            if found.resealed == 0 || self.store().replace_stream(stream, &read, &rebuilt).await? {
                self.add(part, tally, found);
                return Ok(());
            }
            if attempt == REBUILD_ATTEMPTS {
                found.changed_meanwhile = found.resealed;
                found.resealed = 0;
                self.add(part, tally, found);
            }
        }
        Ok(())
    }

    fn add(&mut self, part: Part, tally: &mut Tally, found: Tally) {
        let before = tally.read / REPORT_EVERY;
        *tally += found;
        if tally.read / REPORT_EVERY > before {
            (self.report)(part, tally);
        }
    }

    /// A snapshot of every referral's id: paging sets whose members move between them could
    /// skip one.
    async fn referral_ids(&mut self) -> redis::RedisResult<BTreeSet<String>> {
        let mut ids = BTreeSet::new();
        for set in triage::EVERY_REFERRAL {
            let mut start = 0;
            loop {
                let page = triage::referral_ids(&mut self.connection, set, start, 1000).await?;
                if page.is_empty() {
                    break;
                }
                start += page.len() as isize;
                ids.extend(page);
            }
        }
        Ok(ids)
    }

    /// Each referral's details (a hash field), notes and contact attempts (list items).
    async fn referrals(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        let ids = self.referral_ids().await?;
        for id in &ids {
            let key = triage_keys::referral(id);
            if let Some(sealed) = self.store().hash_field(&key, "sealed").await? {
                self.counted(Part::Referrals, tally);
                let outcome = reseal(self.sealer, &sealed, &personal_binding(id));
                self.swap(tally, outcome, Slot::HashField { key: &key, field: "sealed" }, &sealed).await?;
            }
            for (list, field) in [(triage_keys::notes(id), SealedField::ReferralNote), (triage_keys::attempts(id), SealedField::ContactAttempt)] {
                let items = self.store().list(&list).await?;
                for (index, item) in items.iter().enumerate() {
                    self.counted(Part::Referrals, tally);
                    let binding = Binding::new(field, id);
                    let outcome = match reseal(self.sealer, item, &binding) {
                        // Attempts logged before they were sealed are plain JSON: seal them.
                        Resealed::Unreadable if field == SealedField::ContactAttempt && triage::attempt_logged_in_clear(item) => {
                            Resealed::New(self.sealer.seal(item.as_bytes(), &binding))
                        }
                        outcome => outcome,
                    };
                    self.swap(tally, outcome, Slot::ListItem { key: &list, index }, item).await?;
                }
            }
        }
        Ok(())
    }

    /// Moves each referral in the contact index to the sealing key's digests, so it is still
    /// found once the old key is removed (lookups try every configured key until then).
    async fn contacts(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        let soon_deleted = chrono::Utc::now().timestamp_millis() - i64::from(self.retention_days.saturating_sub(1)) * 86_400_000;
        for id in self.referral_ids().await? {
            let key = triage_keys::referral(&id);
            let (Some(sealed), Some(received)) = (self.store().hash_field(&key, "sealed").await?, self.store().hash_field(&key, "created").await?) else { continue };
            self.counted(Part::Contacts, tally);
            let Some(details) = self.sealer.open(&sealed, &personal_binding(&id)).ok().and_then(|bytes| details_of(&bytes)) else {
                tally.unreadable += 1;
                continue;
            };
            if triage::closed_at(&mut self.connection, &id).await?.is_some_and(|closed| closed < soon_deleted) {
                tally.left_to_retention += 1;
                continue;
            }
            let digests: Vec<String> = domain::contact::index_terms(&details).iter().map(|term| self.sealer.blind_index(term)).collect();
            let received_ms = received.parse().unwrap_or_default();
            if (ContactIndex { connection: &mut self.connection }).replace(&id, received_ms, &digests).await? {
                tally.resealed += 1;
            }
        }
        Ok(())
    }

    async fn accounts(&mut self, tally: &mut Tally) -> redis::RedisResult<()> {
        for key in self.store().keys_matching(ACCOUNT_KEYS, "hash").await? {
            let Some(sealed) = self.store().hash_field(&key, "totp").await? else { continue };
            self.counted(Part::Accounts, tally);
            let outcome = reseal(self.sealer, &sealed, &totp_binding(&key));
            self.swap(tally, outcome, Slot::HashField { key: &key, field: "totp" }, &sealed).await?;
        }
        Ok(())
    }

    /// Swaps in a re-sealed blob where the stored value is still `read`.
    async fn swap(&mut self, tally: &mut Tally, outcome: Resealed, slot: Slot<'_>, read: &str) -> redis::RedisResult<()> {
        match outcome {
            Resealed::Current => {}
            Resealed::Unreadable => tally.unreadable += 1,
            Resealed::New(new) => {
                let swapped = match slot {
                    Slot::HashField { key, field } => self.store().swap_hash_field(key, field, read, &new).await?,
                    Slot::ListItem { key, index } => self.store().swap_list_item(key, index, read, &new).await?,
                };
                if swapped {
                    tally.resealed += 1;
                } else {
                    tally.changed_meanwhile += 1;
                }
            }
        }
        Ok(())
    }
}

/// The form's answers in a referral's opened personal data.
fn details_of(personal: &[u8]) -> Option<std::collections::BTreeMap<String, String>> {
    let personal: serde_json::Value = serde_json::from_slice(personal).ok()?;
    serde_json::from_value(personal.get("details")?.clone()).ok()
}

/// A binding that owns its parts, for blobs found while walking a stream.
struct Owned {
    field: SealedField,
    record: String,
    entry: Option<(String, u64)>,
}

impl Owned {
    fn binding(&self) -> Binding<'_> {
        match &self.entry {
            Some((sender, seq)) => Binding::chat_entry(&self.record, sender, *seq),
            None => Binding::new(self.field, &self.record),
        }
    }
}

/// Where a blob is swapped in.
enum Slot<'a> {
    HashField { key: &'a str, field: &'a str },
    ListItem { key: &'a str, index: usize },
}

/// Runs passes until one finds nothing left to re-seal (at most `max_passes`). Returns the
/// last pass's tallies: all settled means every blob Redis holds is sealed with the first key.
pub async fn run(
    connection: RedisConnection,
    sealer: &Sealer,
    retention_days: u32,
    max_passes: usize,
    report: &mut (dyn FnMut(usize, Part, &Tally) + Send),
) -> redis::RedisResult<Vec<(Part, Tally)>> {
    let mut last = Vec::new();
    for pass in 1..=max_passes.max(1) {
        let mut per_pass = |part: Part, tally: &Tally| report(pass, part, tally);
        let mut rekey = Rekey { connection: connection.clone(), sealer, retention_days, report: &mut per_pass };
        last = rekey.pass().await?;
        if last.iter().all(|(_, tally)| tally.settled()) {
            break;
        }
    }
    Ok(last)
}

