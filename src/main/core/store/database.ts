import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from '../../../shared/migrate'
import { clientMigrations } from './migrations'

export type ClientDatabase = Database.Database

/**
 * Opens the client's SQLite file (WAL, migrated). `nativeBinding` points better-sqlite3 at a
 * binary built for Electron's ABI; under Node the package's own build is used.
 */
export function openClientDatabase(file: string, nativeBinding?: string): ClientDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file, nativeBinding ? { nativeBinding } : {})
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, clientMigrations)
  return db
}
