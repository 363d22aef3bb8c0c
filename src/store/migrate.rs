//! Schema migrations, embedded in the binary. Each backend has its own SQL files under
//! `migrations/`; versions are recorded in `portico_migrations`. The caller holds the
//! transaction (and, on PostgreSQL, the advisory lock).

use super::StoreResult;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sqlite: include_str!("../../migrations/sqlite/0001_foundation.sql"),
        postgres: include_str!("../../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "deliveries",
        sqlite: include_str!("../../migrations/sqlite/0002_deliveries.sql"),
        postgres: include_str!("../../migrations/postgres/0002_deliveries.sql"),
    },
    Migration {
        version: 3,
        name: "reminders_messages",
        sqlite: include_str!("../../migrations/sqlite/0003_reminders_messages.sql"),
        postgres: include_str!("../../migrations/postgres/0003_reminders_messages.sql"),
    },
    Migration {
        version: 4,
        name: "step_up",
        sqlite: include_str!("../../migrations/sqlite/0004_step_up.sql"),
        postgres: include_str!("../../migrations/postgres/0004_step_up.sql"),
    },
    Migration {
        version: 5,
        name: "refills_settings",
        sqlite: include_str!("../../migrations/sqlite/0005_refills_settings.sql"),
        postgres: include_str!("../../migrations/postgres/0005_refills_settings.sql"),
    },
    Migration {
        version: 6,
        name: "delivery_claims",
        sqlite: include_str!("../../migrations/sqlite/0006_delivery_claims.sql"),
        postgres: include_str!("../../migrations/postgres/0006_delivery_claims.sql"),
    },
    Migration {
        version: 7,
        name: "edge",
        sqlite: include_str!("../../migrations/sqlite/0007_edge.sql"),
        postgres: include_str!("../../migrations/postgres/0007_edge.sql"),
    },
    Migration {
        version: 8,
        name: "replies",
        sqlite: include_str!("../../migrations/sqlite/0008_replies.sql"),
        postgres: include_str!("../../migrations/postgres/0008_replies.sql"),
    },
    Migration {
        version: 9,
        name: "birth_date_step_up",
        sqlite: include_str!("../../migrations/sqlite/0009_birth_date_step_up.sql"),
        postgres: include_str!("../../migrations/postgres/0009_birth_date_step_up.sql"),
    },
    Migration {
        version: 10,
        name: "link_codes",
        sqlite: include_str!("../../migrations/sqlite/0010_link_codes.sql"),
        postgres: include_str!("../../migrations/postgres/0010_link_codes.sql"),
    },
    Migration {
        version: 11,
        name: "passkeys",
        sqlite: include_str!("../../migrations/sqlite/0011_passkeys.sql"),
        postgres: include_str!("../../migrations/postgres/0011_passkeys.sql"),
    },
    Migration {
        version: 12,
        name: "staff_inbox",
        sqlite: include_str!("../../migrations/sqlite/0012_staff_inbox.sql"),
        postgres: include_str!("../../migrations/postgres/0012_staff_inbox.sql"),
    },
    Migration {
        version: 13,
        name: "live_events",
        sqlite: include_str!("../../migrations/sqlite/0013_live_events.sql"),
        postgres: include_str!("../../migrations/postgres/0013_live_events.sql"),
    },
    Migration {
        version: 14,
        name: "reply_times",
        sqlite: include_str!("../../migrations/sqlite/0014_reply_times.sql"),
        postgres: include_str!("../../migrations/postgres/0014_reply_times.sql"),
    },
    Migration {
        version: 15,
        name: "care_grants",
        sqlite: include_str!("../../migrations/sqlite/0015_care_grants.sql"),
        postgres: include_str!("../../migrations/postgres/0015_care_grants.sql"),
    },
    Migration {
        version: 16,
        name: "clinic_facts",
        sqlite: include_str!("../../migrations/sqlite/0016_clinic_facts.sql"),
        postgres: include_str!("../../migrations/postgres/0016_clinic_facts.sql"),
    },
    Migration {
        version: 17,
        name: "inbox_views",
        sqlite: include_str!("../../migrations/sqlite/0017_inbox_views.sql"),
        postgres: include_str!("../../migrations/postgres/0017_inbox_views.sql"),
    },
    Migration {
        version: 18,
        name: "conversation_notes",
        sqlite: include_str!("../../migrations/sqlite/0018_conversation_notes.sql"),
        postgres: include_str!("../../migrations/postgres/0018_conversation_notes.sql"),
    },
    Migration {
        version: 19,
        name: "saved_replies",
        sqlite: include_str!("../../migrations/sqlite/0019_saved_replies.sql"),
        postgres: include_str!("../../migrations/postgres/0019_saved_replies.sql"),
    },
    Migration {
        version: 20,
        name: "reply_episodes",
        sqlite: include_str!("../../migrations/sqlite/0020_reply_episodes.sql"),
        postgres: include_str!("../../migrations/postgres/0020_reply_episodes.sql"),
    },
    Migration {
        version: 21,
        name: "teams",
        sqlite: include_str!("../../migrations/sqlite/0021_teams.sql"),
        postgres: include_str!("../../migrations/postgres/0021_teams.sql"),
    },
    Migration {
        version: 22,
        name: "staff_passkeys",
        sqlite: include_str!("../../migrations/sqlite/0022_staff_passkeys.sql"),
        postgres: include_str!("../../migrations/postgres/0022_staff_passkeys.sql"),
    },
    Migration {
        version: 23,
        name: "conversation_views",
        sqlite: include_str!("../../migrations/sqlite/0023_conversation_views.sql"),
        postgres: include_str!("../../migrations/postgres/0023_conversation_views.sql"),
    },
    Migration {
        version: 24,
        name: "crisis_line",
        sqlite: include_str!("../../migrations/sqlite/0024_crisis_line.sql"),
        postgres: include_str!("../../migrations/postgres/0024_crisis_line.sql"),
    },
    Migration {
        version: 25,
        name: "staff_language",
        sqlite: include_str!("../../migrations/sqlite/0025_staff_language.sql"),
        postgres: include_str!("../../migrations/postgres/0025_staff_language.sql"),
    },
    Migration {
        version: 26,
        name: "external_ids",
        sqlite: include_str!("../../migrations/sqlite/0026_external_ids.sql"),
        postgres: include_str!("../../migrations/postgres/0026_external_ids.sql"),
    },
    Migration {
        version: 27,
        name: "webhooks",
        sqlite: include_str!("../../migrations/sqlite/0027_webhooks.sql"),
        postgres: include_str!("../../migrations/postgres/0027_webhooks.sql"),
    },
    Migration {
        version: 28,
        name: "audit_for_patient",
        sqlite: include_str!("../../migrations/sqlite/0028_audit_for_patient.sql"),
        postgres: include_str!("../../migrations/postgres/0028_audit_for_patient.sql"),
    },
    Migration {
        version: 29,
        name: "teen_privacy_age",
        sqlite: include_str!("../../migrations/sqlite/0029_teen_privacy_age.sql"),
        postgres: include_str!("../../migrations/postgres/0029_teen_privacy_age.sql"),
    },
    Migration {
        version: 30,
        name: "caregiver_sign_in",
        sqlite: include_str!("../../migrations/sqlite/0030_caregiver_sign_in.sql"),
        postgres: include_str!("../../migrations/postgres/0030_caregiver_sign_in.sql"),
    },
    Migration {
        version: 31,
        name: "grant_notices",
        sqlite: include_str!("../../migrations/sqlite/0031_grant_notices.sql"),
        postgres: include_str!("../../migrations/postgres/0031_grant_notices.sql"),
    },
    Migration {
        version: 32,
        name: "reminder_copies",
        sqlite: include_str!("../../migrations/sqlite/0032_reminder_copies.sql"),
        postgres: include_str!("../../migrations/postgres/0032_reminder_copies.sql"),
    },
    Migration {
        version: 33,
        name: "teen_restored",
        sqlite: include_str!("../../migrations/sqlite/0033_teen_restored.sql"),
        postgres: include_str!("../../migrations/postgres/0033_teen_restored.sql"),
    },
    Migration {
        version: 34,
        name: "caregiver_session_method",
        sqlite: include_str!("../../migrations/sqlite/0034_caregiver_session_method.sql"),
        postgres: include_str!("../../migrations/postgres/0034_caregiver_session_method.sql"),
    },
    Migration {
        version: 35,
        name: "external_grants",
        sqlite: include_str!("../../migrations/sqlite/0035_external_grants.sql"),
        postgres: include_str!("../../migrations/postgres/0035_external_grants.sql"),
    },
    Migration {
        version: 36,
        name: "person_time_zone",
        sqlite: include_str!("../../migrations/sqlite/0036_person_time_zone.sql"),
        postgres: include_str!("../../migrations/postgres/0036_person_time_zone.sql"),
    },
    Migration {
        version: 37,
        name: "grant_links",
        sqlite: include_str!("../../migrations/sqlite/0037_grant_links.sql"),
        postgres: include_str!("../../migrations/postgres/0037_grant_links.sql"),
    },
    Migration {
        version: 38,
        name: "due_notify",
        sqlite: include_str!("../../migrations/sqlite/0038_due_notify.sql"),
        postgres: include_str!("../../migrations/postgres/0038_due_notify.sql"),
    },
    Migration {
        version: 39,
        name: "clinic_notify",
        sqlite: include_str!("../../migrations/sqlite/0039_clinic_notify.sql"),
        postgres: include_str!("../../migrations/postgres/0039_clinic_notify.sql"),
    },
    Migration {
        version: 40,
        name: "rate_hit_function",
        sqlite: include_str!("../../migrations/sqlite/0040_rate_hit_function.sql"),
        postgres: include_str!("../../migrations/postgres/0040_rate_hit_function.sql"),
    },
];

macro_rules! apply_on {
    ($conn:expr, $backend:expr) => {{
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS portico_migrations \
             (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
        )
        .execute(&mut *$conn)
        .await?;
        let (current,): (i64,) =
            sqlx::query_as("SELECT COALESCE(MAX(version), 0) FROM portico_migrations").fetch_one(&mut *$conn).await?;
        for m in MIGRATIONS.iter().filter(|m| m.version > current) {
            let sql = match $backend {
                Backend::Sqlite => m.sqlite,
                Backend::Postgres => m.postgres,
            };
            sqlx::raw_sql(sql).execute(&mut *$conn).await?;
            sqlx::query("INSERT INTO portico_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
                .bind(m.version)
                .bind(m.name)
                // When a migration ran is a fact about the machine, not product time.
                .bind(wall_clock_ms())
                .execute(&mut *$conn)
                .await?;
            tracing::info!(version = m.version, name = m.name, "applied migration");
        }
        Ok(())
    }};
}

pub async fn apply<C: MigrationConn>(conn: &mut C, backend: Backend) -> StoreResult<()> {
    conn.apply(backend).await
}

/// A connection migrations can run on.
pub trait MigrationConn {
    fn apply(&mut self, backend: Backend) -> impl std::future::Future<Output = StoreResult<()>> + Send;
}

impl MigrationConn for sqlx::SqliteConnection {
    async fn apply(&mut self, backend: Backend) -> StoreResult<()> {
        let conn = self;
        apply_on!(conn, backend)
    }
}

impl MigrationConn for sqlx::PgConnection {
    async fn apply(&mut self, backend: Backend) -> StoreResult<()> {
        let conn = self;
        apply_on!(conn, backend)
    }
}

/// The wall clock in milliseconds, for the migrations table only.
#[allow(clippy::disallowed_methods)] // outside any request: no Clock is there to ask
fn wall_clock_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// Every SQLite migration's script, oldest first (for tests that need the schema alone).
#[cfg(test)]
pub(super) fn sqlite_scripts() -> impl Iterator<Item = &'static str> {
    MIGRATIONS.iter().map(|m| m.sqlite)
}
