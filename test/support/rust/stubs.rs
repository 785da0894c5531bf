#![allow(dead_code)]
// The helper functions the Rust handlers call, as a user would write them: checkers.ts adds this
// module to each Rust source it checks, so that rustc checks the handlers' types through to the end.
use std::time::Duration;

pub fn resend_message() -> Result<(), Box<dyn std::error::Error>> {
    Ok(())
}
pub fn send_template_message() {}
pub fn refresh_cequens_token() {}
pub fn renew_access_token() {}
pub fn mark_recipient_unreachable() {}
pub fn alert_operator<E: ?Sized>(_message: &str, _error: &E) {}
pub fn mark_message_failed(_message: &str) {}
pub fn pause_sends_to_recipient(_pause: Duration, _message: &str) {}
pub fn schedule_resend(_after: Duration, _message: &str) {}
pub fn keep_status_errors<T: ?Sized>(_errors: &T) {}
// serde_json's Value, as far as a webhook handler reads it.
pub mod serde_json {
    pub struct Value;
    impl Value {
        pub fn get(&self, _key: &str) -> Option<&Value> {
            None
        }
        pub fn as_str(&self) -> Option<&str> {
            None
        }
    }
}
