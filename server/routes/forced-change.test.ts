import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetPassword } from '../admin/reset-password'
import { caller, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform()
  call = caller(platform)
})
afterAll(() => platform.close())

const signIn = (account: string, password: string) => call('POST', '/api/v1/sessions', { account, password })

describe('forced password change (DOMAIN.md fact 11)', () => {
  it('admin reset → sign in (must change) → change → sign out → sign in → never asked again', async () => {
    await platform.createAccount('forced', 'First-Pass-2026')
    const printed = await resetPassword({ data: platform.dataDir, login: 'forced' })
    const temporary = /: (\S+)\n/.exec(printed)![1]!

    const first = await signIn('forced', temporary)
    expect(first.status).toBe(200)
    expect(first.body.account).toMatchObject({ mustChangePassword: true, mustChangeReason: 'temporary' })

    const changed = await call('POST', '/api/v1/me/password', { currentPassword: temporary, newPassword: 'Brand-New-2026' }, { token: first.body.accessToken })
    expect(changed.status).toBe(204)
    expect((await call('DELETE', '/api/v1/sessions/current', undefined, { token: first.body.accessToken })).status).toBe(204)

    expect((await signIn('forced', temporary)).status).toBe(401)
    for (let i = 0; i < 3; i++) {
      const again = await signIn('forced', 'Brand-New-2026')
      expect(again.status).toBe(200)
      expect(again.body.account.mustChangePassword).toBe(false)
      expect(again.body.account).not.toHaveProperty('mustChangeReason')
      const me = await call('GET', '/api/v1/me', undefined, { token: again.body.accessToken })
      expect(me.body.mustChangePassword).toBe(false)
    }
  })

  it('an admin reset ends every session of the account', async () => {
    await platform.createAccount('reset-me', 'First-Pass-2026')
    const session = await signIn('reset-me', 'First-Pass-2026')
    await resetPassword({ data: platform.dataDir, login: 'reset-me' })
    expect((await call('GET', '/api/v1/me', undefined, { token: session.body.accessToken })).status).toBe(401)
  })

  it('checks the current password, the policy and the history', async () => {
    await platform.createAccount('history', 'Pass-Number-1a')
    const token = (await signIn('history', 'Pass-Number-1a')).body.accessToken
    const change = (currentPassword: string, newPassword: string) =>
      call('POST', '/api/v1/me/password', { currentPassword, newPassword }, { token })

    expect((await change('Wrong-Current-1', 'Pass-Number-2a')).body.error.code).toBe('INVALID_CREDENTIALS')
    const weak = await change('Pass-Number-1a', 'short')
    expect(weak.status).toBe(422)
    expect(weak.body.error.rules.map((r: { code: string }) => r.code)).toContain('TOO_SHORT')
    expect((await change('Pass-Number-1a', 'Pass-Number-1a')).body.error.code).toBe('PASSWORD_REUSED')

    let current = 'Pass-Number-1a'
    for (const next of ['Pass-Number-2a', 'Pass-Number-3a', 'Pass-Number-4a', 'Pass-Number-5a', 'Pass-Number-6a']) {
      expect((await change(current, next)).status).toBe(204)
      current = next
    }
    // History depth 5 (office): the last five are refused, the sixth-oldest is allowed again.
    expect((await change(current, 'Pass-Number-2a')).body.error.code).toBe('PASSWORD_REUSED')
    expect((await change(current, 'Pass-Number-1a')).status).toBe(204)
  })

  it('names the broken rule when the new password contains the account’s phone, which the client only sees masked', async () => {
    await platform.createAccount('phone-holder', 'Pass-Number-1a', { phone: '13700001234' })
    const token = (await signIn('phone-holder', 'Pass-Number-1a')).body.accessToken
    const res = await call('POST', '/api/v1/me/password', { currentPassword: 'Pass-Number-1a', newPassword: 'Xy-13700001234' }, { token })
    expect([res.status, res.body.error.code]).toEqual([422, 'POLICY_VIOLATION'])
    expect(res.body.error.rules).toEqual([{ code: 'CONTAINS_CONTEXT' }])
  })

  it('asks to change a password that the policy now in force refuses', async () => {
    await platform.createAccount('old-rules', 'alllowercase')
    const res = await signIn('old-rules', 'alllowercase')
    expect(res.body.account).toMatchObject({ mustChangePassword: true, mustChangeReason: 'policy' })
  })
})
