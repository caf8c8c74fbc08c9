//! Adviser accounts: argon2id password hashes and a sealed TOTP secret (RFC 6238). The
//! hashing and code checks live here; `store` keeps the results. Argon2 is slow on purpose,
//! so it runs on the blocking pool, a few at a time, never on the async workers that serve
//! every page and chat socket.
use std::time::Duration;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use tokio::sync::Semaphore;
use totp_rs::{Algorithm, Secret, TOTP};

pub use super::extract::Role;
use super::store::{account_key, StaffStore};
use crate::error::AppError;
use crate::infra::sealing::{Binding, SealedField, Sealer};

pub const MIN_PASSWORD_CHARS: usize = 12;

/// Argon2 runs at most this many at once (each uses 19 MiB and a core for a moment).
pub const HASHING_PERMITS: usize = 2;
/// A sign-in that cannot start hashing within this long is refused as busy, not left hanging.
const HASHING_WAIT: Duration = Duration::from_secs(10);
static HASHING: Semaphore = Semaphore::const_new(HASHING_PERMITS);

/// Seconds per one-time code.
const TOTP_STEP_SECONDS: u64 = 30;

fn totp_for(name: &str, secret: Vec<u8>) -> Result<TOTP, String> {
    // Skew 0: each check names one time step, so the step that matched can be recorded.
    TOTP::new(Algorithm::SHA1, 6, 0, TOTP_STEP_SECONDS, secret, Some("frontdoor".into()), name.to_owned()).map_err(|e| e.to_string())
}

/// Runs argon2 work on the blocking pool under the hashing permits; `Unavailable` when
/// none frees up in time.
async fn off_workers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let _permit = tokio::time::timeout(HASHING_WAIT, HASHING.acquire())
        .await
        .map_err(|_| AppError::Unavailable)?
        .map_err(|_| AppError::Unavailable)?;
    tokio::task::spawn_blocking(work).await.map_err(|_| AppError::Unavailable)
}

/// The time step (the previous, current or next one, for clock drift) whose code is `code`.
fn matching_step(totp: &TOTP, code: &str) -> Option<u64> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() / TOTP_STEP_SECONDS;
    [now.saturating_sub(1), now, now + 1].into_iter().find(|step| totp.check(code, step * TOTP_STEP_SECONDS))
}

/// What the person enrolling must put in their authenticator app; shown once.
pub struct Enrolment {
    pub secret_base32: String,
    pub otpauth_url: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("names are 2 to 40 letters, digits, dots, dashes or underscores")]
    BadName,
    #[error("passwords need at least {MIN_PASSWORD_CHARS} characters")]
    WeakPassword,
    #[error("an account with that name already exists")]
    Exists,
    #[error("{0}")]
    Storage(#[from] AppError),
    #[error("{0}")]
    Other(String),
}

pub fn valid_name(name: &str) -> bool {
    (2..=40).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
}

pub async fn add(store: &StaffStore, sealer: &Sealer, name: &str, password: &str, role: Role) -> Result<Enrolment, AccountError> {
    if !valid_name(name) {
        return Err(AccountError::BadName);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::WeakPassword);
    }
    let password = password.to_owned();
    let hash = off_workers(move || {
        Argon2::default() // argon2id, the crate's default
            .hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng))
            .map(|hash| hash.to_string())
    })
    .await?
    .map_err(|e| AccountError::Other(e.to_string()))?;
    let (enrolment, sealed_secret) = new_totp_secret(sealer, name)?;
    if !store.create_account(name, role, &hash, &sealed_secret).await? {
        return Err(AccountError::Exists);
    }
    Ok(enrolment)
}

/// A fresh TOTP secret for `name`: what to show once, and the secret sealed for storing.
pub fn new_totp_secret(sealer: &Sealer, name: &str) -> Result<(Enrolment, String), AccountError> {
    let secret = Secret::generate_secret().to_bytes().map_err(|e| AccountError::Other(e.to_string()))?;
    let totp = totp_for(name, secret.clone()).map_err(AccountError::Other)?;
    let sealed_secret = sealer.seal(&secret, &totp_binding(&account_key(name)));
    Ok((Enrolment { secret_base32: totp.get_secret_base32(), otpauth_url: totp.get_url() }, sealed_secret))
}

/// Checks the password and a one-time code not used before; the role on success. The
/// code's time step is then recorded, so the same code cannot sign in again.
pub async fn verify(store: &StaffStore, sealer: &Sealer, name: &str, password: &str, code: &str) -> Result<Option<Role>, AppError> {
    let account = store.account(name).await?;
    let stored_hash = account.as_ref().map(|account| account.password_hash.clone());
    let password = password.to_owned();
    let password_ok = off_workers(move || match stored_hash {
        Some(stored) => PasswordHash::new(&stored)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false),
        None => {
            // Same work as a real check, so timing does not tell which names exist.
            let _ = Argon2::default().hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng));
            false
        }
    })
    .await?;
    let Some(account) = account.filter(|account| !account.disabled) else { return Ok(None) };
    let step = sealer
        .open(&account.sealed_totp, &totp_binding(&account_key(name)))
        .ok()
        .and_then(|secret| totp_for(name, secret).ok())
        .and_then(|totp| matching_step(&totp, code.trim()));
    let Some(step) = step.filter(|_| password_ok) else { return Ok(None) };
    Ok(store.use_totp_step(name, step).await?.then_some(account.role))
}

/// What an account's TOTP secret is sealed to: its account key (so a name never changes).
pub fn totp_binding(account_key: &str) -> Binding<'_> {
    Binding::new(SealedField::TotpSecret, account_key)
}

/// The current code for an account: only for tests and the test harness.
pub async fn current_code(store: &StaffStore, sealer: &Sealer, name: &str) -> Option<String> {
    let sealed = store.sealed_totp(name).await.ok()??;
    let secret = sealer.open(&sealed, &totp_binding(&account_key(name))).ok()?;
    totp_for(name, secret).ok()?.generate_current().ok()
}
