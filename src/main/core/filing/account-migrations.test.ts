import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openAccountDatabase } from '../store/account-database'
import { accountMigrations, filingMigrationList } from './account-migrations'
import { createDraftStore } from './draft-store'

const origin = 'http://127.0.0.1:8720'
const plan = (db: Database.Database, sql: string) =>
  db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => (row as { detail: string }).detail)

describe('filing migrations of an account file', () => {
  it('2: a file of version 1 keeps its drafts, and the drafts list by state and order reads only an index, never the drafts’ text', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-account-'))
    const old = openAccountDatabase('a1', { dataDir, origin, extraMigrations: [{ name: 'filing', migrations: accountMigrations.slice(0, 1) }] })
    expect(createDraftStore(old).create({ content: { type: 'invention', title: '旧文件里的草稿' } }).ok).toBe(true)
    old.close()

    const db = openAccountDatabase('a1', { dataDir, origin, extraMigrations: [filingMigrationList] })
    expect(db.prepare(`SELECT version FROM migration_lists WHERE name = 'filing'`).get()).toEqual({ version: 2 })
    expect(createDraftStore(db).list({ state: 'draft' }).items.map((d) => d.title)).toEqual(['旧文件里的草稿'])
    for (const order of ['updated_at', 'created_at', 'title']) {
      const steps = plan(db, `SELECT d.id FROM drafts d WHERE d.deleted = 0 AND d.status = 'draft' AND d.type = 'design' ORDER BY d.${order} DESC, d.id DESC LIMIT 50`)
      expect(steps).toEqual([expect.stringMatching(/^SEARCH d USING COVERING INDEX drafts_\w+ \(deleted=\?\)$/)])
    }
    db.close()
  })
})
