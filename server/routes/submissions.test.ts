import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkApplicationNumber } from '../../src/shared/filing/application-number'
import type { DraftContentInput } from '../../src/shared/filing/draft-content'
import { completeInvention, pngBytes, sha256, signedInAccount } from '../../test/filing-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

// 10:00 in Beijing on 30 December: the office's date, and so the number's year, is 2026.
const clock = manualClock(new Date('2026-12-30T02:00:00Z'))
let platform: TestPlatform
let call: ReturnType<typeof caller>
let me: { id: string; token: string }

beforeAll(async () => {
  platform = await startTestPlatform({}, clock.now)
  call = caller(platform)
  me = await signedInAccount(platform)
})
afterAll(() => platform.close())

async function draft(content: DraftContentInput = completeInvention(), token = me.token) {
  const id = randomUUID()
  const res = await call('PUT', `/api/v1/drafts/${id}`, { baseRevision: 0, content }, { token })
  expect(res.status).toBe(200)
  return id
}
const submit = (draftId: string, revision = 1, idempotencyKey: string = randomUUID(), token = me.token) =>
  call('POST', '/api/v1/submissions', { draftId, revision, idempotencyKey }, { token })
const serialOf = (n: string) => Number(n.slice(5, 12))

describe('POST /api/v1/submissions', () => {
  it('files a complete draft: a valid number of its year and type, the draft frozen, a receipt notice issued', async () => {
    const id = await draft()
    const res = await submit(id)
    expect(res.status).toBe(201)
    const { applicationNumber, filedAt, receiptNoticeId } = res.body
    expect(checkApplicationNumber(applicationNumber).valid).toBe(true)
    expect(applicationNumber.slice(0, 5)).toBe('20261')
    expect(filedAt).toBe(clock.now().toISOString())

    const edit = await call('PUT', `/api/v1/drafts/${id}`, { baseRevision: 1, content: completeInvention() }, { token: me.token })
    expect([edit.status, edit.body.error.code]).toEqual([409, 'DRAFT_SUBMITTED'])
    const del = await call('DELETE', `/api/v1/drafts/${id}`, { baseRevision: 1 }, { token: me.token })
    expect([del.status, del.body.error.code]).toEqual([409, 'DRAFT_SUBMITTED'])
    const again = await submit(id)
    expect([again.status, again.body.error.code]).toEqual([409, 'DRAFT_SUBMITTED'])

    const notices = (await call('GET', '/api/v1/notices', undefined, { token: me.token })).body.notices
    expect(notices).toContainEqual(
      expect.objectContaining({ id: receiptNoticeId, kind: 'receipt', applicationNumber, issuedAt: filedAt, read: false })
    )
    const change = (await call('GET', '/api/v1/drafts', undefined, { token: me.token })).body.changes.find((c: { id: string }) => c.id === id)
    expect(change.submission).toEqual({ applicationNumber, filedAt })
  })

  it('answers 422 VALIDATION with every failing field and rule, and lets warnings through', async () => {
    const id = await draft({ type: 'utility_model', title: '', claims: [] })
    const res = await submit(id)
    expect([res.status, res.body.error.code]).toEqual([422, 'VALIDATION'])
    expect(res.body.error.fields).toMatchObject({
      title: 'title.required',
      applicants: 'applicants.required',
      inventors: 'inventors.required',
      claims: 'claims.required',
      description: 'description.required',
      abstract: 'abstract.required',
      attachments: 'drawings.required'
    })
    expect(res.body.error.rules).toContainEqual({ code: 'title.required', path: 'title', severity: 'error' })
    expect(res.body.error.rules.every((r: { severity: string }) => r.severity === 'error')).toBe(true)

    const longTitle = await draft({ ...completeInvention(), title: '一'.repeat(30) })
    expect((await submit(longTitle)).status).toBe(201)
  })

  it('judges the priority window by the office’s date today', async () => {
    const content = { ...completeInvention(), priorities: [{ country: 'US', date: '2025-12-29', number: '63/000,001' }] }
    expect((await submit(await draft(content))).body.error.fields).toEqual({ 'priorities.0.date': 'priority.date_expired' })
    const inTime = { ...content, priorities: [{ ...content.priorities[0]!, date: '2025-12-30' }] }
    expect((await submit(await draft(inTime))).status).toBe(201)
  })

  it('will not file a draft naming an attachment the platform does not have', async () => {
    const bytes = pngBytes('drawing for filing')
    const content = completeInvention([{ sha256: sha256(bytes), size: bytes.length }])
    const id = await draft(content)
    expect((await submit(id)).body.error.fields).toEqual({ 'attachments.0.sha256': 'attachment.not_uploaded' })
    await platform.app.inject({
      method: 'PUT',
      url: `/api/v1/attachments/${sha256(bytes)}`,
      headers: { authorization: `Bearer ${me.token}`, 'content-type': 'image/png' },
      payload: bytes
    })
    expect((await submit(id)).status).toBe(201)
  })

  it('answers 409 CONFLICT with the platform’s copy when the revision is not the current one', async () => {
    const id = await draft()
    await call('PUT', `/api/v1/drafts/${id}`, { baseRevision: 1, content: { ...completeInvention(), title: '改过的名称' } }, { token: me.token })
    const res = await submit(id, 1)
    expect([res.status, res.body.error.code, res.body.server.revision, res.body.server.content.title]).toEqual([409, 'CONFLICT', 2, '改过的名称'])
  })

  it('is closed to a legacy account until its data is completed (403 PROFILE_INCOMPLETE)', async () => {
    const legacy = await signedInAccount(platform, { status: 'needs_completion' })
    const id = await draft(completeInvention(), legacy.token)
    const res = await submit(id, 1, randomUUID(), legacy.token)
    expect([res.status, res.body.error.code]).toEqual([403, 'PROFILE_INCOMPLETE'])
  })
})

describe('idempotency', () => {
  it('answers the same key with the same body (200) and files once, even when the requests race', async () => {
    const id = await draft()
    const key = randomUUID()
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(id, 1, key)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201])
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1)
    const later = await submit(id, 1, key)
    expect([later.status, later.body]).toEqual([200, answers[0]!.body])

    const receipts = (await call('GET', '/api/v1/notices', undefined, { token: me.token })).body.notices.filter(
      (n: { applicationNumber?: string }) => n.applicationNumber === answers[0]!.body.applicationNumber
    )
    expect(receipts).toHaveLength(1)
    // The race drew one number only: the next filing takes the very next serial.
    const next = await submit(await draft())
    expect(serialOf(next.body.applicationNumber)).toBe(serialOf(answers[0]!.body.applicationNumber) + 1)
  })

  it('refuses a key already used to file another draft', async () => {
    const key = randomUUID()
    expect((await submit(await draft(), 1, key)).status).toBe(201)
    const res = await submit(await draft(), 1, key)
    expect([res.status, res.body.error.fields]).toEqual([422, { idempotencyKey: 'used for another draft' }])
  })
})

describe('application numbers', () => {
  it('gives 20 concurrent submissions 20 distinct, valid, consecutive numbers', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => draft()))
    const answers = await Promise.all(
      ids.map((draftId) =>
        fetch(`${platform.url}/api/v1/submissions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${me.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ draftId, revision: 1, idempotencyKey: randomUUID() })
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { applicationNumber: string } }))
      )
    )
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201))
    const numbers = answers.map((a) => a.body.applicationNumber)
    expect(numbers.every((n) => checkApplicationNumber(n).valid)).toBe(true)
    const serials = numbers.map(serialOf).sort((a, b) => a - b)
    expect(new Set(serials).size).toBe(20)
    expect(serials.at(-1)! - serials[0]!).toBe(19)
  })

  it('runs one series per year and type', async () => {
    const design = {
      ...completeInvention(),
      type: 'design' as const,
      claims: [],
      examinationRequested: false,
      attachments: []
    }
    const bytes = pngBytes('design view')
    await platform.app.inject({
      method: 'PUT',
      url: `/api/v1/attachments/${sha256(bytes)}`,
      headers: { authorization: `Bearer ${me.token}`, 'content-type': 'image/png' },
      payload: bytes
    })
    const withDrawing = { ...design, attachments: completeInvention([{ sha256: sha256(bytes), size: bytes.length }]).attachments }
    const first = (await submit(await draft(withDrawing))).body.applicationNumber
    expect([first.slice(0, 5), serialOf(first)]).toEqual(['20263', 1])
    expect(serialOf((await submit(await draft(withDrawing))).body.applicationNumber)).toBe(2)

    clock.advance(2 * 86_400_000) // 1 January 2027 in Beijing
    const later = await signedInAccount(platform)
    const newYear = (await submit(await draft(completeInvention(), later.token), 1, randomUUID(), later.token)).body.applicationNumber
    expect([newYear.slice(0, 5), serialOf(newYear)]).toEqual(['20271', 1])
  })
})
