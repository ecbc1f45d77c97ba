import Database from 'better-sqlite3'
import { migrate } from '../../src/shared/migrate'
import { platformMigrations } from './migrations'
import { ensurePrivateFile, narrowIfPresent } from './private-files'
import { runEach, type SqliteConnection, type StepRunner, type Synchronous } from './sqlite-connection'
import {
  DuplicateAccountField,
  type AccountPatch,
  type AccountRecord,
  type NewAccount,
  type OutboxMessage,
  type PlatformStore,
  type RefreshTokenRecord,
  type SessionFamilyRecord,
  type SupportRequestRecord,
  type VerificationCodeRecord
} from './platform-store'

/** Account fields and their columns; the one place the two spellings meet. */
const accountColumns = {
  id: 'id',
  loginName: 'login_name',
  type: 'type',
  displayName: 'display_name',
  passwordHash: 'password_hash',
  phone: 'phone',
  email: 'email',
  status: 'status',
  mustChangeReason: 'must_change_reason',
  passwordChangedAt: 'password_changed_at',
  createdAt: 'created_at',
  idType: 'id_type',
  idNumber: 'id_number',
  uscc: 'uscc',
  agencyCode: 'agency_code',
  userCode: 'user_code',
  registrationCode: 'registration_code',
  profile: 'profile_json',
  lockedUntil: 'locked_until'
} as const satisfies Record<keyof AccountRecord, string>
type AccountField = keyof typeof accountColumns

const selectAccount = `SELECT ${Object.entries(accountColumns)
  .map(([field, column]) => `${column} AS "${field}"`)
  .join(', ')} FROM accounts`

type AccountRow = Omit<AccountRecord, 'profile'> & { profile: string | null }
const toAccount = (row: AccountRow): AccountRecord => ({ ...row, profile: row.profile ? JSON.parse(row.profile) : null })
const fieldOfColumn = new Map<string, AccountField>(
  Object.entries(accountColumns).map(([field, column]) => [column, field as AccountField])
)

/**
 * Turns SQLite's "UNIQUE constraint failed: accounts.type, accounts.uscc" into the account field
 * it is about, so routes answer 409 with the right code instead of 500.
 */
function duplicateField<T>(write: () => T): T {
  try {
    return write()
  } catch (error) {
    const e = error as { code?: string; message?: string }
    if (e.code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error
    const columns = [...(e.message ?? '').matchAll(/accounts\.(\w+)/g)].map((m) => m[1]!)
    const field = columns.map((c) => fieldOfColumn.get(c)).find((f) => f !== undefined && f !== 'type')
    if (!field) throw error
    throw new DuplicateAccountField(field)
  }
}

const toColumnValue = (field: AccountField, value: unknown) =>
  field === 'profile' ? (value === null || value === undefined ? null : JSON.stringify(value)) : (value ?? null)

/**
 * Opens (creating and migrating as needed) the platform's database file, owner-only (0600,
 * and so its -wal and -shm, which SQLite creates with the database's mode); ':memory:' for tests.
 */
export function openSqliteDatabase(file: string): Database.Database {
  const onDisk = file !== ':memory:' && !file.startsWith('file:')
  const companions = [`${file}-wal`, `${file}-shm`, `${file}-journal`]
  if (onDisk) {
    ensurePrivateFile(file)
    companions.forEach(narrowIfPresent)
  }
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // A committed revocation, lock or password change must survive a power cut: WAL's default
  // (NORMAL) may lose the last transactions. FULL syncs the WAL at every commit.
  db.pragma('synchronous = FULL')
  // Deleted rows (retired keys, codes) are overwritten, not left in free pages.
  db.pragma('secure_delete = ON')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, platformMigrations)
  if (onDisk) companions.forEach(narrowIfPresent)
  return db
}

type IdentitySteps = Synchronous<Omit<PlatformStore, 'transaction' | 'close'>>

/** What the identity store does, each method one synchronous step on the database. */
function identitySteps(db: Database.Database): IdentitySteps {
  const q = {
    getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    accountById: db.prepare<[string], AccountRow>(`${selectAccount} WHERE id = ?`),
    // A firm may hold an entity and an agency account under one USCC: the USCC then reaches the
    // entity (as it always has) and the agency signs in with its agency code.
    accountBySignIn: db.prepare<Record<string, string>, AccountRow>(`${selectAccount}
      WHERE login_name = @name COLLATE NOCASE OR phone = @name OR id_number = @upper OR user_code = @upper
        OR (uscc = @upper AND type IN ('entity', 'agency')) OR (agency_code = @name AND type = 'agency')
      ORDER BY login_name = @name COLLATE NOCASE DESC, type = 'agency' LIMIT 1`),
    accountByPhone: db.prepare<[string], AccountRow>(`${selectAccount} WHERE phone = ?`),
    accountByIdNumber: db.prepare<[string], AccountRow>(`${selectAccount} WHERE id_number = ?`),
    accountByUscc: db.prepare<[string, string], AccountRow>(`${selectAccount} WHERE type = ? AND uscc = ?`),
    accountByAgencyCode: db.prepare<[string], AccountRow>(`${selectAccount} WHERE agency_code = ?`),
    addFailure: db.prepare('INSERT INTO sign_in_failures (account_id, at) VALUES (?, ?)'),
    countFailures: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM sign_in_failures WHERE account_id = ? AND at > ?'),
    clearFailures: db.prepare('DELETE FROM sign_in_failures WHERE account_id = ?'),
    addNameFailure: db.prepare('INSERT INTO name_failures (name_key, at) VALUES (?, ?)'),
    forgetNameFailures: db.prepare('DELETE FROM name_failures WHERE at <= ?'),
    forgetNameLocks: db.prepare('DELETE FROM name_locks WHERE locked_until <= ?'),
    countNameFailures: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM name_failures WHERE name_key = ? AND at > ?'),
    clearNameFailures: db.prepare('DELETE FROM name_failures WHERE name_key = ?'),
    nameLock: db.prepare<[string], { until: string }>('SELECT locked_until AS until FROM name_locks WHERE name_key = ?'),
    lockName: db.prepare(
      'INSERT INTO name_locks (name_key, locked_until) VALUES (?, ?) ON CONFLICT(name_key) DO UPDATE SET locked_until = excluded.locked_until'
    ),
    addHistory: db.prepare('INSERT INTO password_history (account_id, password_hash, changed_at) VALUES (?, ?, ?)'),
    recentHistory: db.prepare<[string, number], { password_hash: string }>(
      'SELECT password_hash FROM password_history WHERE account_id = ? ORDER BY changed_at DESC, rowid DESC LIMIT ?'
    ),
    insertFamily: db.prepare('INSERT INTO session_families (id, account_id, device, created_at) VALUES (?, ?, ?, ?)'),
    findFamily: db.prepare<[string], SessionFamilyRecord>(`SELECT id, account_id AS accountId, created_at AS createdAt,
        revoked_at AS revokedAt FROM session_families WHERE id = ?`),
    revokeFamily: db.prepare('UPDATE session_families SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    revokeAll: db.prepare<[string, string, string | null]>(
      'UPDATE session_families SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL AND id IS NOT ?'
    ),
    insertToken: db.prepare('INSERT INTO refresh_tokens (token_hash, family_id, expires_at) VALUES (?, ?, ?)'),
    findToken: db.prepare<[string], RefreshTokenRecord>(`SELECT t.token_hash AS tokenHash, t.family_id AS familyId,
        f.account_id AS accountId, t.expires_at AS expiresAt, t.used_at AS usedAt, t.successor_hash AS successorHash,
        t.superseded_at AS supersededAt, f.created_at AS familyCreatedAt, f.revoked_at AS familyRevokedAt
      FROM refresh_tokens t JOIN session_families f ON f.id = t.family_id WHERE t.token_hash = ?`),
    useToken: db.prepare('UPDATE refresh_tokens SET used_at = ?, successor_hash = ? WHERE token_hash = ? AND used_at IS NULL'),
    setSuccessor: db.prepare('UPDATE refresh_tokens SET successor_hash = ? WHERE token_hash = ?'),
    supersedeToken: db.prepare(
      'UPDATE refresh_tokens SET used_at = @now, superseded_at = @now WHERE token_hash = @hash AND used_at IS NULL'
    ),
    insertCode: db.prepare(`INSERT INTO verification_codes (id, destination, purpose, code_hash, client, created_at, expires_at)
      VALUES (@id, @destination, @purpose, @codeHash, @client, @createdAt, @expiresAt)`),
    latestCode: db.prepare<[string, string], VerificationCodeRecord>(`SELECT id, destination, purpose, code_hash AS codeHash,
        client, created_at AS createdAt, expires_at AS expiresAt, attempts, used_at AS usedAt
      FROM verification_codes WHERE destination = ? AND purpose = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`),
    codesTo: db.prepare<[string, string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM verification_codes WHERE destination = ? AND purpose = ? AND created_at > ?'
    ),
    codesFrom: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM verification_codes WHERE client = ? AND created_at > ?'),
    addAttempt: db.prepare<[string], { attempts: number }>('UPDATE verification_codes SET attempts = attempts + 1 WHERE id = ? RETURNING attempts'),
    useCode: db.prepare('UPDATE verification_codes SET used_at = ? WHERE id = ? AND used_at IS NULL AND attempts < ?'),
    insertSupport: db.prepare(`INSERT INTO support_requests (id, kind, account, contact, body, fingerprint, created_at)
      VALUES (@id, @kind, @account, @contact, @body, @fingerprint, @createdAt)`),
    supportSince: db.prepare<[string, string], SupportRequestRecord>(`SELECT id, kind, account, contact, body, fingerprint, status, reply,
        created_at AS createdAt, answered_at AS answeredAt FROM support_requests WHERE fingerprint = ? AND created_at > ? LIMIT 1`),
    listSupport: db.prepare<[string | null, string | null], SupportRequestRecord>(`SELECT id, kind, account, contact, body, fingerprint,
        status, reply, created_at AS createdAt, answered_at AS answeredAt FROM support_requests
      WHERE ? IS NULL OR status = ? ORDER BY created_at`),
    answerSupport: db.prepare('UPDATE support_requests SET status = ?, reply = ?, answered_at = ? WHERE id = ?'),
    insertOutbox: db.prepare('INSERT INTO outbox (recipient, purpose, code, sent_at) VALUES (?, ?, ?, ?)'),
    outboxFor: db.prepare<[string], OutboxMessage>(
      'SELECT recipient AS "to", purpose, code, sent_at AS sentAt FROM outbox WHERE recipient = ? ORDER BY id'
    )
  }

  const findOne = (row: AccountRow | undefined) => (row ? toAccount(row) : undefined)

  function createAccount(account: NewAccount, now: Date): AccountRecord {
    const record: AccountRecord = {
      status: 'active',
      mustChangeReason: null,
      idType: null,
      idNumber: null,
      uscc: null,
      agencyCode: null,
      userCode: null,
      registrationCode: null,
      profile: null,
      lockedUntil: null,
      ...account,
      createdAt: now.toISOString(),
      passwordChangedAt: now.toISOString()
    }
    const fields = Object.keys(accountColumns) as AccountField[]
    const insert = db.prepare(
      `INSERT INTO accounts (${fields.map((f) => accountColumns[f]).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`
    )
    duplicateField(() => insert.run(...fields.map((f) => toColumnValue(f, record[f]))))
    return findOne(q.accountById.get(account.id))!
  }

  function updateAccount(id: string, patch: AccountPatch): AccountRecord {
    const fields = (Object.keys(patch) as AccountField[]).filter((f) => f in accountColumns)
    if (fields.length) {
      const update = db.prepare(`UPDATE accounts SET ${fields.map((f) => `${accountColumns[f]} = ?`).join(', ')} WHERE id = ?`)
      duplicateField(() => update.run(...fields.map((f) => toColumnValue(f, patch[f as keyof AccountPatch])), id))
    }
    const updated = findOne(q.accountById.get(id))
    if (!updated) throw new Error(`No account ${id}`)
    return updated
  }

  return {
    getSetting: (key) => q.getSetting.get(key)?.value,
    setSetting: (key, value) => void q.setSetting.run(key, value),

    createAccount,
    updateAccount,
    findAccountById: (id) => findOne(q.accountById.get(id)),
    findAccountBySignInName: (name) => findOne(q.accountBySignIn.get({ name, upper: name.toUpperCase() })),
    findAccountByPhone: (phone) => findOne(q.accountByPhone.get(phone)),
    findAccountByIdNumber: (idNumber) => findOne(q.accountByIdNumber.get(idNumber)),
    findAccountByUscc: (type, uscc) => findOne(q.accountByUscc.get(type, uscc)),
    findAccountByAgencyCode: (code) => findOne(q.accountByAgencyCode.get(code)),

    recordSignInFailure: (accountId, at) => void q.addFailure.run(accountId, at.toISOString()),
    countSignInFailuresSince: (accountId, since) => q.countFailures.get(accountId, since.toISOString())!.n,
    clearSignInFailures: (accountId) => void q.clearFailures.run(accountId),

    recordNameFailure: (nameKey, at, forgetBefore) =>
      db.transaction(() => {
        q.forgetNameFailures.run(forgetBefore.toISOString())
        q.forgetNameLocks.run(at.toISOString())
        q.addNameFailure.run(nameKey, at.toISOString())
      })(),
    countNameFailuresSince: (nameKey, since) => q.countNameFailures.get(nameKey, since.toISOString())!.n,
    clearNameFailures: (nameKey) => void q.clearNameFailures.run(nameKey),
    nameLockedUntil: (nameKey) => q.nameLock.get(nameKey)?.until,
    lockName: (nameKey, until) => void q.lockName.run(nameKey, until.toISOString()),

    addPasswordHistory: (accountId, hash, at) => void q.addHistory.run(accountId, hash, at.toISOString()),
    recentPasswordHashes: (accountId, count) => q.recentHistory.all(accountId, count).map((r) => r.password_hash),

    createSessionFamily: (f, now) => void q.insertFamily.run(f.id, f.accountId, f.device, now.toISOString()),
    findSessionFamily: (id) => q.findFamily.get(id),
    revokeFamily: (id, now) => void q.revokeFamily.run(now.toISOString(), id),
    revokeAllFamilies: (accountId, now, except) => void q.revokeAll.run(now.toISOString(), accountId, except ?? null),
    addRefreshToken: (t) => void q.insertToken.run(t.tokenHash, t.familyId, t.expiresAt),
    findRefreshToken: (hash) => q.findToken.get(hash),
    markRefreshTokenUsed: (hash, now, successor) => q.useToken.run(now.toISOString(), successor, hash).changes === 1,
    setRefreshTokenSuccessor: (hash, successor) => void q.setSuccessor.run(successor, hash),
    supersedeRefreshToken: (hash, now) => q.supersedeToken.run({ now: now.toISOString(), hash }).changes === 1,

    addVerificationCode: (code) => void q.insertCode.run(code),
    latestVerificationCode: (destination, purpose) => q.latestCode.get(destination, purpose),
    countCodesToSince: (destination, purpose, since) => q.codesTo.get(destination, purpose, since.toISOString())!.n,
    countCodesFromSince: (client, since) => q.codesFrom.get(client, since.toISOString())!.n,
    addCodeAttempt: (id) => q.addAttempt.get(id)?.attempts ?? 0,
    markCodeUsed: (id, at, maxAttempts) => q.useCode.run(at.toISOString(), id, maxAttempts).changes === 1,

    addSupportRequest: (r) => void q.insertSupport.run(r),
    findSupportRequestSince: (fingerprint, since) => q.supportSince.get(fingerprint, since.toISOString()),
    listSupportRequests: (status) => q.listSupport.all(status ?? null, status ?? null),
    answerSupportRequest: (id, status, reply, at) => q.answerSupport.run(status, reply, at.toISOString(), id).changes === 1,

    addOutboxMessage: (m) => void q.insertOutbox.run(m.to, m.purpose, m.code, m.sentAt),
    outboxFor: (to) => q.outboxFor.all(to)
  }
}

/**
 * The `PlatformStore` over a connection to the platform's database (`openSqliteDatabase`),
 * shared with the filing store: a transaction's steps run on its turn of the connection.
 */
export function sqlitePlatformStore(connection: SqliteConnection): PlatformStore {
  const steps = identitySteps(connection.db)
  const within = (run: StepRunner): PlatformStore => {
    const tx: PlatformStore = {
      ...runEach(steps, run),
      transaction: (fn) => fn(tx),
      close: () => Promise.reject(new Error('A transaction is not closed: its store is'))
    }
    return tx
  }
  return {
    ...runEach(steps, connection.step),
    transaction: (fn) => connection.transaction((run) => fn(within(run))),
    close: () => connection.close()
  }
}
