import type { Migration } from '../../src/shared/migrate'

export const platformMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts and sessions',
    up: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        type TEXT NOT NULL CHECK (type IN ('person','entity','agency')),
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        phone TEXT UNIQUE,
        email TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        must_change_reason TEXT,
        password_changed_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE session_families (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        device TEXT,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES session_families(id),
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id);
    `
  },
  {
    version: 2,
    name: 'dev outbox',
    up: `
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recipient TEXT NOT NULL,
        purpose TEXT NOT NULL,
        code TEXT NOT NULL,
        sent_at TEXT NOT NULL
      );
      CREATE INDEX outbox_recipient ON outbox(recipient);
    `
  }
]
