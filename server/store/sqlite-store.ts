import Database from 'better-sqlite3'
import { migrate } from '../../src/shared/migrate'
import { platformMigrations } from './migrations'
import type { AccountRecord, NewAccount, OutboxMessage, PlatformStore, RefreshTokenRecord } from './platform-store'

type AccountRow = {
  id: string
  login_name: string
  type: AccountRecord['type']
  display_name: string
  password_hash: string
  phone: string | null
  email: string | null
  status: AccountRecord['status']
  must_change_reason: AccountRecord['mustChangeReason']
  password_changed_at: string
  created_at: string
}

const toAccount = (r: AccountRow): AccountRecord => ({
  id: r.id,
  loginName: r.login_name,
  type: r.type,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  phone: r.phone,
  email: r.email,
  status: r.status,
  mustChangeReason: r.must_change_reason,
  passwordChangedAt: r.password_changed_at,
  createdAt: r.created_at
})

/** Opens (creating and migrating as needed) the platform's SQLite database; ':memory:' for tests. */
export function openSqliteStore(file: string): PlatformStore {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, platformMigrations)

  const q = {
    getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    insertAccount: db.prepare(`INSERT INTO accounts
      (id, login_name, type, display_name, password_hash, phone, email, status, must_change_reason, password_changed_at, created_at)
      VALUES (@id, @loginName, @type, @displayName, @passwordHash, @phone, @email, @status, @mustChangeReason, @now, @now)`),
    accountById: db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?'),
    accountBySignIn: db.prepare<[string, string], AccountRow>(
      'SELECT * FROM accounts WHERE login_name = ? COLLATE NOCASE OR phone = ? LIMIT 1'
    ),
    insertFamily: db.prepare('INSERT INTO session_families (id, account_id, device, created_at) VALUES (?, ?, ?, ?)'),
    familyActive: db.prepare<[string], { one: number }>(
      'SELECT 1 AS one FROM session_families WHERE id = ? AND revoked_at IS NULL'
    ),
    revokeFamily: db.prepare('UPDATE session_families SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    insertToken: db.prepare('INSERT INTO refresh_tokens (token_hash, family_id, expires_at) VALUES (?, ?, ?)'),
    findToken: db.prepare<[string], RefreshTokenRecord>(`SELECT t.token_hash AS tokenHash, t.family_id AS familyId,
        f.account_id AS accountId, t.expires_at AS expiresAt, t.used_at AS usedAt, f.revoked_at AS familyRevokedAt
      FROM refresh_tokens t JOIN session_families f ON f.id = t.family_id WHERE t.token_hash = ?`),
    useToken: db.prepare('UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL'),
    insertOutbox: db.prepare('INSERT INTO outbox (recipient, purpose, code, sent_at) VALUES (?, ?, ?, ?)'),
    outboxFor: db.prepare<[string], OutboxMessage>(
      'SELECT recipient AS "to", purpose, code, sent_at AS sentAt FROM outbox WHERE recipient = ? ORDER BY id'
    )
  }

  return {
    getSetting: (key) => q.getSetting.get(key)?.value,
    setSetting: (key, value) => void q.setSetting.run(key, value),

    createAccount(account: NewAccount, now: Date) {
      q.insertAccount.run({
        status: 'active',
        mustChangeReason: null,
        ...account,
        now: now.toISOString()
      })
      return toAccount(q.accountById.get(account.id)!)
    },
    findAccountById: (id) => {
      const row = q.accountById.get(id)
      return row && toAccount(row)
    },
    findAccountBySignInName: (name) => {
      const row = q.accountBySignIn.get(name, name)
      return row && toAccount(row)
    },

    createSessionFamily: (f, now) => void q.insertFamily.run(f.id, f.accountId, f.device, now.toISOString()),
    isFamilyActive: (id) => q.familyActive.get(id) !== undefined,
    revokeFamily: (id, now) => void q.revokeFamily.run(now.toISOString(), id),
    addRefreshToken: (t) => void q.insertToken.run(t.tokenHash, t.familyId, t.expiresAt),
    findRefreshToken: (hash) => q.findToken.get(hash),
    markRefreshTokenUsed: (hash, now) => q.useToken.run(now.toISOString(), hash).changes === 1,

    addOutboxMessage: (m) => void q.insertOutbox.run(m.to, m.purpose, m.code, m.sentAt),
    outboxFor: (to) => q.outboxFor.all(to),

    close: () => db.close()
  }
}
