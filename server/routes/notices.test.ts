import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueNotice } from '../admin/issue-notice'
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

const add = async (accountId: string, title: string) => {
  const id = randomUUID()
  await platform.filing.addNotice({ id, accountId, kind: 'acceptance', title, body: '…', issuedAt: new Date().toISOString() })
  return id
}

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
    const first = await add(me.id, '受理通知书 1')
    await add(other.id, 'not yours')
    const token = await tokenFor('reader')
    const page = await call('GET', '/api/v1/notices', undefined, { token })
    expect(page.body.notices).toEqual([
      { id: first, kind: 'acceptance', title: '受理通知书 1', body: '…', issuedAt: expect.any(String), read: false }
    ])
    await add(me.id, '受理通知书 2')
    const next = await call('GET', `/api/v1/notices?since=${page.body.cursor}`, undefined, { token })
    expect(next.body.notices.map((n: { title: string }) => n.title)).toEqual(['受理通知书 2'])

    expect((await call('POST', `/api/v1/notices/${first}/read`, undefined, { token })).status).toBe(204)
    expect((await call('GET', '/api/v1/notices', undefined, { token })).body.notices[0].read).toBe(true)
    expect((await call('POST', `/api/v1/notices/${randomUUID()}/read`, undefined, { token })).status).toBe(404)
    const otherToken = await tokenFor('other-reader')
    expect((await call('POST', `/api/v1/notices/${first}/read`, undefined, { token: otherToken })).status).toBe(404)
    expect((await call('GET', '/api/v1/notices?since=abc', undefined, { token })).status).toBe(422)
  })

  it('pages a long backlog', async () => {
    const me = await platform.createAccount('backlog', 'Notice-Pass-1x')
    for (let i = 0; i < 250; i++) await add(me.id, `通知 ${i}`)
    const token = await tokenFor('backlog')
    const first = await call('GET', '/api/v1/notices', undefined, { token })
    expect([first.body.notices.length, first.body.hasMore]).toEqual([200, true])
    const second = await call('GET', `/api/v1/notices?since=${first.body.cursor}`, undefined, { token })
    expect([second.body.notices.length, second.body.hasMore, second.body.notices.at(-1).title]).toEqual([50, false, '通知 249'])
  })
})

describe('npm run platform:admin -- issue-notice', () => {
  it('issues a correction notice with its deadline and application number to the account', async () => {
    await platform.createAccount('corrected', 'Notice-Pass-1x')
    const message = await issueNotice({
      data: platform.dataDir,
      login: 'corrected',
      kind: 'correction',
      title: '补正通知书',
      body: '请在指定期限内补正说明书附图。',
      due: '2027-02-28',
      application: '201710601862.3'
    })
    expect(message).toMatch(/correction/)
    const notices = (await call('GET', '/api/v1/notices', undefined, { token: await tokenFor('corrected') })).body.notices
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'correction', title: '补正通知书', dueDate: '2027-02-28', applicationNumber: '201710601862.3', read: false })
    ])
  })

  it('refuses an unknown kind, a date that is not one, a wrong application number and an unknown account', async () => {
    const base = { data: platform.dataDir, login: 'corrected', kind: 'correction', title: 't', body: 'b' }
    await expect(issueNotice({ ...base, kind: 'memo' })).rejects.toThrow(/--kind/)
    await expect(issueNotice({ ...base, due: '2027-02-30' })).rejects.toThrow(/--due/)
    await expect(issueNotice({ ...base, application: '201710601862.4' })).rejects.toThrow(/--application/)
    await expect(issueNotice({ ...base, login: 'nobody' })).rejects.toThrow(/No account/)
  })
})
