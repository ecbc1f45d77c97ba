import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform()
  call = caller(platform)
})
afterAll(() => platform.close())

const tokenFor = async (login: string) =>
  (await call('POST', '/api/v1/sessions', { account: login, password: 'Notice-Pass-1x' })).body.accessToken as string

describe('notices (a business route)', () => {
  it('answers 403 PROFILE_INCOMPLETE until a legacy account completes its data', async () => {
    await platform.createAccount('incomplete', 'Notice-Pass-1x', { status: 'needs_completion' })
    const token = await tokenFor('incomplete')
    const res = await call('GET', '/api/v1/notices', undefined, { token })
    expect([res.status, res.body.error.code]).toEqual([403, 'PROFILE_INCOMPLETE'])
    expect(res.body.error.message).toMatch(/complete/i)
    expect((await call('GET', '/api/v1/me', undefined, { token })).status).toBe(200)
  })

  it('delivers only the account’s own notices after the cursor, and marks them read', async () => {
    const me = await platform.createAccount('reader', 'Notice-Pass-1x')
    const other = await platform.createAccount('other-reader', 'Notice-Pass-1x')
    const add = (accountId: string, title: string) => {
      const id = randomUUID()
      platform.store.addNotice({ id, accountId, kind: 'receipt', title, body: '…', createdAt: new Date().toISOString() })
      return id
    }
    const first = add(me.id, '受理通知书 1')
    add(other.id, 'not yours')
    const token = await tokenFor('reader')
    const page = await call('GET', '/api/v1/notices', undefined, { token })
    expect(page.body.notices.map((n: { title: string }) => n.title)).toEqual(['受理通知书 1'])
    add(me.id, '受理通知书 2')
    const next = await call('GET', `/api/v1/notices?since=${page.body.cursor}`, undefined, { token })
    expect(next.body.notices.map((n: { title: string }) => n.title)).toEqual(['受理通知书 2'])

    expect((await call('POST', `/api/v1/notices/${first}/read`, undefined, { token })).status).toBe(204)
    expect((await call('GET', '/api/v1/notices', undefined, { token })).body.notices[0].readAt).not.toBeNull()
    expect((await call('POST', `/api/v1/notices/${randomUUID()}/read`, undefined, { token })).status).toBe(404)
    expect((await call('GET', '/api/v1/notices?since=abc', undefined, { token })).status).toBe(422)
  })
})
