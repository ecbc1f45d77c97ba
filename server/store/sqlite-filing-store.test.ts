import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { draftContentSchema } from '../../src/shared/filing/draft-content'
import { migrate } from '../../src/shared/migrate'
import type { FileSubmissionInput, FilingStore } from './filing-store'
import { platformMigrations } from './migrations'
import { openSqliteStores } from './sqlite-stores'

const open: { close(): unknown }[] = []
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
})

async function platformFile() {
  const file = join(mkdtempSync(join(tmpdir(), 'patentdesk-filing-store-')), 'platform.sqlite')
  const { store: identity, filing } = openSqliteStores(file)
  open.push(filing)
  const account = await identity.createAccount(
    { id: randomUUID(), loginName: `a-${randomUUID()}`, type: 'person', displayName: 'a', passwordHash: 'x', phone: null, email: null },
    new Date()
  )
  return { file, filing, accountId: account.id }
}

const filingOf = (filing: FilingStore, accountId: string, draftId: string, extra: Partial<FileSubmissionInput> = {}) =>
  filing.fileSubmission({
    accountId,
    draftId,
    revision: 1,
    idempotencyKey: randomUUID(),
    year: 2026,
    typeDigit: 1,
    filedAt: '2026-05-01T00:00:00.000Z',
    formatNumber: (serial) => `serial-${serial}`,
    receipt: () => ({ title: 'receipt', body: '' }),
    ...extra
  })

describe('SQLite filing store', () => {
  it('gives back the serial of a filing that failed half-way, so the series keeps no gap', async () => {
    const { filing, accountId } = await platformFile()
    const content = draftContentSchema.parse({ type: 'invention' })
    const ids = [randomUUID(), randomUUID()]
    for (const id of ids) await filing.putDraft({ accountId, id, baseRevision: 0, content, at: 'now' })
    const failing = filingOf(filing, accountId, ids[0]!, {
      receipt: () => {
        throw new Error('notice could not be written')
      }
    })
    await expect(failing).rejects.toThrow(/notice/)
    expect((await filing.findDraft(ids[0]!))?.submission).toBeNull()
    const next = await filingOf(filing, accountId, ids[1]!)
    expect(next.kind === 'filed' && next.receipt.applicationNumber).toBe('serial-1')
  })

  it('brings a database of the identity-only schema up to date, keeping its notices', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'patentdesk-filing-store-')), 'platform.sqlite')
    const old = new Database(file)
    migrate(old, platformMigrations.filter((m) => m.version <= 4))
    old.prepare(`INSERT INTO accounts (id, login_name, type, display_name, password_hash, password_changed_at, created_at)
      VALUES ('acc', 'old', 'person', 'old', 'x', 'then', 'then')`).run()
    old.prepare(`INSERT INTO notices (id, account_id, kind, title, body, created_at) VALUES ('n1', 'acc', 'other', 'before', '', 'then')`).run()
    old.close()
    const { filing } = openSqliteStores(file)
    open.push(filing)
    expect(await filing.noticesSince('acc', 0, 10)).toEqual([
      { seq: 1, id: 'n1', kind: 'other', title: 'before', body: '', issuedAt: 'then', read: false }
    ])
  })
})
