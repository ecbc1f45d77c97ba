import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrateAccountDatabase } from './account-migrations'

/**
 * Opens one account's SQLite file with the filing schema: WAL (a reader never waits for the
 * autosave), FULL sync (a committed draft version or a stored submission survives a power cut),
 * the folder private to the user. `nativeBinding` as in openClientDatabase.
 */
export function openAccountDatabase(file: string, nativeBinding?: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  const db = new Database(file, nativeBinding ? { nativeBinding } : {})
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrateAccountDatabase(db)
  } catch (cause) {
    db.close()
    throw cause
  }
  return db
}
