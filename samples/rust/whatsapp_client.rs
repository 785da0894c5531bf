//! CEQUENS WhatsApp client with error handling (Rust 2021, the standard library only: the HTTP
//! transport is a trait, for your client of choice).
//!
//! Hover over a code to read what it means; the light bulb inserts a handler for it.

use std::fmt;
use std::thread;
use std::time::Duration;

/// Worth another attempt after a pause.
pub const RETRYABLE_CODES: [u32; 5] = [429, 1000, 1015, 1016, 1017];
/// The recipient cannot receive WhatsApp messages.
pub const UNREACHABLE_CODES: [u32; 2] = [1013, 1026];

/// A failed send, with the code CEQUENS or WhatsApp gave it.
#[derive(Debug)]
pub struct CequensError {
    pub code: u32,
    pub title: String,
}

impl fmt::Display for CequensError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CEQUENS WhatsApp error {}: {}", self.code, self.title)
    }
}

impl std::error::Error for CequensError {}

/// Posts a message body to CEQUENS and returns the message id, or the error it reported.
pub trait Transport {
    fn post_message(&self, token: &str, body: &str) -> Result<String, CequensError>;
}

pub enum Outcome {
    Sent(String),
    Template,
    Skipped,
    Failed,
}

pub struct WhatsAppClient<T: Transport> {
    transport: T,
    token: String,
    max_attempts: u32,
}

impl<T: Transport> WhatsAppClient<T> {
    pub fn new(transport: T, token: String) -> Self {
        WhatsAppClient { transport, token, max_attempts: 4 }
    }

    pub fn send_text(&self, to: &str, text: &str) -> Result<String, CequensError> {
        let body = format!(r#"{{"recipient_type":"individual","to":"{}","type":"text","text":{{"body":"{}"}}}}"#, to, text);
        let mut attempt = 1;
        loop {
            match self.transport.post_message(&self.token, &body) {
                Ok(id) => return Ok(id),
                Err(err) if RETRYABLE_CODES.contains(&err.code) && attempt < self.max_attempts => {
                    thread::sleep(Duration::from_secs(1 << attempt));
                    attempt += 1;
                }
                Err(err) => return Err(err),
            }
        }
    }
}

/// Decides what happens to a message that could not be sent.
pub fn handle_failure(err: &CequensError) -> Outcome {
    match err.code {
        // The 24-hour window is closed: re-open the conversation with a template.
        470 => Outcome::Template,
        471 | 131049 => {
            eprintln!("not delivered, try later: {}", err);
            Outcome::Skipped
        }
        _ if UNREACHABLE_CODES.contains(&err.code) => Outcome::Skipped,
        _ => Outcome::Failed,
    }
}

pub fn log_failure(err: &CequensError) {
    match err.code {
        1008 => {}
        131026 => eprintln!("undeliverable: {}", err),
        _ => {}
    }
}

pub fn report(err: &CequensError) {
    if err.code == 401 {
        eprintln!("token rejected, sign in again");
    }
    if err.code == 131056 {
    }
    let retryable = err.code == 1015 || err.code == 130429;
    if !retryable && err.code != 1026 {
        eprintln!("failed: {}", err);
    }
}
