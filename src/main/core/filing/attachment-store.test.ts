import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { ATTACHMENT_MAX_BYTES } from '../../../shared/filing/attachment-type'
import { migrateAccountDatabase } from './account-migrations'
import { createAttachmentStore, type AttachmentStore } from './attachment-store'

const png = (tag: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(tag)])
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

let dir: string
let store: AttachmentStore

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'patentdesk-attachments-'))
  const db = new Database(':memory:')
  migrateAccountDatabase(db)
  store = createAttachmentStore(db, join(dir, 'attachments'))
})

describe('attachment store', () => {
  it('keeps a file once under its SHA-256 and gives the same bytes back', async () => {
    const bytes = png('fig 1')
    const first = await store.add(bytes)
    expect(first).toEqual({ ok: true, value: { sha256: sha(bytes), size: bytes.length, mime: 'image/png', created: true } })
    expect(await store.add(bytes)).toMatchObject({ ok: true, value: { created: false } })
    expect(readdirSync(join(dir, 'attachments', sha(bytes).slice(0, 2)))).toEqual([sha(bytes)])
    expect(Buffer.compare(Buffer.from((await store.read(sha(bytes)))!), bytes)).toBe(0)
  })

  it('refuses what the platform would refuse: other types by their bytes, and files over the limit', async () => {
    expect(await store.add(Buffer.from('MZ\x90\x00 not a drawing'))).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_TYPE' } })
    const big = join(dir, 'big.pdf')
    writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.7'), Buffer.alloc(ATTACHMENT_MAX_BYTES)]))
    expect(await store.addFile(big)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect(readdirSync(join(dir))).toEqual(['big.pdf'])
  })

  it('does not hand on a file that changed on disk, and adding it again repairs it', async () => {
    const bytes = png('fig 2')
    await store.add(bytes)
    writeFileSync(store.pathOf(sha(bytes)), png('tampered'))
    expect(await store.read(sha(bytes))).toBeUndefined()
    await store.add(bytes)
    expect(Buffer.compare(Buffer.from((await store.read(sha(bytes)))!), bytes)).toBe(0)
  })
})

describe('files no draft refers to', () => {
  it('are removed once their drafts are gone for good; a file a draft or a kept version still shows, or one just added, stays', async () => {
    const db = new Database(':memory:')
    migrateAccountDatabase(db)
    let now = new Date('2026-11-01T00:00:00Z')
    const files = createAttachmentStore(db, join(dir, 'attachments'), { now: () => now })
    const [inDraft, inVersion, orphan] = await Promise.all(['in draft', 'in version', 'orphan'].map((t) => files.add(png(t))))
    const ref = (r: typeof inDraft) => (r.ok ? { sha256: r.value.sha256, name: 'fig.png', size: r.value.size, mime: 'image/png', kind: 'drawing' } : null)
    const content = (refs: unknown[]) => JSON.stringify({ type: 'invention', title: '', attachments: refs })
    db.prepare(`INSERT INTO drafts (id, type, title, status, version, server_revision, content, search_text, created_at, updated_at, deleted)
      VALUES ('d1', 'invention', '', 'draft', 2, 0, ?, '', ?, ?, 0)`).run(content([ref(inDraft)]), now.toISOString(), now.toISOString())
    db.prepare(`INSERT INTO draft_versions (draft_id, version, content, saved_at) VALUES ('d1', 1, ?, ?)`).run(content([ref(inVersion)]), now.toISOString())
    now = new Date('2026-11-03T00:00:00Z')
    const fresh = await files.add(png('fresh'))

    expect(await files.forgetUnused(new Date('2026-11-02T00:00:00Z'))).toBe(1)
    const orphanSha = orphan.ok ? orphan.value.sha256 : ''
    expect(files.get(orphanSha)).toBeUndefined()
    expect(existsSync(files.pathOf(orphanSha))).toBe(false)
    for (const kept of [inDraft, inVersion, fresh]) expect(kept.ok && (await files.read(kept.value.sha256))).toBeTruthy()
    // A file added again counts as new: the draft about to refer to it finds it.
    now = new Date('2026-11-05T00:00:00Z')
    expect(await files.add(png('fresh'))).toMatchObject({ ok: true, value: { created: false } })
    expect(await files.forgetUnused(new Date('2026-11-04T00:00:00Z'))).toBe(0)
    expect(await files.forgetUnused(new Date('2026-11-06T00:00:00Z'))).toBe(1)
  })
})
