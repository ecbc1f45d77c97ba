import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { migrateAccountDatabase } from './account-migrations'
import { createDraftStore, type DraftStore } from './draft-store'

let db: Database.Database
let drafts: DraftStore
let clock = 0
const outboxRows = () => db.prepare('SELECT kind, target, version FROM outbox ORDER BY seq').all()

beforeEach(() => {
  db = new Database(':memory:')
  migrateAccountDatabase(db)
  clock = Date.parse('2026-05-01T00:00:00Z')
  drafts = createDraftStore(db, { now: () => new Date((clock += 1000)) })
})

const created = (content: object = { type: 'invention', title: '太阳能充电装置' }) => {
  const r = drafts.create({ content: content as never })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('draft store: writes', () => {
  it('creates a draft and queues it for the platform in the same write', () => {
    const d = created()
    expect(drafts.get(d.id)).toMatchObject({ id: d.id, version: 1, serverRevision: 0, synced: false, status: 'draft' })
    expect(drafts.get(d.id)!.content).toMatchObject({ type: 'invention', title: '太阳能充电装置', claims: [] })
    expect(outboxRows()).toEqual([{ kind: 'put_draft', target: d.id, version: 1 }])
  })

  it('takes a whole draft or a patch of the fields that changed', () => {
    const d = created()
    const whole = drafts.update(d.id, { content: { type: 'invention', title: '新名称', claims: ['1. 一种装置'] } })
    expect(whole.ok && whole.value.version).toBe(2)
    const patched = drafts.update(d.id, { patch: { abstract: '摘要', claims: ['1. 一种装置', '2. 根据权利要求1'] } })
    expect(patched.ok && patched.value.content).toMatchObject({ title: '新名称', abstract: '摘要', claims: ['1. 一种装置', '2. 根据权利要求1'] })
    expect(outboxRows().map((r) => (r as { version: number }).version)).toEqual([1, 2, 3])
  })

  it('refuses a change that is not a draft, and writes nothing', () => {
    const d = created()
    const bad = drafts.update(d.id, { patch: { type: 'trademark' } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { type: expect.any(String) } } })
    expect(drafts.get(d.id)!.version).toBe(1)
    expect(outboxRows()).toHaveLength(1)
  })

  it('rolls the content back when its outbox row cannot be written: never one without the other', () => {
    const d = created()
    db.exec(`CREATE TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect(() => drafts.update(d.id, { patch: { title: 'lost?' } })).toThrow(/disk full/)
    expect(drafts.get(d.id)).toMatchObject({ version: 1, title: '太阳能充电装置' })
    expect(drafts.versions(d.id)).toHaveLength(1)
  })

  it('keeps the last 20 versions, any of which can be restored as a new version', () => {
    const d = created({ type: 'invention', title: 'v1' })
    for (let v = 2; v <= 25; v++) drafts.update(d.id, { patch: { title: `v${v}` } })
    const kept = drafts.versions(d.id).map((v) => v.version)
    expect(kept).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i))
    const restored = drafts.restore(d.id, 10)
    expect(restored.ok && [restored.value.version, restored.value.title]).toEqual([26, 'v10'])
    expect(drafts.restore(d.id, 5)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('lists each kept version with the size of its parts, so versions can be told apart', () => {
    const d = created({ type: 'invention', title: '水杯', claims: ['一种水杯。'], description: '本发明涉及水杯。' })
    drafts.update(d.id, { patch: { claims: ['一种水杯。', '根据权利要求1所述的水杯。'], abstract: '一种水杯。', applicants: [{ name: '周八', kind: 'person' }] } })
    expect(drafts.versions(d.id).map(({ savedAt: _at, ...v }) => v)).toEqual([
      { version: 2, title: '水杯', applicants: 1, claims: 2, descriptionLength: 8, abstractLength: 5, attachments: 0 },
      { version: 1, title: '水杯', applicants: 0, claims: 1, descriptionLength: 8, abstractLength: 0, attachments: 0 }
    ])
  })

  it('deletes a draft the platform never saw without a word to it, and tells the platform about one it has', () => {
    const local = created()
    expect(drafts.remove(local.id)).toEqual({ ok: true, value: { deleted: true } })
    expect(drafts.get(local.id)).toBeUndefined()
    expect(drafts.list().total).toBe(0)
    expect(outboxRows()).toEqual([])

    const synced = created()
    db.prepare('UPDATE drafts SET server_revision = 3 WHERE id = ?').run(synced.id)
    db.prepare('DELETE FROM outbox').run()
    drafts.remove(synced.id)
    expect(drafts.get(synced.id)).toBeUndefined()
    expect(drafts.list().total).toBe(0)
    expect(outboxRows()).toEqual([{ kind: 'delete_draft', target: synced.id, version: 2 }])
  })

  it('will not change or delete a draft that is filed or waiting to be filed', () => {
    const d = created()
    db.prepare(`UPDATE drafts SET status = 'submitting' WHERE id = ?`).run(d.id)
    expect(drafts.update(d.id, { patch: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'DRAFT_SUBMITTED' } })
    expect(drafts.remove(d.id)).toMatchObject({ ok: false, error: { code: 'DRAFT_SUBMITTED' } })
    expect(drafts.restore(d.id, 1)).toMatchObject({ ok: false, error: { code: 'DRAFT_SUBMITTED' } })
  })
})

describe('draft store: list', () => {
  it('searches titles and parties by every word, filters, sorts and pages', () => {
    const a = created({ type: 'invention', title: '太阳能充电装置', applicants: [{ kind: 'entity', name: '华光科技有限公司' }] })
    const b = created({ type: 'utility_model', title: '折叠式太阳能板', inventors: [{ name: '李明' }] })
    const c = created({ type: 'design', title: '手机壳 (100%_new)' })
    db.prepare(`UPDATE drafts SET status = 'submitted', application_number = '202610000001.X' WHERE id = ?`).run(c.id)
    const ids = (q: Parameters<DraftStore['list']>[0]) => drafts.list(q).items.map((d) => d.id)

    expect(ids({ search: '太阳能' }).sort()).toEqual([a.id, b.id].sort())
    expect(ids({ search: '太阳能 华光' })).toEqual([a.id])
    expect(ids({ search: '李明' })).toEqual([b.id])
    expect(ids({ search: '%_' })).toEqual([c.id])
    expect(ids({ type: 'utility_model' })).toEqual([b.id])
    expect(ids({ status: 'submitted' })).toEqual([c.id])
    expect(ids({})).toEqual([c.id, b.id, a.id])
    expect(ids({ sort: 'updatedAt', order: 'asc' })).toEqual([a.id, b.id, c.id])
    expect(drafts.list({ limit: 2, offset: 2 })).toMatchObject({ total: 3, items: [{ id: a.id }] })
    expect(ids({ conflicts: true })).toEqual([])
  })
})

describe('draft store: undoing a deletion', () => {
  const pushed = (content?: object) => {
    const d = created(content)
    db.prepare('UPDATE drafts SET server_revision = 3 WHERE id = ?').run(d.id)
    db.prepare('DELETE FROM outbox').run()
    return d
  }

  it('brings back the same draft, its versions and attachments, and sends it to the platform instead of the deletion', () => {
    const figure = { kind: 'drawing', name: '图1.png', sha256: 'a'.repeat(64), size: 10, mime: 'image/png' }
    const d = pushed({ type: 'invention', title: 'v1', attachments: [figure] })
    drafts.update(d.id, { patch: { title: 'v2' } })
    drafts.remove(d.id)
    expect(outboxRows()).toEqual([{ kind: 'delete_draft', target: d.id, version: 3 }])

    const back = drafts.undelete(d.id)
    expect(back).toMatchObject({ ok: true, value: { id: d.id, title: 'v2', version: 4, serverRevision: 3, synced: false } })
    expect(drafts.get(d.id)!.content.attachments).toEqual([figure])
    expect(drafts.versions(d.id).map((v) => v.title)).toEqual(['v2', 'v1'])
    expect(drafts.list().items.map((i) => i.id)).toEqual([d.id])
    // The pending deletion is gone; the put carries the edits made before it, too.
    expect(outboxRows()).toEqual([{ kind: 'put_draft', target: d.id, version: 4 }])
  })

  it('brings back a draft the platform never saw, queued for it as a new one', () => {
    const d = created()
    drafts.remove(d.id)
    expect(drafts.undelete(d.id)).toMatchObject({ ok: true, value: { id: d.id, serverRevision: 0 } })
    expect(outboxRows()).toEqual([{ kind: 'put_draft', target: d.id, version: 3 }])
  })

  it('answers NOT_FOUND for a draft that is not deleted, or unknown, and changes nothing', () => {
    const d = created()
    expect(drafts.undelete(d.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(drafts.undelete('8a1f4c7e-0000-4000-8000-000000000000')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(drafts.get(d.id)!.version).toBe(1)
    expect(outboxRows()).toHaveLength(1)
  })

  it('forgets, with their versions, only the deletions older than the cut-off that the platform knows of', () => {
    const local = created()
    const waiting = pushed()
    const recent = created()
    drafts.remove(local.id)
    drafts.remove(waiting.id)
    const cutOff = new Date(clock + 500)
    drafts.remove(recent.id)

    expect(drafts.purgeTombstones(cutOff)).toBe(1)
    expect(drafts.undelete(local.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(drafts.versions(local.id)).toEqual([])
    // Its deletion has not reached the platform yet: it stays restorable until it has.
    expect(drafts.undelete(waiting.id).ok).toBe(true)
    expect(drafts.undelete(recent.id).ok).toBe(true)
  })

  it('leaves a deleted conflict copy out of every count until it is brought back', () => {
    const original = pushed()
    db.prepare('UPDATE drafts SET conflict_of = ? WHERE id = ?').run(original.id, created().id)
    const copy = drafts.list({ conflicts: true }).items[0]!
    expect(drafts.get(original.id)!.state).toBe('conflict')
    drafts.remove(copy.id)
    expect(drafts.get(original.id)!.state).toBe('draft')
    expect(drafts.list({ state: 'conflict' }).total).toBe(0)
    expect(drafts.list({ conflicts: true }).total).toBe(0)
    expect(drafts.list().total).toBe(1)
    drafts.undelete(copy.id)
    expect(drafts.get(original.id)!.state).toBe('conflict')
    expect(drafts.list({ conflicts: true }).items.map((i) => i.id)).toEqual([copy.id])
  })
})
