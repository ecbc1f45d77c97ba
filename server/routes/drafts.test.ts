import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeInvention, signedInAccount } from '../../test/filing-data'
import { caller, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let call: ReturnType<typeof caller>
let me: { id: string; token: string }
let other: { id: string; token: string }

beforeAll(async () => {
  platform = await startTestPlatform()
  call = caller(platform)
  me = await signedInAccount(platform)
  other = await signedInAccount(platform)
})
afterAll(() => platform.close())

const put = (id: string, baseRevision: number, content: unknown, token = me.token) =>
  call('PUT', `/api/v1/drafts/${id}`, { baseRevision, content }, { token })
const feed = (since?: string, token = me.token) => call('GET', `/api/v1/drafts${since ? `?since=${since}` : ''}`, undefined, { token })

describe('PUT /api/v1/drafts/{id}', () => {
  it('creates at base 0, then moves one revision per write, and the feed shows the latest', async () => {
    const id = randomUUID()
    expect(await put(id, 0, { type: 'invention', title: '第一稿' })).toEqual({ status: 200, body: { revision: 1 } })
    expect(await put(id, 1, { type: 'invention', title: '第二稿' })).toEqual({ status: 200, body: { revision: 2 } })
    const change = (await feed()).body.changes.find((c: { id: string }) => c.id === id)
    expect(change).toMatchObject({ id, revision: 2, deleted: false, content: { type: 'invention', title: '第二稿' } })
  })

  it('accepts an incomplete draft and refuses one of the wrong shape, naming the field', async () => {
    expect((await put(randomUUID(), 0, { type: 'design' })).status).toBe(200)
    const bad = await put(randomUUID(), 0, { type: 'trademark', claims: 'one' })
    expect([bad.status, bad.body.error.code]).toEqual([422, 'VALIDATION'])
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['content.claims', 'content.type'])
    expect((await call('PUT', '/api/v1/drafts/not-a-uuid', { baseRevision: 0, content: { type: 'design' } }, { token: me.token })).status).toBe(422)
  })

  it('answers a stale base with 409 CONFLICT and the platform’s copy', async () => {
    const id = randomUUID()
    await put(id, 0, { type: 'invention', title: 'A' })
    await put(id, 1, { type: 'invention', title: 'B (other device)' })
    const stale = await put(id, 1, { type: 'invention', title: 'C (this device)' })
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT'])
    expect(stale.body.error.server).toMatchObject({ revision: 2, content: { title: 'B (other device)' } })
    expect(stale.body.server).toEqual(stale.body.error.server)
    expect((await put(id, 0, { type: 'invention', title: 'D' })).status).toBe(409)
  })

  it('keeps long descriptions beyond the API’s usual body limit', async () => {
    const description = '说明书正文。'.repeat(40_000)
    const id = randomUUID()
    expect((await put(id, 0, { type: 'invention', description })).status).toBe(200)
    expect((await feed()).body.changes.find((c: { id: string }) => c.id === id).content.description).toBe(description)
  })

  it('lets a legacy account not yet completed keep its drafts', async () => {
    const legacy = await signedInAccount(platform, { status: 'needs_completion' })
    expect((await put(randomUUID(), 0, { type: 'invention' }, legacy.token)).status).toBe(200)
  })

  it('needs a signed-in account', async () => {
    expect((await call('PUT', `/api/v1/drafts/${randomUUID()}`, { baseRevision: 0, content: { type: 'invention' } })).status).toBe(401)
    expect((await call('GET', '/api/v1/drafts')).status).toBe(401)
  })
})

describe('another account’s draft', () => {
  it('is 404 whatever the method, cannot be taken over at base 0, and never shows in its feed', async () => {
    const id = randomUUID()
    await put(id, 0, completeInvention())
    const theirs = (method: 'PUT' | 'DELETE', body: unknown) => call(method, `/api/v1/drafts/${id}`, body, { token: other.token })
    for (const res of [
      await theirs('PUT', { baseRevision: 1, content: { type: 'invention', title: 'mine now' } }),
      await theirs('PUT', { baseRevision: 0, content: { type: 'invention', title: 'mine now' } }),
      await theirs('DELETE', { baseRevision: 1 }),
      await call('POST', '/api/v1/submissions', { draftId: id, revision: 1, idempotencyKey: randomUUID() }, { token: other.token })
    ]) {
      expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND'])
    }
    expect((await feed(undefined, other.token)).body.changes.map((c: { id: string }) => c.id)).not.toContain(id)
    expect((await feed()).body.changes.find((c: { id: string }) => c.id === id).content.title).toBe(completeInvention().title)
  })
})

describe('DELETE /api/v1/drafts/{id}', () => {
  it('deletes at the current revision, says so in the feed, and is idempotent', async () => {
    const id = randomUUID()
    await put(id, 0, { type: 'invention' })
    const cursor = (await feed()).body.cursor
    const stale = await call('DELETE', `/api/v1/drafts/${id}`, { baseRevision: 0 }, { token: me.token })
    expect([stale.status, stale.body.error.code, stale.body.server.revision]).toEqual([409, 'CONFLICT', 1])
    expect((await call('DELETE', `/api/v1/drafts/${id}`, { baseRevision: 1 }, { token: me.token })).status).toBe(204)
    expect((await call('DELETE', `/api/v1/drafts/${id}`, { baseRevision: 1 }, { token: me.token })).status).toBe(204)
    expect((await feed(cursor)).body.changes).toEqual([expect.objectContaining({ id, revision: 2, deleted: true, content: null })])
    expect((await call('DELETE', `/api/v1/drafts/${randomUUID()}`, { baseRevision: 1 }, { token: me.token })).status).toBe(404)
  })
})

describe('GET /api/v1/drafts?since=', () => {
  it('pages the account’s changes after the cursor, each draft once at its latest revision', async () => {
    const fresh = await signedInAccount(platform)
    const ids = Array.from({ length: 230 }, () => randomUUID())
    for (const id of ids) await put(id, 0, { type: 'invention' }, fresh.token)
    await put(ids[0]!, 1, { type: 'invention', title: 'edited last' }, fresh.token)

    const seen: string[] = []
    const pages: number[] = []
    let cursor: string | undefined
    for (;;) {
      const page = await feed(cursor, fresh.token)
      pages.push(page.body.changes.length)
      seen.push(...page.body.changes.map((c: { id: string }) => c.id))
      cursor = page.body.cursor
      if (!page.body.hasMore) break
    }
    expect(pages).toEqual([100, 100, 30])
    // The draft edited last comes last, once: the feed holds each draft at its newest change.
    expect(seen.at(-1)).toBe(ids[0])
    expect([...seen].sort()).toEqual([...ids].sort())
    expect((await feed(cursor, fresh.token)).body).toEqual({ changes: [], cursor, hasMore: false })
    expect((await feed('abc', fresh.token)).status).toBe(422)
  })
})
