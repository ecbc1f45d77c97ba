import type { Database } from 'better-sqlite3'
import { migrateList, type Migration } from '../../../shared/migrate'

/**
 * The filing schema of one account's SQLite file: its drafts (with their last versions), the
 * outbox of changes not yet on the platform, attachments, notices and submissions. Append only:
 * a shipped migration is never edited.
 */
export const accountMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'filing: drafts, versions, outbox, attachments, notices, submissions, sync state',
    up: `
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        search_text TEXT NOT NULL,
        content TEXT NOT NULL,
        version INTEGER NOT NULL,
        server_revision INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitting', 'submitted')),
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict_of TEXT,
        application_number TEXT,
        filed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX drafts_updated ON drafts(deleted, updated_at);
      CREATE INDEX drafts_conflict_of ON drafts(conflict_of) WHERE conflict_of IS NOT NULL;
      CREATE TABLE draft_versions (
        draft_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        content TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, version)
      );
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('put_draft', 'delete_draft', 'read_notice')),
        target TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        parked_error TEXT
      );
      CREATE INDEX outbox_target ON outbox(target, seq);
      CREATE INDEX outbox_pending ON outbox(seq) WHERE parked_error IS NULL;
      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        uploaded INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
      );
      CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        due_date TEXT,
        application_number TEXT,
        read INTEGER NOT NULL DEFAULT 0,
        received_at TEXT NOT NULL
      );
      CREATE INDEX notices_issued ON notices(issued_at);
      CREATE INDEX notices_unread ON notices(read) WHERE read = 0;
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('queued', 'filed', 'needs_attention')),
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        application_number TEXT,
        filed_at TEXT,
        receipt_notice_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX submissions_state ON submissions(state, created_at);
      CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `
  }
]

/** Brings an account's file to the filing schema (WAL and foreign keys are the opener's business). */
/**
 * The filing list as it travels to each account's own file, where the account's own schema
 * (`store/account-migrations.ts`) already counts with `user_version`: this list counts apart.
 */
export const filingMigrationList = { name: 'filing', migrations: accountMigrations } as const

export const migrateAccountDatabase = (db: Database): number => migrateList(db, filingMigrationList.name, accountMigrations)
