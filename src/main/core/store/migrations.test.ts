import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../shared/migrate'
import { createAccountStore } from './account-store'
import { openClientDatabase } from './database'
import { clientMigrations } from './migrations'

const file = () => join(mkdtempSync(join(tmpdir(), 'patentdesk-migrate-')), 'patentdesk.sqlite')

/** A file as an earlier release left it: migrated up to `version`, with one known account. */
function fileAtVersion(version: number): string {
  const path = file()
  const raw = new Database(path)
  migrate(raw, clientMigrations.slice(0, version))
  raw
    .prepare('INSERT INTO accounts (origin, id, login_name, display_name, type, remembered, last_signed_in_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run('https://a.example', 'a1', 'zhang', '张三', 'person', 1, '2026-01-01T00:00:00.000Z')
  raw.close()
  return path
}

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name)

describe('client migrations', () => {
  it('2 adds the password policy cache to a version-1 file and keeps its accounts', () => {
    const db = openClientDatabase(fileAtVersion(1))
    expect(tables(db)).toContain('password_policies')
    expect(createAccountStore(db, 'https://a.example').get('a1')?.loginName).toBe('zhang')
    db.close()
  })

  it('3 adds the list of support requests to a version-2 file and keeps its accounts', () => {
    const db = openClientDatabase(fileAtVersion(2))
    expect(tables(db)).toContain('support_requests')
    expect(createAccountStore(db, 'https://a.example').list()).toHaveLength(1)
    db.close()
  })
})
