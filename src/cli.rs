//! Commands: serve, migrate, demo, backup, migrate-data, openapi, clinic create, staff invite, import fhir|csv, keys
//! rotate | list | retire.

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
    /// Copy the SQLite database to FILE while `serve` runs, and check the copy.
    Backup { file: std::path::PathBuf },
    /// Copy everything from a SQLite database into an empty PostgreSQL one (both brought to
    /// this version's schema first), checking each table's row count at the end.
    MigrateData {
        /// The SQLite database, e.g. sqlite://portico.db.
        #[arg(long)]
        from: String,
        /// The PostgreSQL database, e.g. postgres://portico@db.internal/portico.
        #[arg(long)]
        to: String,
    },
    /// Print the API's OpenAPI 3.1 document (the one served at /api/v1/openapi.json).
    Openapi,
    /// Manage clinics.
    Clinic {
        #[command(subcommand)]
        command: ClinicCommand,
    },
    /// Manage a clinic's care team.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Import patients and appointments from the clinic's EHR.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
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
pub enum StaffCommand {
    /// Invite someone to a clinic's care team: creates them if the address is new to the
    /// clinic and emails an invitation link (good for 7 days).
    Invite {
        #[arg(long)]
        clinic: String,
        #[arg(long)]
        email: String,
        /// clinician, nurse, front_desk or admin.
        #[arg(long)]
        role: String,
        /// Their name, as patients and colleagues will see it (needed when they are new).
        #[arg(long)]
        name: Option<String>,
        /// The language of their emails (en, es, …); English when not given.
        #[arg(long)]
        language: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// A FHIR R4 Bundle (collection or transaction) of Patient and Appointment resources,
    /// from FILE or `-` (standard input). Importing it again changes nothing.
    Fhir {
        file: String,
        /// The clinic to import into (may be left out when there is only one).
        #[arg(long)]
        clinic: Option<String>,
        /// The identifier system of the clinic's MRNs, e.g. urn:oid:1.2.36.146.595.217.0.1.
        #[arg(long)]
        mrn_system: String,
        /// Check everything and report, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A CSV file of one row per appointment, the patient's columns repeated (patient_mrn,
    /// patient_name, birth_date, phone, email, language, appointment_id, status, start,
    /// duration_minutes, location, provider), from FILE or `-`. Importing it again changes nothing.
    Csv {
        file: String,
        /// The clinic to import into (may be left out when there is only one).
        #[arg(long)]
        clinic: Option<String>,
        /// Check everything and report, writing nothing.
        #[arg(long)]
        dry_run: bool,
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
        Command::Openapi => {
            println!("{}", serde_json::to_string_pretty(&crate::web::api::openapi_document())?);
            Ok(())
        }
        Command::MigrateData { from, to } => {
            let copied = store::migrate_data::sqlite_to_postgres(&from, &to).await?;
            for c in &copied {
                println!("  {:<28} {:>10} rows", c.table, c.rows);
            }
            let rows: i64 = copied.iter().map(|c| c.rows).sum();
            println!("copied {} tables, {rows} rows; every table's count matches", copied.len());
            Ok(())
        }
        Command::Backup { file } => {
            let config = Config::load()?;
            if config.database_url.starts_with("postgres") {
                anyhow::bail!(
                    "PORTICO_DATABASE_URL is PostgreSQL: back it up with pg_dump (e.g. pg_dump -Fc -f portico.dump \
                     DBNAME) and restore with pg_restore"
                );
            }
            let backup = store::backup::sqlite(&config.database_url, &file)?;
            println!(
                "backup written to {}: {} tables, {} rows, integrity check ok",
                backup.path.display(),
                backup.tables.len(),
                backup.rows()
            );
            Ok(())
        }
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
        Command::Staff { command: StaffCommand::Invite { clinic, email, role, name, language } } => {
            staff_invite(&clinic, &email, &role, name.as_deref(), language.as_deref()).await
        }
        Command::Import { command: ImportCommand::Fhir { file, clinic, mrn_system, dry_run } } => {
            let format = crate::import::progress::Format::Fhir { mrn_system };
            crate::import::progress::run(&file, clinic.as_deref(), format, dry_run).await
        }
        Command::Import { command: ImportCommand::Csv { file, clinic, dry_run } } => {
            crate::import::progress::run(&file, clinic.as_deref(), crate::import::progress::Format::Csv, dry_run).await
        }
        Command::Keys { command } => keys(command),
    }
}

async fn staff_invite(
    clinic: &str,
    email: &str,
    role: &str,
    name: Option<&str>,
    language: Option<&str>,
) -> anyhow::Result<()> {
    use crate::domain::{Actor, ClinicId, Email, Locale, PersonName, StaffRole};
    let clinic_id = ClinicId::parse(clinic).map_err(|e| anyhow::anyhow!("--clinic: {e}"))?;
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let role = StaffRole::parse(role).map_err(|e| anyhow::anyhow!("--role: {e}"))?;
    let name = name.map(PersonName::parse).transpose().map_err(|e| anyhow::anyhow!("--name: {e}"))?;
    let language = language.map(Locale::parse).transpose().map_err(|e| anyhow::anyhow!("--language: {e}"))?;
    let state = crate::state::AppState::new(Config::load()?, std::sync::Arc::new(SystemClock)).await?;
    let clinic =
        state.store.clinic(&clinic_id).await?.ok_or_else(|| anyhow::anyhow!("--clinic: no clinic {clinic_id}"))?;
    let invited = match crate::care_team::invite(&state, &clinic, &email, role, name, language, Actor::System).await {
        Err(crate::care_team::InviteError::NameNeeded) => {
            anyhow::bail!("--name: {email} is new to the clinic; give their name")
        }
        other => other?,
    };
    let m = &invited.member;
    println!("{} {} ({}) at {}", if invited.created { "added" } else { "invited again:" }, m.name, m.id, clinic.name);
    if invited.sent {
        println!("invitation emailed to {email}; the link works once, for 7 days");
    } else {
        anyhow::bail!("the invitation email to {email} was not sent; check the email settings and try again");
    }
    Ok(())
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
