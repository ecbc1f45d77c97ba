import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createAccountStore } from './account-store'
import { openClientDatabase } from './database'
import { clientMigrations } from './migrations'

const file = () => join(mkdtempSync(join(tmpdir(), 'patentdesk-store-')), 'patentdesk.sqlite')
const known = (id: string, at: string) => ({
  id,
  loginName: `login-${id}`,
  displayName: `Name ${id}`,
  type: 'person',
  remembered: true,
  lastSignedInAt: at
})

describe('client store', () => {
  it('creates the schema in WAL mode at the latest version', () => {
    const db = openClientDatabase(file())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(clientMigrations.length)
    db.close()
  })

  it('keeps known accounts per platform origin across a restart, most recent first', () => {
    const path = file()
    let db = openClientDatabase(path)
    const a = createAccountStore(db, 'https://a.example')
    a.remember(known('1', '2026-01-01T00:00:00.000Z'))
    a.remember(known('2', '2026-02-01T00:00:00.000Z'))
    a.setActiveAccountId('2')
    createAccountStore(db, 'https://b.example').remember(known('3', '2026-03-01T00:00:00.000Z'))
    db.close()

    db = openClientDatabase(path)
    const again = createAccountStore(db, 'https://a.example')
    expect(again.list().map((r) => r.id)).toEqual(['2', '1'])
    expect(again.activeAccountId()).toBe('2')
    again.setRemembered('2', false)
    again.setActiveAccountId(null)
    expect(again.get('2')?.remembered).toBe(false)
    expect(again.activeAccountId()).toBeUndefined()
    expect(createAccountStore(db, 'https://b.example').list()).toHaveLength(1)
    db.close()
  })

  it('writes a sign-in and a sign-out whole or not at all', () => {
    const db = openClientDatabase(file())
    const store = createAccountStore(db, 'https://a.example')
    // The second write of each pair fails, as a full disk or a crash between them would.
    db.exec(`CREATE TRIGGER no_switch BEFORE INSERT ON app_state BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect(() => store.recordSignIn(known('1', '2026-01-01T00:00:00.000Z'))).toThrow(/disk full/)
    expect(store.list()).toEqual([])
    db.exec('DROP TRIGGER no_switch')

    store.recordSignIn(known('1', '2026-01-01T00:00:00.000Z'))
    expect(store.activeAccountId()).toBe('1')
    db.exec(`CREATE TRIGGER no_leave BEFORE DELETE ON app_state BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect(() => store.recordSignOut('1')).toThrow(/disk full/)
    expect(store.get('1')?.remembered).toBe(true)
    db.exec('DROP TRIGGER no_leave')

    store.recordSignOut('1')
    expect(store.get('1')?.remembered).toBe(false)
    expect(store.activeAccountId()).toBeUndefined()
    db.close()
  })

  it('signing one account out leaves another active account active', () => {
    const db = openClientDatabase(file())
    const store = createAccountStore(db, 'https://a.example')
    store.recordSignIn(known('1', '2026-01-01T00:00:00.000Z'))
    store.recordSignIn(known('2', '2026-01-02T00:00:00.000Z'))
    store.recordSignOut('1')
    expect(store.activeAccountId()).toBe('2')
    expect(store.get('2')?.remembered).toBe(true)
    db.close()
  })

  it('refuses a database written by a newer version instead of damaging it', () => {
    const path = file()
    openClientDatabase(path).close()
    const raw = new Database(path)
    raw.pragma(`user_version = ${clientMigrations.length + 1}`)
    raw.close()
    expect(() => openClientDatabase(path)).toThrow(/newer than this program/)
  })
})
