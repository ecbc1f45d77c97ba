import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { passwordPolicyPresets } from '../../../shared/password-policy'
import { openClientDatabase } from './database'
import { createPolicyCache } from './policy-cache'

const file = () => join(mkdtempSync(join(tmpdir(), 'patentdesk-policy-')), 'patentdesk.sqlite')

describe('password policy cache', () => {
  it('keeps the last policy per platform across a restart', () => {
    const path = file()
    let db = openClientDatabase(path)
    createPolicyCache(db, 'https://a.example').save(passwordPolicyPresets.office, new Date('2026-01-01T00:00:00Z'))
    createPolicyCache(db, 'https://a.example').save(passwordPolicyPresets.nist, new Date('2026-02-01T00:00:00Z'))
    db.close()

    db = openClientDatabase(path)
    expect(createPolicyCache(db, 'https://a.example').load()).toEqual({
      policy: passwordPolicyPresets.nist,
      fetchedAt: '2026-02-01T00:00:00.000Z'
    })
    expect(createPolicyCache(db, 'https://b.example').load()).toBeUndefined()
    db.close()
  })

  it('treats a damaged or foreign-shaped row as no cache', () => {
    const path = file()
    openClientDatabase(path).close()
    const raw = new Database(path)
    raw.prepare('INSERT INTO password_policies VALUES (?, ?, ?)').run('https://a.example', '{not json', '2026-01-01')
    raw.prepare('INSERT INTO password_policies VALUES (?, ?, ?)').run('https://b.example', '{"minLength":"eight"}', '2026-01-01')
    raw.close()
    const db = openClientDatabase(path)
    expect(createPolicyCache(db, 'https://a.example').load()).toBeUndefined()
    expect(createPolicyCache(db, 'https://b.example').load()).toBeUndefined()
    db.close()
  })
})
