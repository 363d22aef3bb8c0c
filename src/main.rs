//! The `portico` binary: parse the command line, hand over to the library.

use clap::Parser;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    portico::telemetry::init_logging();
    let cli = portico::cli::Cli::parse();
    match portico::cli::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line that says what to fix; the chain of causes after a colon.
            eprintln!("portico: {e:#}");
            ExitCode::from(2)
        }
    }
}
