//! `frontdoor adviser add NAME [--role adviser|team-leader|admin]`: creates a staff account (parsed in `crate::cli`). The password is asked
//! for twice on a terminal, or read as one line from standard input for scripts.
use std::io::{BufRead, IsTerminal};

use super::accounts::{self, Role};
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
    let store = StaffStore::new(RedisLink::open(&config.redis_url).map_err(|_| "REDIS_URL: invalid")?);
    let enrolment = accounts::add(&store, &config.sealer, name, &password, role).await.map_err(|e| e.to_string())?;
    println!("Created {} account {name}.", role.slug());
    println!("Add this to the adviser's authenticator app now; it is not shown again:");
    println!("  secret: {}", enrolment.secret_base32);
    println!("  or open: {}", enrolment.otpauth_url);
    Ok(())
}
