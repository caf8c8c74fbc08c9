//! Adviser accounts: argon2id password hashes and a sealed TOTP secret (RFC 6238). The
//! hashing and code checks live here; `store` keeps the results.
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use totp_rs::{Algorithm, Secret, TOTP};

pub use super::extract::Role;
use super::store::{account_key, StaffStore};
use crate::error::AppError;
use crate::infra::sealing::Sealer;

pub const MIN_PASSWORD_CHARS: usize = 12;

fn totp_for(name: &str, secret: Vec<u8>) -> Result<TOTP, String> {
    TOTP::new(Algorithm::SHA1, 6, 1, 30, secret, Some("frontdoor".into()), name.to_owned()).map_err(|e| e.to_string())
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
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default() // argon2id, the crate's default
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| AccountError::Other(e.to_string()))?
        .to_string();
    let secret = Secret::generate_secret().to_bytes().map_err(|e| AccountError::Other(e.to_string()))?;
    let totp = totp_for(name, secret.clone()).map_err(AccountError::Other)?;
    let sealed_secret = sealer.seal(&secret, &account_key(name));
    if !store.create_account(name, role, &hash, &sealed_secret).await? {
        return Err(AccountError::Exists);
    }
    Ok(Enrolment { secret_base32: totp.get_secret_base32(), otpauth_url: totp.get_url() })
}

/// Checks the password and the current one-time code; the role on success.
pub async fn verify(store: &StaffStore, sealer: &Sealer, name: &str, password: &str, code: &str) -> Result<Option<Role>, AppError> {
    let Some(account) = store.account(name).await? else {
        // Same work as a real check, so timing does not tell which names exist.
        let _ = Argon2::default().hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng));
        return Ok(None);
    };
    let password_ok = PasswordHash::new(&account.password_hash)
        .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false);
    let code_ok = sealer
        .open(&account.sealed_totp, &account_key(name))
        .ok()
        .and_then(|secret| totp_for(name, secret).ok())
        .and_then(|totp| totp.check_current(code.trim()).ok())
        .unwrap_or(false);
    Ok((password_ok && code_ok).then_some(account.role))
}

/// The current code for an account: only for tests and the test harness.
pub async fn current_code(store: &StaffStore, sealer: &Sealer, name: &str) -> Option<String> {
    let sealed = store.sealed_totp(name).await.ok()??;
    let secret = sealer.open(&sealed, &account_key(name)).ok()?;
    totp_for(name, secret).ok()?.generate_current().ok()
}
