import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAccountLocal } from './account-local'
import {
  accountDatabaseExists,
  accountDatabasePath,
  deleteAccountDatabase,
  openAccountDatabase
} from './account-database'
import { accountMigrations } from './account-migrations'

const dataDir = () => mkdtempSync(`${tmpdir()}/patentdesk-accounts-`)
const origin = 'https://platform.example'
const drafts = { name: 'drafts', migrations: [{ version: 1, name: 'drafts', up: 'CREATE TABLE drafts (id TEXT PRIMARY KEY)' }] }

describe('account database', () => {
  it('is a file of its own per account, readable by this user only', () => {
    const dir = dataDir()
    const db = openAccountDatabase('acc-1', { dataDir: dir, origin })
    const file = accountDatabasePath(dir, origin, 'acc-1')
    expect(file).toMatch(/accounts\/[0-9a-f]{16}\/acc-1\.sqlite$/)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700)
    expect(db.pragma('user_version', { simple: true })).toBe(accountMigrations.length)
    db.close()
    expect(accountDatabasePath(dir, 'https://other.example', 'acc-1')).not.toBe(file)
  })

  it('applies the migrations other modules bring, each list counted on its own, once', () => {
    const dir = dataDir()
    openAccountDatabase('acc-1', { dataDir: dir, origin, extraMigrations: [drafts] }).close()
    const again = openAccountDatabase('acc-1', { dataDir: dir, origin, extraMigrations: [drafts] })
    again.prepare('INSERT INTO drafts (id) VALUES (?)').run('d1')
    expect(again.prepare('SELECT version FROM migration_lists WHERE name = ?').get('drafts')).toEqual({ version: 1 })
    expect(again.pragma('user_version', { simple: true })).toBe(accountMigrations.length)
    again.close()
  })

  it('refuses an account id that could escape the accounts folder', () => {
    for (const id of ['../x', 'a/b', '', '.']) expect(() => accountDatabasePath(dataDir(), origin, id)).toThrow()
  })

  it('keeps settings apart per account and deletes one account’s file without touching another', () => {
    const dir = dataDir()
    const a = createAccountLocal(openAccountDatabase('acc-a', { dataDir: dir, origin }))
    const b = createAccountLocal(openAccountDatabase('acc-b', { dataDir: dir, origin }))
    a.setSetting('docketPrefix', 'A-2026-')
    expect(a.settings()).toEqual({ docketPrefix: 'A-2026-' })
    expect(b.settings()).toEqual({})
    a.close()
    deleteAccountDatabase(dir, origin, 'acc-a')
    expect(accountDatabaseExists(dir, origin, 'acc-a')).toBe(false)
    expect(accountDatabaseExists(dir, origin, 'acc-b')).toBe(true)
    b.close()
  })
})
