//! The caseload's Redis, in the triage slot: `{triage}:cases` holds every taken-on
//! referral and `{triage}:cases:{adviser}` each adviser's (at most `CASELOAD_LIMIT`); the
//! referral's hash says `taken`, and holds the next `callback` (ms, in clear like
//! `contact_by`, so lists can be ordered without opening anything) and whether it is outside
//! the person's safe windows. Every change is one script in `../lua/`.
use std::collections::BTreeMap;
use std::sync::LazyLock;

use domain::caseload::{order, CASELOAD_LIMIT};
use domain::triage::QueueEntry;
use redis::{AsyncCommands, Script};

use crate::infra::sealing::Sealer;
use crate::triage::store::keys::{self, CASES, CLAIMED, EVENTS};
use crate::triage::store::{seal_note, Triage, TriageError};

static TAKE_ON_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/take_on.lua")));
static HAND_OVER_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/hand_over.lua")));
static CALLBACK_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/callback.lua")));

/// The most taken-on referrals the team view reads (every adviser's caseload at its limit
/// would be more than a team of this service's size holds).
const TEAM_VIEW_LIMIT: isize = 2000;

/// Why a caseload change was refused.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error(transparent)]
    Triage(#[from] TriageError),
    #[error("that caseload is full ({CASELOAD_LIMIT} cases)")]
    Full,
}

impl From<redis::RedisError> for CaseError {
    fn from(error: redis::RedisError) -> Self {
        CaseError::Triage(TriageError::Redis(error))
    }
}

/// A script's answer: 1 done, 0 not the holder, -1 the caseload is full.
fn outcome(answer: i32) -> Result<(), CaseError> {
    match answer {
        1 => Ok(()),
        -1 => Err(CaseError::Full),
        _ => Err(CaseError::Triage(TriageError::NotHolder)),
    }
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Triage<'_> {
    async fn invoke(&mut self, script: &Script, id: &str, sets: &[&str], args: &[&str]) -> Result<i32, CaseError> {
        Ok(self.script_answer(script, id, sets, args).await?)
    }

    /// Moves a referral the adviser holds into their caseload: it stays theirs until closed
    /// or handed over.
    pub async fn take_on(&mut self, id: &str, adviser: &str) -> Result<(), CaseError> {
        let sets = [CLAIMED, CASES, &keys::cases_of(adviser), EVENTS];
        let limit = CASELOAD_LIMIT.to_string();
        outcome(self.invoke(&TAKE_ON_SCRIPT, id, &sets, &[id, adviser, &now_ms().to_string(), &limit]).await?)
    }

    /// The holder (`by` is `from`) hands a referral over, or a team leader (`by`) reassigns
    /// it from whoever holds it: it moves into `to`'s caseload with `note` kept sealed.
    pub async fn hand_over(&mut self, sealer: &Sealer, id: &str, from: &str, to: &str, by: &str, note: &str) -> Result<(), CaseError> {
        let text = format!("Handed over from {from} to {to}: {note}");
        let sealed = seal_note(sealer, id, by, &text);
        let (from_cases, to_cases, notes) = (keys::cases_of(from), keys::cases_of(to), keys::notes(id));
        let sets = [CLAIMED, CASES, &from_cases, &to_cases, &notes, EVENTS];
        let limit = CASELOAD_LIMIT.to_string();
        let args = [id, from, to, &now_ms().to_string(), &sealed, &limit];
        outcome(self.invoke(&HAND_OVER_SCRIPT, id, &sets, &args).await?)
    }

    /// Who holds a referral now (empty when nobody does).
    pub async fn holder(&mut self, id: &str) -> Result<String, CaseError> {
        let holder: Option<String> = self.connection.hget(keys::referral(id), "holder").await?;
        Ok(holder.unwrap_or_default())
    }

    /// Schedules the next callback; one outside the safe windows carries its reason as a
    /// sealed note.
    pub async fn schedule_callback(&mut self, sealer: &Sealer, id: &str, adviser: &str, at_ms: i64, outside_reason: Option<&str>) -> Result<(), CaseError> {
        let outside = if outside_reason.is_some() { "1" } else { "" };
        outcome(self.invoke(&CALLBACK_SCRIPT, id, &[EVENTS], &[id, adviser, &at_ms.to_string(), outside]).await?)?;
        if let Some(reason) = outside_reason {
            let when = chrono::DateTime::from_timestamp_millis(at_ms).map(|at| at.to_rfc3339()).unwrap_or_default();
            self.add_note(sealer, id, adviser, &format!("Callback at {when} is outside the person's safe times: {reason}")).await?;
        }
        Ok(())
    }

    /// The adviser's cases, most pressing first.
    pub async fn cases_of(&mut self, adviser: &str) -> Result<Vec<QueueEntry>, CaseError> {
        let ids: Vec<String> = self.connection.zrange(keys::cases_of(adviser), 0, CASELOAD_LIMIT as isize - 1).await?;
        let mut cases: Vec<QueueEntry> = self.entries(ids).await?.into_iter().filter(|e| e.holder == adviser).collect();
        order(&mut cases, now_ms());
        Ok(cases)
    }

    /// Every caseload, by adviser, each most pressing first.
    pub async fn team_cases(&mut self) -> Result<BTreeMap<String, Vec<QueueEntry>>, CaseError> {
        let ids: Vec<String> = self.connection.zrange(CASES, 0, TEAM_VIEW_LIMIT - 1).await?;
        let mut team: BTreeMap<String, Vec<QueueEntry>> = BTreeMap::new();
        for entry in self.entries(ids).await? {
            team.entry(entry.holder.clone()).or_default().push(entry);
        }
        let now = now_ms();
        team.values_mut().for_each(|cases| order(cases, now));
        Ok(team)
    }
}
