import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let call: ReturnType<typeof caller>
const composed = 'Café-Pass-２０２6'.normalize('NFC')

beforeAll(async () => {
  platform = await startTestPlatform()
  call = caller(platform)
  await platform.createAccount('unicode', composed)
})
afterAll(() => platform.close())

const lone = 'Good-Pass-2026\ud800'

describe('passwords are well-formed Unicode, compared in NFKC', () => {
  it('refuses a lone surrogate in every password field with 422 naming the field', async () => {
    const token = (await call('POST', '/api/v1/sessions', { account: 'unicode', password: composed })).body.accessToken
    const cases = [
      { url: '/api/v1/sessions', body: { account: 'unicode', password: lone }, field: 'password' },
      {
        url: '/api/v1/accounts',
        body: { type: 'person', password: lone, phone: '13900000000', email: 'a@example.com', code: '123456', profile: { name: 'x', idType: 'none' } },
        field: 'password'
      },
      { url: '/api/v1/me/password', body: { currentPassword: lone, newPassword: 'Other-Pass-2026' }, field: 'currentPassword' },
      { url: '/api/v1/me/password', body: { currentPassword: composed, newPassword: lone }, field: 'newPassword' },
      { url: '/api/v1/password-resets/confirm', body: { account: 'unicode', code: '123456', newPassword: lone }, field: 'newPassword' },
      { method: 'PUT', url: '/api/v1/me/contacts', body: { currentPassword: lone, phone: '13900000000', code: '123456' }, field: 'currentPassword' }
    ] as const
    for (const c of cases) {
      const res = await call('method' in c ? c.method : 'POST', c.url, c.body, { token })
      expect([c.url, res.status, res.body.error.code]).toEqual([c.url, 422, 'VALIDATION'])
      expect(Object.keys(res.body.error.fields)).toEqual([c.field])
    }
  })

  it('signs in with the password typed in another normalisation form (decomposed accent, full-width digits)', async () => {
    const decomposed = 'Cafe\u0301-Pass-2026'
    expect(decomposed).not.toBe(composed)
    const res = await call('POST', '/api/v1/sessions', { account: 'unicode', password: decomposed })
    expect(res.status).toBe(200)
  })
})
