import { createHash } from 'node:crypto'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, migrateList, type Migration } from '../../../shared/migrate'
import { accountMigrations } from './account-migrations'
import type { ClientDatabase } from './database'

/** A module's own migrations for account files, tracked under its name (e.g. `drafts`). */
export type AccountMigrationList = { name: string; migrations: readonly Migration[] }

export type AccountDatabaseOptions = {
  dataDir: string
  origin: string
  nativeBinding?: string
  /** Lists of other modules (drafts, notices), applied after the account's own. */
  extraMigrations?: readonly AccountMigrationList[]
}

/** Account ids come from the platform; only these characters may become a file name. */
const safeId = /^[A-Za-z0-9_-]{1,128}$/

const originFolder = (origin: string): string =>
  createHash('sha256').update(new URL(origin).origin).digest('hex').slice(0, 16)

export const accountsDir = (dataDir: string, origin: string): string => join(dataDir, 'accounts', originFolder(origin))

export function accountDatabasePath(dataDir: string, origin: string, accountId: string): string {
  if (!safeId.test(accountId)) throw new Error('Account id is not usable as a file name')
  return join(accountsDir(dataDir, origin), `${accountId}.sqlite`)
}

/**
 * Opens one account's own SQLite file, readable by this user only (folder 0700, file 0600):
 * nothing of one account is ever stored where another account's session reads.
 */
export function openAccountDatabase(accountId: string, options: AccountDatabaseOptions): ClientDatabase {
  const file = accountDatabasePath(options.dataDir, options.origin, accountId)
  const dir = accountsDir(options.dataDir, options.origin)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(join(options.dataDir, 'accounts'), 0o700)
  chmodSync(dir, 0o700)
  // Created empty with the right mode first, so the file is never readable by others, not even for a moment.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600))
  chmodSync(file, 0o600)
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, accountMigrations)
    for (const list of options.extraMigrations ?? []) migrateList(db, list.name, list.migrations)
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/** Deletes an account's file with its WAL companions; the handle must be closed first. */
export function deleteAccountDatabase(dataDir: string, origin: string, accountId: string): void {
  const file = accountDatabasePath(dataDir, origin, accountId)
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true })
}

export const accountDatabaseExists = (dataDir: string, origin: string, accountId: string): boolean =>
  existsSync(accountDatabasePath(dataDir, origin, accountId))
