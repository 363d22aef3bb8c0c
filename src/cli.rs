//! Commands: serve, migrate, demo, clinic create, keys rotate | list | retire.

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::links::{KeyId, KeyRingFile};
use crate::startup::Application;
use crate::store;
use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(name = "portico", version, about = "Patient communication without a login wall")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the HTTP server and background workers.
    Serve,
    /// Apply database migrations.
    Migrate,
    /// Load the demo clinic into a SQLite file, send its patients links through the dev
    /// outbox, print them, and serve.
    Demo,
    /// Manage clinics.
    Clinic {
        #[command(subcommand)]
        command: ClinicCommand,
    },
    /// Manage the link-signing key ring.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum ClinicCommand {
    /// Create a clinic and print its API key (shown once; only a hash is stored).
    Create {
        #[arg(long)]
        name: String,
        /// The clinic's direct phone number, E.164.
        #[arg(long)]
        phone: Option<String>,
        /// IANA time zone for the clinic's defaults.
        #[arg(long, default_value = "America/Chicago")]
        time_zone: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Add a new signing key; older keys keep verifying until retired.
    Rotate,
    /// List keys (never their secrets).
    List,
    /// Stop a key verifying: links signed with it stop working at once.
    Retire { key_id: String },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve => {
            let config = Config::load()?;
            Application::build(config).await?.run_until_stopped().await
        }
        Command::Migrate => {
            let config = Config::load()?;
            let store = store::connect(&config.database_url).await?;
            store.migrate().await.context("applying migrations")?;
            println!("migrations applied ({})", store.backend());
            Ok(())
        }
        Command::Demo => crate::demo::run(Config::load()?).await,
        Command::Clinic { command: ClinicCommand::Create { name, phone, time_zone } } => {
            let config = Config::load()?;
            let store = store::connect(&config.database_url).await?;
            store.migrate().await?;
            let (clinic, key) =
                crate::clinics::create_clinic(&*store, &SystemClock, &name, phone.as_deref(), &time_zone).await?;
            println!("clinic {} created: {}", clinic.id, clinic.name);
            println!("API key (shown once, store it safely): {key}");
            Ok(())
        }
        Command::Keys { command } => keys(command),
    }
}

fn keys(command: KeysCommand) -> anyhow::Result<()> {
    let config = Config::load()?;
    let now = SystemClock.now();
    match command {
        KeysCommand::Rotate => {
            let file = KeyRingFile::open_or_create(&config.keys_file)?;
            let (ring, id) = file.ring().rotated(now)?;
            file.save(&ring)?;
            println!("added key {id}; it signs new links from now on. Older keys keep verifying until retired.");
        }
        KeysCommand::List => {
            let file = KeyRingFile::open_existing(&config.keys_file)?;
            let ring = file.ring();
            let current = ring.current().ok().map(|k| k.id());
            println!("{:<6} {:<10} {:<22} retired", "key", "status", "created");
            for k in ring.keys() {
                let status = if Some(k.id()) == current {
                    "signing"
                } else if k.is_active() {
                    "verifying"
                } else {
                    "retired"
                };
                let retired =
                    k.retired_at().map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_else(|| "-".into());
                println!(
                    "{:<6} {:<10} {:<22} {}",
                    k.id().to_string(),
                    status,
                    k.created_at().strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    retired
                );
            }
        }
        KeysCommand::Retire { key_id } => {
            let id = KeyId::parse(&key_id)
                .ok_or_else(|| anyhow::anyhow!("KEY_ID: {key_id:?} is not a key id such as k1"))?;
            let file = KeyRingFile::open_existing(&config.keys_file)?;
            let ring = file.ring().retired(id, now)?;
            file.save(&ring)?;
            println!("retired key {id}; links signed with it no longer work.");
        }
    }
    Ok(())
}
