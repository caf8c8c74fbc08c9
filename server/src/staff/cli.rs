//! `frontdoor adviser add NAME [--role adviser|team-leader|admin]`: creates a staff account (parsed in `crate::cli`). The password is asked
//! for twice on a terminal, or read as one line from standard input for scripts. The other
//! `adviser` commands are team admin (`staff::team`), audited as done by `command-line`.
use std::io::{BufRead, IsTerminal};

use super::accounts::{self, Role};
use super::team::{self, TeamAction};
use crate::cli::AdviserAction;
use super::store::StaffStore;
use crate::infra::redis_link::RedisLink;
use crate::config::Config;

pub async fn add(name: &str, role: Role) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let password = if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(format!("Password for {name}: ")).map_err(|e| e.to_string())?;
        let again = rpassword::prompt_password("Again: ").map_err(|e| e.to_string())?;
        if first != again {
            return Err("the passwords differ".into());
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| e.to_string())?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    let store = store_for(&config)?;
    let enrolment = accounts::add(&store, &config.sealer, name, &password, role).await.map_err(|e| e.to_string())?;
    println!("Created {} account {name}.", role.slug());
    print_enrolment(&enrolment);
    Ok(())
}

fn store_for(config: &Config) -> Result<StaffStore, String> {
    Ok(StaffStore::new(RedisLink::open(&config.redis_url).map_err(|_| "REDIS_URL: invalid")?))
}

fn print_enrolment(enrolment: &accounts::Enrolment) {
    println!("Add this to the adviser's authenticator app now; it is not shown again:");
    println!("  secret: {}", enrolment.secret_base32);
    println!("  or open: {}", enrolment.otpauth_url);
}

/// Who the audit trail names for changes made here.
const CLI_ACTOR: &str = "command-line";

/// Every `adviser` command but `add`.
pub async fn manage(command: AdviserAction) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let store = store_for(&config)?;
    let (name, action) = match command {
        AdviserAction::Add { .. } => return Err("use `adviser add`".into()),
        AdviserAction::List => return list(&store).await,
        AdviserAction::Disable { name } => (name, TeamAction::Disable),
        AdviserAction::Enable { name } => (name, TeamAction::Enable),
        AdviserAction::ResetMfa { name } => (name, TeamAction::ResetMfa),
        AdviserAction::SetRole { name, role } => (name, TeamAction::SetRole(role)),
        AdviserAction::SignOut { name } => (name, TeamAction::SignOut),
    };
    let enrolment = team::apply(&store, &config.sealer, CLI_ACTOR, &name, action).await.map_err(|e| e.to_string())?;
    println!("Done: {name} ({action:?}).");
    if let Some(enrolment) = enrolment {
        print_enrolment(&enrolment);
    }
    Ok(())
}

async fn list(store: &StaffStore) -> Result<(), String> {
    let accounts = store.accounts().await.map_err(|e| e.to_string())?;
    println!("{:<24} {:<12} {:<9} last sign-in", "name", "role", "status");
    for account in accounts {
        let last = account.last_sign_in_ms.map(|ms| app::staff::time::uk_time(ms, app::staff::time::Precision::Minutes)).unwrap_or_else(|| "not recorded".into());
        let status = if account.disabled { "disabled" } else { "enabled" };
        println!("{:<24} {:<12} {:<9} {last}", account.name, account.role.slug(), status);
    }
    Ok(())
}
