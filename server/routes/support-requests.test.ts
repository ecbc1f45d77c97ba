import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSupportRequest, listSupportRequests } from '../admin/support-requests'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform({}, clock.now)
  call = caller(platform)
})
afterAll(() => platform.close())

const request = { kind: 'rebind', account: 'old-login', contact: 'me@example.com', body: 'Please bind my legacy account to 13800001111.' }

describe('support requests', () => {
  it('files a request once; the same one again within 7 days is a duplicate, after that it is new', async () => {
    const first = await call('POST', '/api/v1/support-requests', request)
    expect(first.status).toBe(201)
    expect(first.body.requestId).toMatch(/[0-9a-f-]{36}/)

    const again = await call('POST', '/api/v1/support-requests', { ...request, body: `  ${request.body.toUpperCase()}  ` })
    expect([again.status, again.body.error.code]).toEqual([409, 'DUPLICATE_REQUEST'])

    expect((await call('POST', '/api/v1/support-requests', { ...request, kind: 'recover' })).status).toBe(201)
    clock.advance(7 * 86_400_000 + 1000)
    expect((await call('POST', '/api/v1/support-requests', request)).status).toBe(201)
  })

  it('refuses an unknown kind or an empty body with the field named', async () => {
    const res = await call('POST', '/api/v1/support-requests', { ...request, kind: 'complain', body: ' ' })
    expect(res.status).toBe(422)
    expect(res.body.error.fields).toEqual({ body: 'required', kind: 'invalid_choice' })
  })

  it('the admin command lists and answers requests', async () => {
    const { body } = await call('POST', '/api/v1/support-requests', { ...request, kind: 'other', body: 'Where is my receipt?' })
    expect(await listSupportRequests({ data: platform.dataDir, status: 'open' })).toContain(body.requestId)
    await expect(answerSupportRequest({ data: platform.dataDir, id: body.requestId, status: 'answered' })).rejects.toThrow(/--reply/)
    expect(await answerSupportRequest({ data: platform.dataDir, id: body.requestId, status: 'answered', reply: 'Under Notices.' })).toContain('answered')
    expect(await listSupportRequests({ data: platform.dataDir, status: 'answered' })).toContain(body.requestId)
  })
})
