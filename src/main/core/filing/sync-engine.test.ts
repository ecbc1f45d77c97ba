import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeInvention, pngBytes, sha256, signedInAccount } from '../../../../test/filing-data'
import { filingDevice, type FilingDevice } from '../../../../test/filing-device'
import { caller, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { switchableProxy } from '../../../../test/switchable-proxy'

let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform()
  call = caller(platform)
})
afterAll(() => platform.close())

/** Two computers signed in to one new account. */
async function twoDevices() {
  const account = await signedInAccount(platform)
  const a = filingDevice(platform.url, () => account.token)
  const b = filingDevice(platform.url, () => account.token)
  return { account, a, b }
}
const sync = async (device: FilingDevice) => {
  const result = await device.engine.syncNow()
  if (!result.ok) throw new Error(`sync failed: ${result.error.code} ${result.error.message}`)
  return result.value
}
const create = (device: FilingDevice, content: object) => {
  const r = device.drafts.create({ content: content as never })
  if (!r.ok) throw new Error(r.error.message)
  return r.value.id
}
const edit = (device: FilingDevice, id: string, patch: object) => {
  const r = device.drafts.update(id, { patch: patch as never })
  if (!r.ok) throw new Error(r.error.message)
}
const platformDrafts = async (token: string) =>
  (await call('GET', '/api/v1/drafts', undefined, { token })).body.changes as { id: string; revision: number; content: { title: string } }[]

describe('push', () => {
  it('sends every local write in order, one request per draft, and settles the outbox', async () => {
    const { account, a } = await twoDevices()
    const first = create(a, { type: 'invention', title: 'one' })
    const second = create(a, { type: 'design', title: 'two' })
    for (let i = 0; i < 5; i++) edit(a, first, { title: `one v${i}` })
    expect(a.drafts.get(first)!.synced).toBe(false)

    expect(await sync(a)).toMatchObject({ pushed: 2 })
    expect(a.requests.filter((r) => r.startsWith('PUT'))).toHaveLength(2)
    const remote = await platformDrafts(account.token)
    expect(remote.map((d) => [d.id, d.revision, d.content.title])).toEqual([
      [first, 1, 'one v4'],
      [second, 1, 'two']
    ])
    expect(a.drafts.get(first)).toMatchObject({ synced: true, serverRevision: 1 })
    expect(a.events).toContainEqual({ type: 'progress', phase: 'push', done: 2, total: 7 })
  })

  it('deletes on the platform what was deleted here, once the platform has seen it', async () => {
    const { account, a } = await twoDevices()
    const id = create(a, { type: 'invention', title: 'to delete' })
    await sync(a)
    a.drafts.remove(id)
    await sync(a)
    const feed = (await call('GET', '/api/v1/drafts', undefined, { token: account.token })).body.changes
    expect(feed).toEqual([expect.objectContaining({ id, deleted: true })])
  })
})

describe('undoing a deletion', () => {
  const remote = async (token: string, id: string) =>
    ((await call('GET', '/api/v1/drafts', undefined, { token })).body.changes as { id: string; deleted: boolean; content: { title: string } | null }[]).find(
      (c) => c.id === id
    )

  it('before the deletion was sent: the platform never loses the draft, and hears of no deletion', async () => {
    const { account, a } = await twoDevices()
    const id = create(a, { type: 'invention', title: 'kept all along' })
    await sync(a)
    a.drafts.remove(id)
    expect(a.drafts.undelete(id)).toMatchObject({ ok: true, value: { id } })
    await sync(a)
    expect(a.requests.filter((r) => r.startsWith('DELETE'))).toEqual([])
    expect(await remote(account.token, id)).toMatchObject({ deleted: false, content: { title: 'kept all along' } })
    expect(a.drafts.get(id)).toMatchObject({ synced: true, serverRevision: 2 })
  })

  it('after the platform deleted it: the same draft is back there, through the conflict with the deleted copy', async () => {
    const { account, a, b } = await twoDevices()
    const id = create(a, { type: 'invention', title: 'deleted, then not' })
    await sync(a)
    await sync(b)
    a.drafts.remove(id)
    await sync(a)
    expect(await remote(account.token, id)).toMatchObject({ deleted: true })
    await sync(b)
    expect(b.drafts.get(id)).toBeUndefined()

    a.requests.length = 0
    expect(a.drafts.undelete(id)).toMatchObject({ ok: true, value: { id, title: 'deleted, then not' } })
    await sync(a)
    // The first put meets the deletion (409), the second one, on the platform's revision, brings it back.
    expect(a.requests.filter((r) => r.startsWith('PUT'))).toEqual([`PUT /api/v1/drafts/${id}`, `PUT /api/v1/drafts/${id}`])
    expect(await remote(account.token, id)).toMatchObject({ deleted: false, content: { title: 'deleted, then not' } })
    expect(a.drafts.list().items).toEqual([expect.objectContaining({ id, synced: true, state: 'draft' })])
    await sync(b)
    expect(b.drafts.get(id)).toMatchObject({ title: 'deleted, then not' })
  })

  it('while the deletion travels: its answer, arriving after the undo, neither removes nor deletes the draft again', async () => {
    const account = await signedInAccount(platform)
    let id = ''
    const a = filingDevice(platform.url, () => account.token, {
      onAnswer: (request) => {
        if (request === `DELETE /api/v1/drafts/${id}`) expect(a.drafts.undelete(id).ok).toBe(true)
      }
    })
    id = create(a, { type: 'invention', title: 'undone in flight' })
    await sync(a)
    a.drafts.remove(id)
    await sync(a)
    expect(a.requests.filter((r) => r.startsWith('DELETE'))).toHaveLength(1)
    expect(a.drafts.get(id)).toMatchObject({ title: 'undone in flight', synced: true })
    expect(await remote(account.token, id)).toMatchObject({ deleted: false, content: { title: 'undone in flight' } })
  })

  it('of a draft never sent: it reaches the platform under its own id', async () => {
    const { account, a } = await twoDevices()
    const id = create(a, { type: 'design', title: 'never sent' })
    a.drafts.remove(id)
    a.drafts.undelete(id)
    await sync(a)
    expect(await remote(account.token, id)).toMatchObject({ deleted: false, content: { title: 'never sent' } })
  })

})

describe('a draft deleted while its first put travels', () => {
  const remote = async (token: string, id: string) =>
    ((await call('GET', '/api/v1/drafts', undefined, { token })).body.changes as { id: string; deleted: boolean }[]).find((c) => c.id === id)

  it('is deleted on the platform too, once the put’s answer is in', async () => {
    const account = await signedInAccount(platform)
    let id = ''
    const a = filingDevice(platform.url, () => account.token, {
      onAnswer: (request) => {
        if (request === `PUT /api/v1/drafts/${id}`) a.drafts.remove(id)
      }
    })
    id = create(a, { type: 'invention', title: 'gone while sent' })
    await sync(a)
    expect(await remote(account.token, id)).toMatchObject({ deleted: true })
  })

  it('is deleted on the platform too when the put’s answer was lost: the next pull finds the copy', async () => {
    const account = await signedInAccount(platform)
    let id = ''
    const a = filingDevice(platform.url, () => account.token, {
      onAnswer: (request) => {
        if (request !== `PUT /api/v1/drafts/${id}`) return
        a.drafts.remove(id)
        throw new TypeError('fetch failed')
      }
    })
    id = create(a, { type: 'invention', title: 'answer lost' })
    expect(await a.engine.syncNow()).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
    expect(await remote(account.token, id)).toMatchObject({ deleted: false })
    await sync(a)
    await sync(a)
    expect(await remote(account.token, id)).toMatchObject({ deleted: true })
    expect(a.drafts.get(id)).toBeUndefined()
  })
})

describe('pull', () => {
  it('brings another computer’s drafts, stores the cursor, and a sync with nothing new asks for nothing else', async () => {
    const { a, b } = await twoDevices()
    const id = create(a, completeInvention())
    await sync(a)
    await sync(b)
    expect(b.drafts.get(id)).toMatchObject({ title: completeInvention().title, serverRevision: 1, synced: true })
    expect(b.events).toContainEqual({ type: 'drafts_changed', ids: [id] })

    b.requests.length = 0
    expect(await sync(b)).toEqual({ pushed: 0, filed: 0, pulledDrafts: 0, pulledNotices: 0 })
    expect(b.requests).toEqual(['GET /api/v1/drafts', 'GET /api/v1/notices'])
  })

  it('costs the same two requests with nothing changed at 10 drafts as at 300', { timeout: 90_000 }, async () => {
    const { a } = await twoDevices()
    for (let i = 0; i < 10; i++) create(a, { type: 'invention', title: `d${i}` })
    await sync(a)
    a.requests.length = 0
    await sync(a)
    const atTen = [...a.requests]
    a.db.transaction(() => {
      for (let i = 0; i < 290; i++) create(a, { type: 'invention', title: `d${i + 10}` })
    })()
    await sync(a)
    expect(a.drafts.list().total).toBe(300)
    a.requests.length = 0
    await sync(a)
    expect(a.requests).toEqual(atTen)
    expect(atTen).toHaveLength(2)
  })

  it('removes a draft deleted on the other computer, and keeps it when this one waits to file it', async () => {
    const { account, a, b } = await twoDevices()
    const plain = create(a, { type: 'invention', title: 'plain' })
    const filing = create(a, completeInvention())
    await sync(a)
    await sync(b)
    expect(b.submissions.submit(filing).ok).toBe(true)
    a.drafts.remove(plain)
    a.drafts.remove(filing)
    await sync(a)
    // The first round finds the draft gone and puts it back; the next one files it.
    await sync(b)
    await sync(b)
    expect(b.drafts.get(plain)).toBeUndefined()
    expect(b.drafts.get(filing)).toMatchObject({ status: 'submitted' })
    const remote = (await call('GET', '/api/v1/drafts', undefined, { token: account.token })).body.changes
    expect(remote.find((c: { id: string }) => c.id === filing)).toMatchObject({ deleted: false, submission: expect.any(Object) })
  })
})

describe('two computers editing one draft', () => {
  it('keeps this computer’s text as a conflict copy beside the platform’s version: both visible, nothing lost', async () => {
    const { account, a, b } = await twoDevices()
    const id = create(a, { type: 'invention', title: '原稿' })
    await sync(a)
    await sync(b)
    edit(a, id, { title: 'A 的修改' })
    edit(b, id, { title: 'B 的修改', abstract: 'B 写的摘要' })
    await sync(a)
    await sync(b)

    expect(b.drafts.get(id)).toMatchObject({ title: 'A 的修改', serverRevision: 2, synced: true })
    const copies = b.drafts.list({ conflicts: true }).items
    expect(copies).toEqual([expect.objectContaining({ title: 'B 的修改', conflictOf: id })])
    expect(b.drafts.get(copies[0]!.id)!.content.abstract).toBe('B 写的摘要')
    expect(b.events).toContainEqual({ type: 'conflict', draftId: id, copyId: copies[0]!.id })

    await sync(b)
    await sync(a)
    expect(a.drafts.list().items.map((d) => d.title).sort()).toEqual(['A 的修改', 'B 的修改'])
    expect((await platformDrafts(account.token)).map((d) => d.content.title).sort()).toEqual(['A 的修改', 'B 的修改'])
  })

  it('takes a conflict whose platform text equals its own (an answer lost on the way) as done, with no copy', async () => {
    const { account, a } = await twoDevices()
    const id = create(a, { type: 'invention', title: 'v1' })
    await sync(a)
    edit(a, id, { title: 'v2' })
    // The write reached the platform but its answer never came back.
    const content = a.drafts.get(id)!.content
    await call('PUT', `/api/v1/drafts/${id}`, { baseRevision: 1, content }, { token: account.token })
    await sync(a)
    expect(a.drafts.list().items).toEqual([expect.objectContaining({ id, serverRevision: 2, synced: true })])
  })

  it('brings back a draft deleted on one computer and edited on the other, with the edits', async () => {
    const { account, a, b } = await twoDevices()
    const id = create(a, { type: 'invention', title: 'kept' })
    await sync(a)
    await sync(b)
    a.drafts.remove(id)
    await sync(a)
    edit(b, id, { title: 'edited after the deletion' })
    await sync(b)
    const remote = (await call('GET', '/api/v1/drafts', undefined, { token: account.token })).body.changes
    expect(remote).toEqual([expect.objectContaining({ id, deleted: false, content: expect.objectContaining({ title: 'edited after the deletion' }) })])
    // The computer that deleted it (its deletion still undoable there) gets it back too.
    await sync(a)
    expect(a.drafts.get(id)).toMatchObject({ title: 'edited after the deletion', synced: true })
  })

  it('gives up a local deletion when the other computer changed the draft meanwhile', async () => {
    const { a, b } = await twoDevices()
    const id = create(a, { type: 'invention', title: 'v1' })
    await sync(a)
    await sync(b)
    edit(a, id, { title: 'v2 from A' })
    await sync(a)
    b.drafts.remove(id)
    await sync(b)
    expect(b.drafts.get(id)).toMatchObject({ title: 'v2 from A', synced: true })
  })
})

describe('a change the platform refuses for good', () => {
  it('is parked with the reason, never blocks the rest, and stops its filing', async () => {
    const { a: owner } = await twoDevices()
    const taken = create(owner, { type: 'invention', title: 'someone else’s id' })
    await sync(owner)
    const { account, a } = await twoDevices()
    const clash = a.drafts.create({ id: taken, content: completeInvention() })
    expect(clash.ok).toBe(true)
    const fine = create(a, { type: 'design', title: 'goes through' })
    await sync(a)
    expect(a.drafts.get(taken)).toMatchObject({ synced: false, syncError: expect.stringContaining('NOT_FOUND') })
    expect(a.drafts.get(fine)!.synced).toBe(true)
    expect((await platformDrafts(account.token)).map((d) => d.id)).toEqual([fine])

    a.submissions.submit(taken)
    await sync(a)
    expect(a.submissions.list()[0]).toMatchObject({ state: 'needs_attention', error: { code: 'NOT_FOUND' } })
    expect(a.drafts.get(taken)!.title).toBe(completeInvention().title)
  })
})

describe('notices', () => {
  it('are pulled into the account’s file, counted unread, and marked read offline then on the platform', async () => {
    const { account, a } = await twoDevices()
    for (const title of ['补正通知书', '缴费通知书']) {
      await platform.filing.addNotice({ id: randomUUID(), accountId: account.id, kind: 'correction', title, body: '…', issuedAt: new Date().toISOString(), dueDate: '2027-01-31' })
    }
    await sync(a)
    expect(a.notices.unreadCount()).toBe(2)
    expect(a.events).toContainEqual(expect.objectContaining({ type: 'notices', unread: 2 }))
    const first = a.notices.list()[0]!
    expect(first).toMatchObject({ kind: 'correction', dueDate: '2027-01-31', read: false })

    expect(a.notices.markRead(first.id)).toEqual({ ok: true, value: { read: true } })
    expect(a.notices.unreadCount()).toBe(1)
    await sync(a)
    const remote = (await call('GET', '/api/v1/notices', undefined, { token: account.token })).body.notices
    expect(remote.find((n: { id: string }) => n.id === first.id).read).toBe(true)
    await sync(a)
    expect(a.notices.list()).toHaveLength(2)
  })
})

describe('submission queue', () => {
  it('queues offline, uploads attachments first, files after sign-in, stores the receipt and freezes the draft', async () => {
    const account = await signedInAccount(platform)
    let token: string | null = null
    const a = filingDevice(platform.url, () => token)
    const bytes = pngBytes('figure for the queue')
    const added = await a.attachments.add(bytes)
    expect(added.ok).toBe(true)
    const id = create(a, completeInvention([{ sha256: sha256(bytes), size: bytes.length }]))

    const queued = a.submissions.submit(id)
    expect(queued).toMatchObject({ ok: true, value: { state: 'queued', draftId: id } })
    expect(a.drafts.get(id)!.status).toBe('submitting')
    expect(a.drafts.update(id, { patch: { title: 'too late' } })).toMatchObject({ ok: false, error: { code: 'DRAFT_SUBMITTED' } })
    expect(await a.engine.syncNow()).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(a.submissions.list()[0]!.state).toBe('queued')

    token = account.token
    await sync(a)
    const puts = a.requests.filter((r) => r.startsWith('PUT') || r.startsWith('POST'))
    expect(puts).toEqual([`PUT /api/v1/drafts/${id}`, `PUT /api/v1/attachments/${sha256(bytes)}`, 'POST /api/v1/submissions'])
    const filed = a.submissions.list()[0]!
    expect(filed).toMatchObject({ state: 'filed', applicationNumber: expect.stringMatching(/^\d{12}\.[\dX]$/), filedAt: expect.any(String) })
    expect(a.drafts.get(id)).toMatchObject({ status: 'submitted', applicationNumber: filed.applicationNumber })
    // The announcement's matter: which application, under which number.
    expect(a.events.filter((e) => e.type === 'submission')).toEqual([
      { type: 'submission', submissionId: filed.id, draftId: id, state: 'filed', applicationNumber: filed.applicationNumber, title: completeInvention().title }
    ])
    expect(a.notices.get(filed.receiptNoticeId!)).toMatchObject({ kind: 'receipt', applicationNumber: filed.applicationNumber })
    expect(a.drafts.list({ search: filed.applicationNumber! }).total).toBe(1)
  })

  it('does not file what another computer changed after this one submitted: it needs attention, showing the platform’s text', async () => {
    const { a, b } = await twoDevices()
    const id = create(a, completeInvention())
    await sync(a)
    await sync(b)
    b.submissions.submit(id)
    edit(a, id, { title: '另一台电脑改过的名称' })
    await sync(a)
    await sync(b)
    expect(b.submissions.list()[0]).toMatchObject({ state: 'needs_attention', error: { code: 'CONFLICT' } })
    expect(b.drafts.get(id)).toMatchObject({ status: 'draft', title: '另一台电脑改过的名称', serverRevision: 2 })
    b.submissions.submit(id)
    await sync(b)
    expect(b.submissions.list()[0]!.state).toBe('filed')
  })

  it('refuses to queue a draft that fails the checklist here, naming the fields', async () => {
    const a = filingDevice(platform.url, () => null)
    const id = create(a, { type: 'invention', title: '' })
    expect(a.submissions.submit(id)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { title: 'title.required' } } })
    expect(a.drafts.get(id)!.status).toBe('draft')
  })

  it('keeps a submission the platform refuses as "needs attention", the draft editable again', async () => {
    const legacy = await signedInAccount(platform, { status: 'needs_completion' })
    const a = filingDevice(platform.url, () => legacy.token)
    const id = create(a, completeInvention())
    a.submissions.submit(id)
    await sync(a)
    expect(a.submissions.list()).toEqual([
      expect.objectContaining({ draftId: id, state: 'needs_attention', error: expect.objectContaining({ code: 'PROFILE_INCOMPLETE' }) })
    ])
    expect(a.drafts.get(id)!.status).toBe('draft')
    expect(a.events).toContainEqual(expect.objectContaining({ type: 'submission', state: 'needs_attention' }))
    // Submitting again sends the same submission again, under its own key.
    const again = a.submissions.submit(id)
    expect(again.ok && again.value.id).toBe(a.submissions.list()[0]!.id)
  })
})

describe('when the platform cannot be reached', () => {
  it('backs off with growing waits, then resumes by itself when it is back, losing nothing', async () => {
    const account = await signedInAccount(platform)
    const proxy = await switchableProxy(platform.url)
    const a = filingDevice(proxy.url, () => account.token, {
      engine: { backoff: { baseMs: 40, maxMs: 2_000 }, random: () => 1, idleMs: 60_000, debounceMs: 10 }
    })
    const id = create(a, { type: 'invention', title: 'written offline' })
    await proxy.down()
    a.engine.start()
    const offline = () => a.events.filter((e) => e.type === 'status' && e.status.state === 'offline')
    await until(() => offline().length >= 4)
    const waits = offline().map((e) => (e.type === 'status' && e.status.state === 'offline' ? Date.parse(e.status.retryAt) : 0))
    const gaps = waits.slice(1).map((t, i) => t - waits[i]!)
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!)
    expect(a.drafts.get(id)!.synced).toBe(false)

    await proxy.up()
    await until(() => a.drafts.get(id)!.synced)
    await a.engine.stop()
    expect(a.engine.status()).toMatchObject({ state: 'idle' })
    expect((await platformDrafts(account.token)).map((d) => d.content.title)).toEqual(['written offline'])
    await proxy.down()
  })
})

async function until(condition: () => boolean, timeoutMs = 15_000) {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
