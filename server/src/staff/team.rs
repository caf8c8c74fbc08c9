//! Team admin, the same from the console (`routes::team`) and the command line (`cli`):
//! disable and enable an account, reset its second factor, change its role, sign it out
//! everywhere. Each change is audited (`account:{name}`), and no change may leave the team
//! without an enabled admin. A change that takes power away also ends the person's sessions,
//! so it holds at once: an open chat console closes at its next heartbeat.
use super::accounts::{self, AccountError, Enrolment};
use super::extract::Role;
use super::store::StaffStore;
use crate::error::AppError;
use crate::infra::sealing::Sealer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamAction {
    Disable,
    Enable,
    ResetMfa,
    SetRole(Role),
    SignOut,
}

impl TeamAction {
    /// From the console's path segment (and the role field, for `set-role`).
    pub fn parse(action: &str, role: &str) -> Option<TeamAction> {
        Some(match action {
            "disable" => TeamAction::Disable,
            "enable" => TeamAction::Enable,
            "reset-mfa" => TeamAction::ResetMfa,
            "set-role" => TeamAction::SetRole(Role::from_slug(role)?),
            "sign-out" => TeamAction::SignOut,
            _ => return None,
        })
    }

    /// The audit trail's action name.
    fn audit_name(self) -> String {
        match self {
            TeamAction::Disable => "account-disabled".into(),
            TeamAction::Enable => "account-enabled".into(),
            TeamAction::ResetMfa => "mfa-reset".into(),
            TeamAction::SetRole(role) => format!("role-set-{}", role.slug()),
            TeamAction::SignOut => "signed-out-by-admin".into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("there is no account called {0}")]
    NoAccount(String),
    #[error("{0} is the last admin: make someone else an admin first")]
    LastAdmin(String),
    #[error("{0}")]
    Storage(#[from] AppError),
    #[error("{0}")]
    Account(#[from] AccountError),
}

/// What the target of an audit line is for an account.
pub fn audit_target(name: &str) -> String {
    format!("account:{name}")
}

/// Applies `action` to `name` on behalf of `by`; a reset returns the new secret, to show once.
pub async fn apply(store: &StaffStore, sealer: &Sealer, by: &str, name: &str, action: TeamAction) -> Result<Option<Enrolment>, TeamError> {
    let account = store.account_summary(name).await?.ok_or_else(|| TeamError::NoAccount(name.to_owned()))?;
    let stays_enabled_admin = match action {
        TeamAction::Disable => false,
        TeamAction::SetRole(role) => role == Role::Admin && !account.disabled,
        _ => account.role == Role::Admin && !account.disabled,
    };
    if account.role == Role::Admin && !account.disabled && !stays_enabled_admin && !store.step_down_admin(name).await? {
        return Err(TeamError::LastAdmin(name.to_owned()));
    }
    let mut enrolment = None;
    match action {
        TeamAction::Disable => store.set_disabled(name, true).await?,
        TeamAction::Enable => {
            store.set_disabled(name, false).await?;
            if account.role == Role::Admin {
                store.join_admins(name).await?;
            }
        }
        TeamAction::ResetMfa => {
            let (new, sealed) = accounts::new_totp_secret(sealer, name)?;
            store.replace_totp(name, &sealed).await?;
            enrolment = Some(new);
        }
        TeamAction::SetRole(role) => {
            store.set_role(name, role).await?;
            if stays_enabled_admin {
                store.join_admins(name).await?;
            }
        }
        TeamAction::SignOut => {}
    }
    // Every action but enabling ends the sessions: a role is read at sign-in, a lost
    // authenticator may be in someone else's hands, a disabled account must stop now.
    if action != TeamAction::Enable {
        store.end_sessions_of(name).await?;
    }
    store.audit(by, &action.audit_name(), &audit_target(name)).await;
    Ok(enrolment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_actions_parse_and_name_themselves_for_the_audit() {
        assert_eq!(TeamAction::parse("set-role", "team-leader"), Some(TeamAction::SetRole(Role::TeamLeader)));
        assert_eq!(TeamAction::parse("set-role", "boss"), None);
        assert_eq!(TeamAction::parse("delete", ""), None);
        assert_eq!(TeamAction::parse("reset-mfa", "").unwrap().audit_name(), "mfa-reset");
        assert_eq!(TeamAction::SetRole(Role::Admin).audit_name(), "role-set-admin");
    }
}
