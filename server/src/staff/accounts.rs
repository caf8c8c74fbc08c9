//! Adviser accounts in Redis: argon2id password hashes and a sealed TOTP secret (RFC 6238).
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use redis::aio::ConnectionManager;
use redis::AsyncCommands;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::infra::sealing::Sealer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Adviser,
    Admin,
}

impl Role {
    pub fn slug(self) -> &'static str {
        match self {
            Role::Adviser => "adviser",
            Role::Admin => "admin",
        }
    }
    pub fn from_slug(slug: &str) -> Option<Role> {
        [Role::Adviser, Role::Admin].into_iter().find(|r| r.slug() == slug)
    }
}

pub const MIN_PASSWORD_CHARS: usize = 12;

fn account_key(name: &str) -> String {
    format!("staff:account:{name}")
}

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
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("{0}")]
    Other(String),
}

pub fn valid_name(name: &str) -> bool {
    (2..=40).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
}

pub async fn add(
    connection: &mut ConnectionManager,
    sealer: &Sealer,
    name: &str,
    password: &str,
    role: Role,
) -> Result<Enrolment, AccountError> {
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
    let created: bool = redis::cmd("HSETNX").arg(account_key(name)).arg("role").arg(role.slug()).query_async(connection).await?;
    if !created {
        return Err(AccountError::Exists);
    }
    let _: () = connection
        .hset_multiple(account_key(name), &[("password", hash.as_str()), ("totp", sealed_secret.as_str())])
        .await?;
    Ok(Enrolment { secret_base32: totp.get_secret_base32(), otpauth_url: totp.get_url() })
}

/// Checks the password and the current one-time code; the role on success.
pub async fn verify(
    connection: &mut ConnectionManager,
    sealer: &Sealer,
    name: &str,
    password: &str,
    code: &str,
) -> Result<Option<Role>, redis::RedisError> {
    let (role, hash, sealed): (Option<String>, Option<String>, Option<String>) = redis::cmd("HMGET")
        .arg(account_key(name))
        .arg("role")
        .arg("password")
        .arg("totp")
        .query_async(connection)
        .await?;
    let (Some(role), Some(hash), Some(sealed)) = (role, hash, sealed) else {
        // Same work as a real check, so timing does not tell which names exist.
        let _ = Argon2::default().hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng));
        return Ok(None);
    };
    let password_ok = PasswordHash::new(&hash)
        .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false);
    let code_ok = sealer
        .open(&sealed, &account_key(name))
        .ok()
        .and_then(|secret| totp_for(name, secret).ok())
        .and_then(|totp| totp.check_current(code.trim()).ok())
        .unwrap_or(false);
    Ok((password_ok && code_ok).then(|| Role::from_slug(&role)).flatten())
}

/// The current code for an account: only for tests and the test harness.
pub async fn current_code(connection: &mut ConnectionManager, sealer: &Sealer, name: &str) -> Option<String> {
    let sealed: Option<String> = connection.hget(account_key(name), "totp").await.ok()?;
    let secret = sealer.open(&sealed?, &account_key(name)).ok()?;
    totp_for(name, secret).ok()?.generate_current().ok()
}
