//! Local stand-ins for the peers Portico talks to (Twilio's REST API, an SMTP relay). They are
//! real servers on loopback speaking the real wire formats, so tests exercise Portico's actual
//! HTTP and SMTP clients rather than mocks of product code, and can inject the failures the
//! real services produce.

// A harness API: not every test uses every knob, and unused ones should not warn.
#![allow(dead_code, unused_imports)]

pub mod smtp;
pub mod twilio;

pub use smtp::*;
pub use twilio::*;
