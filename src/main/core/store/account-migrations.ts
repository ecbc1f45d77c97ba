import type { Migration } from '../../../shared/migrate'

/**
 * The schema of one account's own file (`accounts/<origin>/<accountId>.sqlite`). Modules that
 * keep more in that file (drafts, notices) bring their own lists to `openAccountDatabase`.
 * Append only: a shipped migration is never edited.
 */
export const accountMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'account settings, cached profile, offline verifier',
    up: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), account_json TEXT NOT NULL, saved_at TEXT NOT NULL);
      CREATE TABLE offline_verifier (id INTEGER PRIMARY KEY CHECK (id = 1), hash TEXT NOT NULL, created_at TEXT NOT NULL);
    `
  }
]
