namespace BriefingBot.Storage.Migrations;

/// <summary>
/// The SQLite schema history, oldest first. Timestamps are UTC ISO 8601 text of fixed width
/// ("2025-01-31T07:00:00.0000000Z"), so text order is time order; local dates are "yyyy-MM-dd".
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "stories", """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                summary_json TEXT NOT NULL,
                detail_json TEXT NOT NULL,
                entities_json TEXT NOT NULL,
                published_at TEXT NOT NULL,
                first_seen_at TEXT NOT NULL
            );
            CREATE INDEX ix_stories_first_seen_at ON stories (first_seen_at, id);
            CREATE TABLE story_keys (
                key TEXT NOT NULL PRIMARY KEY,
                story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_story_keys_story_id ON story_keys (story_id);
            CREATE TABLE story_sources (
                story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                source_id TEXT NOT NULL,
                source_name TEXT NOT NULL,
                title TEXT NOT NULL,
                link TEXT NULL,
                published_at TEXT NULL,
                PRIMARY KEY (story_id, source_id)
            );
            """),
        new(2, "source states", """
            CREATE TABLE source_states (
                source_id TEXT NOT NULL PRIMARY KEY,
                has_validators INTEGER NOT NULL,
                etag TEXT NULL,
                last_modified TEXT NULL,
                last_attempt_at TEXT NULL,
                last_success_at TEXT NULL,
                last_error TEXT NULL,
                consecutive_failures INTEGER NOT NULL
            );
            """),
        new(3, "subscriptions and chats", """
            CREATE TABLE subscriptions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                chat_key TEXT NOT NULL UNIQUE,
                subscribed_by TEXT NOT NULL,
                delivery_time TEXT NOT NULL,
                time_zone_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                is_active INTEGER NOT NULL,
                deactivated_reason TEXT NULL,
                deactivated_at TEXT NULL
            );
            CREATE TABLE chat_settings (
                chat_key TEXT NOT NULL PRIMARY KEY,
                items_per_briefing INTEGER NOT NULL
            );
            CREATE TABLE chat_last_briefings (
                chat_key TEXT NOT NULL PRIMARY KEY,
                sent_at TEXT NOT NULL,
                story_ids_json TEXT NOT NULL
            );
            """),
        new(4, "delivery ledger", """
            CREATE TABLE delivery_ledger (
                subscription_id INTEGER NOT NULL,
                local_date TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                permanent INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL,
                platform_message_id TEXT NULL,
                updated_at TEXT NOT NULL,
                lease_until TEXT NULL,
                PRIMARY KEY (subscription_id, local_date)
            );
            """),
        new(5, "adapter state", """
            CREATE TABLE adapter_state (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (scope, key)
            );
            """),
        new(6, "moderation: filters, chat sources, audit, quiet days", """
            CREATE TABLE chat_filter_rules (
                chat_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                value TEXT NOT NULL,
                added_by TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (chat_key, position)
            );
            CREATE TABLE chat_sources (
                chat_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                source_id TEXT NOT NULL,
                name TEXT NOT NULL,
                url TEXT NOT NULL,
                added_by TEXT NOT NULL,
                added_at TEXT NOT NULL,
                failure_reported_at TEXT NULL,
                PRIMARY KEY (chat_key, position),
                UNIQUE (chat_key, source_id)
            );
            CREATE TABLE chat_audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                chat_key TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                actor_name TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX ix_chat_audit_chat_key ON chat_audit (chat_key, id);
            ALTER TABLE chat_settings ADD COLUMN quiet_days INTEGER NOT NULL DEFAULT 0;
            """),
        new(8, "story updates", """
            ALTER TABLE stories ADD COLUMN updated_at TEXT NULL;
            CREATE INDEX ix_stories_updated_at ON stories (updated_at, id);
            """),
        new(9, "briefing channel", """
            ALTER TABLE subscriptions ADD COLUMN deliver_to TEXT NULL;
            ALTER TABLE subscriptions ADD COLUMN deliver_to_name TEXT NULL;
            CREATE INDEX ix_subscriptions_deliver_to ON subscriptions (deliver_to);
            """),
        new(10, "cluster leases", """
            CREATE TABLE cluster_leases (
                name TEXT NOT NULL PRIMARY KEY,
                holder TEXT NOT NULL,
                expires_at TEXT NOT NULL
            );
            """),
    ];
}
