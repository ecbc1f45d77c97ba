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
  },
  {
    version: 3,
    name: 'identity: profiles, lockout, history, codes, support requests',
    up: `
      ALTER TABLE accounts ADD COLUMN id_type TEXT;
      ALTER TABLE accounts ADD COLUMN id_number TEXT;
      ALTER TABLE accounts ADD COLUMN uscc TEXT;
      ALTER TABLE accounts ADD COLUMN agency_code TEXT;
      ALTER TABLE accounts ADD COLUMN user_code TEXT;
      ALTER TABLE accounts ADD COLUMN registration_code TEXT;
      ALTER TABLE accounts ADD COLUMN profile_json TEXT;
      ALTER TABLE accounts ADD COLUMN locked_until TEXT;
      CREATE UNIQUE INDEX accounts_id_number ON accounts(id_number) WHERE id_number IS NOT NULL;
      CREATE UNIQUE INDEX accounts_uscc ON accounts(type, uscc) WHERE uscc IS NOT NULL;
      CREATE UNIQUE INDEX accounts_user_code ON accounts(user_code) WHERE user_code IS NOT NULL;
      CREATE UNIQUE INDEX accounts_agency_code ON accounts(agency_code) WHERE agency_code IS NOT NULL;
      CREATE UNIQUE INDEX accounts_registration_code ON accounts(registration_code) WHERE registration_code IS NOT NULL;
      CREATE TABLE sign_in_failures (account_id TEXT NOT NULL REFERENCES accounts(id), at TEXT NOT NULL);
      CREATE INDEX sign_in_failures_account ON sign_in_failures(account_id, at);
      CREATE TABLE password_history (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        password_hash TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX password_history_account ON password_history(account_id, changed_at);
      CREATE TABLE verification_codes (
        id TEXT PRIMARY KEY,
        destination TEXT NOT NULL,
        purpose TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        client TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        used_at TEXT
      );
      CREATE INDEX verification_codes_destination ON verification_codes(destination, purpose, created_at);
      CREATE INDEX verification_codes_client ON verification_codes(client, created_at);
      CREATE TABLE support_requests (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        account TEXT,
        contact TEXT NOT NULL,
        body TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        reply TEXT,
        created_at TEXT NOT NULL,
        answered_at TEXT
      );
      CREATE INDEX support_requests_fingerprint ON support_requests(fingerprint, created_at);
    `
  },
  {
    version: 4,
    name: 'notices',
    up: `
      CREATE TABLE notices (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT
      );
      CREATE INDEX notices_account ON notices(account_id, seq);
    `
  },
  {
    version: 5,
    name: 'signing key out of the database; refresh-token successors',
    // The access-token signing key now lives in a 0600 file (or the environment). The copy that
    // sat here is dropped, not moved: it was in every copy and backup of this database, so it is
    // retired. Access tokens signed with it stop working (15 minutes at most); clients renew them
    // with their refresh tokens, which stay valid, so nobody has to sign in again.
    up: `
      DELETE FROM settings WHERE key = 'access_token_key';
      ALTER TABLE refresh_tokens ADD COLUMN successor_hash TEXT;
      ALTER TABLE refresh_tokens ADD COLUMN superseded_at TEXT;
    `
  },
  {
    version: 6,
    name: 'filing: drafts, attachments, submissions and numbers; notice kinds',
    up: `
      CREATE TABLE sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO sequences (name, value) VALUES ('draft_change', 0);
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        revision INTEGER NOT NULL,
        content TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        change_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX drafts_changes ON drafts(account_id, change_seq);
      CREATE TABLE attachment_blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        bytes BLOB NOT NULL
      );
      CREATE TABLE attachments (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        sha256 TEXT NOT NULL REFERENCES attachment_blobs(sha256),
        created_at TEXT NOT NULL,
        PRIMARY KEY (account_id, sha256)
      );
      CREATE TABLE application_serials (
        year INTEGER NOT NULL,
        type_digit INTEGER NOT NULL,
        last_serial INTEGER NOT NULL,
        PRIMARY KEY (year, type_digit)
      );
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        idempotency_key TEXT NOT NULL,
        draft_id TEXT NOT NULL UNIQUE REFERENCES drafts(id),
        revision INTEGER NOT NULL,
        content TEXT NOT NULL,
        application_number TEXT NOT NULL UNIQUE,
        filed_at TEXT NOT NULL,
        receipt_notice_id TEXT NOT NULL,
        UNIQUE (account_id, idempotency_key)
      );
      ALTER TABLE notices ADD COLUMN due_date TEXT;
      ALTER TABLE notices ADD COLUMN application_number TEXT;
    `
  },
  {
    version: 7,
    name: 'sign-in failures of names no account has',
    // Wrong passwords against a name no account has lock that name like an account, so a lock
    // does not tell which names exist. Names are kept only as keyed hashes.
    up: `
      CREATE TABLE name_failures (name_key TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX name_failures_key ON name_failures(name_key, at);
      CREATE INDEX name_failures_at ON name_failures(at);
      CREATE TABLE name_locks (name_key TEXT PRIMARY KEY, locked_until TEXT NOT NULL);
    `
  }
]
