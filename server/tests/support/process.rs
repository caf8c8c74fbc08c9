//! The real `frontdoor` binary as a child process: for what only a process shows (a kill, a
//! SIGTERM and the drain before it).
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::{repo_root, TEST_DATA_KEY};

/// A running `frontdoor serve`, killed when dropped.
pub struct Frontdoor {
    child: Child,
    /// `127.0.0.1:port`.
    pub addr: String,
}

impl Frontdoor {
    /// Starts the binary on `port` against `redis_url` with the test data key and `extra`
    /// settings (which win), and waits until `/healthz` answers.
    pub async fn start(redis_url: &str, port: u16, extra: &[(&str, &str)]) -> Frontdoor {
        let mut command = Command::new(env!("CARGO_BIN_EXE_frontdoor"));
        command
            .current_dir(repo_root())
            .env("REDIS_URL", redis_url)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_OUTPUT_NAME", "frontdoor")
            .env("DATA_KEY", TEST_DATA_KEY)
            .env("STAFF_COOKIE_SECURE", "false")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (name, value) in extra {
            command.env(name, value);
        }
        let frontdoor = Frontdoor { child: command.spawn().expect("the frontdoor binary"), addr: format!("127.0.0.1:{port}") };
        let client = reqwest::Client::new();
        for _ in 0..100 {
            if client.get(format!("{}/healthz", frontdoor.base())).send().await.is_ok_and(|r| r.status().is_success()) {
                return frontdoor;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("frontdoor did not start");
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// SIGTERM, as systemd sends it to stop the service.
    pub fn terminate(&self) {
        let sent = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status().expect("kill runs");
        assert!(sent.success(), "SIGTERM sent");
    }

    /// SIGKILL: gone at once, nothing finished.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Whether the process has exited (without waiting for it).
    pub fn exited(&mut self) -> bool {
        self.child.try_wait().expect("the child can be waited for").is_some()
    }
}

impl Drop for Frontdoor {
    fn drop(&mut self) {
        self.kill();
    }
}
