//! The `frontdoor` command line (clap): serving is the default; the other commands are the
//! operator's tools. `frontdoor --help` lists them.
use clap::{Parser, Subcommand};

use crate::staff::accounts::Role;

#[derive(Debug, Parser)]
#[command(name = "frontdoor", version, about = "One front door for a domestic-abuse support service")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site (what `frontdoor` does with no command). Settings come from the
    /// environment: see `frontdoor settings`.
    Serve,
    /// Staff accounts.
    Adviser {
        #[command(subcommand)]
        action: AdviserAction,
    },
    /// Print the table of environment settings, as the README shows it.
    Settings,
    /// Re-seal all stored personal data with the first key of DATA_KEYS, while the service
    /// runs, so an older key can then be removed. Safe to interrupt and to run again.
    Rekey {
        /// Passes to make at most; it stops early once a pass finds nothing left to re-seal.
        #[arg(long, default_value_t = 5)]
        passes: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdviserAction {
    /// Create an account; the password is asked for (or read as one line from standard
    /// input), and the authenticator secret is printed once.
    Add {
        name: String,
        /// adviser, team-leader (sees the whole team's work and the figures) or admin
        /// (also manages accounts, held submissions and the audit trail).
        #[arg(long, default_value = "adviser", value_parser = parse_role)]
        role: Role,
        /// Shorthand for `--role admin`.
        #[arg(long, conflicts_with = "role")]
        admin: bool,
    },
    /// List the accounts: role, whether disabled, last sign-in.
    List,
    /// Stop an account signing in and end its sessions (its open consoles close).
    Disable { name: String },
    /// Let a disabled account sign in again.
    Enable { name: String },
    /// Give an account a new authenticator secret (printed once) and end its sessions.
    ResetMfa { name: String },
    /// Change an account's role and end its sessions, so the new role applies at once.
    SetRole {
        name: String,
        #[arg(value_parser = parse_role)]
        role: Role,
    },
    /// End every session of an account.
    SignOut { name: String },
}

fn parse_role(slug: &str) -> Result<Role, String> {
    Role::from_slug(slug).ok_or_else(|| "one of: adviser, team-leader, admin".to_owned())
}

impl AdviserAction {
    /// The role `adviser add` asked for.
    pub fn role(role: Role, admin: bool) -> Role {
        if admin { Role::Admin } else { role }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn commands_parse() {
        assert!(Cli::try_parse_from(["frontdoor"]).unwrap().command.is_none());
        let rekey = Cli::try_parse_from(["frontdoor", "rekey"]).unwrap();
        assert!(matches!(rekey.command, Some(Command::Rekey { passes: 5 })));
        let add = Cli::try_parse_from(["frontdoor", "adviser", "add", "sam", "--admin"]).unwrap();
        assert!(matches!(add.command, Some(Command::Adviser { action: AdviserAction::Add { admin: true, .. } })));
        let lead = Cli::try_parse_from(["frontdoor", "adviser", "add", "kim", "--role", "team-leader"]).unwrap();
        assert!(matches!(lead.command, Some(Command::Adviser { action: AdviserAction::Add { role: Role::TeamLeader, admin: false, .. } })));
        assert!(Cli::try_parse_from(["frontdoor", "adviser", "add", "kim", "--role", "boss"]).is_err());
        assert!(Cli::try_parse_from(["frontdoor", "adviser", "remove", "sam"]).is_err());
        let demote = Cli::try_parse_from(["frontdoor", "adviser", "set-role", "sam", "adviser"]).unwrap();
        assert!(matches!(demote.command, Some(Command::Adviser { action: AdviserAction::SetRole { role: Role::Adviser, .. } })));
        for action in ["disable", "enable", "reset-mfa", "sign-out"] {
            assert!(Cli::try_parse_from(["frontdoor", "adviser", action, "sam"]).is_ok(), "{action}");
        }
        assert!(Cli::try_parse_from(["frontdoor", "adviser", "list"]).is_ok());
    }
}
