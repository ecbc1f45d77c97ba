import type { Migration } from '../../../shared/migrate'

/** The client's local schema. Append only: a shipped migration is never edited. */
export const clientMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'known accounts',
    up: `
      CREATE TABLE accounts (
        origin TEXT NOT NULL,
        id TEXT NOT NULL,
        login_name TEXT NOT NULL,
        display_name TEXT NOT NULL,
        type TEXT NOT NULL,
        remembered INTEGER NOT NULL DEFAULT 0,
        last_signed_in_at TEXT NOT NULL,
        PRIMARY KEY (origin, id)
      );
      CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `
  },
  {
    version: 2,
    name: 'settings',
    up: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `
  }
]
