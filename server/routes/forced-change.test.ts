import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetPassword } from '../admin/reset-password'
import { phone, residentId } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

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
    // About fifty argon2id hashes and checks: give a busy machine time.
  }, 60_000)

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

describe('the history holds across an admin reset', () => {
  it('the forced change after a reset cannot set the password the account had before it', async () => {
    await platform.createAccount('reset-history', 'Before-Reset-1x')
    const printed = await resetPassword({ data: platform.dataDir, login: 'reset-history' })
    const temporary = /: (\S+)\n/.exec(printed)![1]!
    const token = (await signIn('reset-history', temporary)).body.accessToken
    const back = await call('POST', '/api/v1/me/password', { currentPassword: temporary, newPassword: 'Before-Reset-1x' }, { token })
    expect([back.status, back.body.error.code]).toEqual([422, 'PASSWORD_REUSED'])
    expect((await call('POST', '/api/v1/me/password', { currentPassword: temporary, newPassword: 'After-Reset-2y' }, { token })).status).toBe(204)
  })
})

describe('a pending password change is enforced by the platform', () => {
  const gated = (token: string) => [
    call('GET', '/api/v1/notices', undefined, { token }),
    call('POST', `/api/v1/notices/${randomUUID()}/read`, undefined, { token }),
    call('PUT', '/api/v1/me/profile', { profile: { name: 'x', idType: 'none' }, phone: '13912345678', email: 'x@example.com', code: '123456' }, { token }),
    call('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to: '13912345678' }, { token })
  ]

  it('answers 403 PASSWORD_CHANGE_REQUIRED everywhere but /me, the change and sign-out', async () => {
    await platform.createAccount('must-change', 'Temporary-Pass-1x', { mustChangeReason: 'temporary' })
    const session = (await signIn('must-change', 'Temporary-Pass-1x')).body
    for (const res of await Promise.all(gated(session.accessToken))) {
      expect([res.status, res.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED'])
    }
    expect((await call('GET', '/api/v1/me', undefined, { token: session.accessToken })).body.mustChangePassword).toBe(true)
    const other = (await signIn('must-change', 'Temporary-Pass-1x')).body
    expect((await call('DELETE', '/api/v1/sessions/current', undefined, { token: other.accessToken })).status).toBe(204)

    const changed = await call('POST', '/api/v1/me/password', { currentPassword: 'Temporary-Pass-1x', newPassword: 'Chosen-Pass-2y' }, { token: session.accessToken })
    expect(changed.status).toBe(204)
    expect((await call('GET', '/api/v1/notices', undefined, { token: session.accessToken })).status).toBe(200)
  })

  it('holds for an expired password too', async () => {
    const later = await startTestPlatform({}, () => new Date(Date.now() + 181 * 86_400_000))
    await later.createAccount('expired', 'Aged-Password-1x')
    const laterCall = caller(later)
    const token = (await laterCall('POST', '/api/v1/sessions', { account: 'expired', password: 'Aged-Password-1x' })).body.accessToken
    const notices = await laterCall('GET', '/api/v1/notices', undefined, { token })
    await later.close()
    expect([notices.status, notices.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED'])
  })

  it('a legacy account that must change and complete: change first, then completion, then business', async () => {
    const clock = manualClock()
    const dev = await startTestPlatform({ devOutbox: true }, clock.now)
    const devCall = caller(dev)
    await dev.createAccount('legacy-both', '123456', { status: 'needs_completion', mustChangeReason: 'legacy' })
    const token = (await devCall('POST', '/api/v1/sessions', { account: 'legacy-both', password: '123456' })).body.accessToken
    const before = await devCall('GET', '/api/v1/notices', undefined, { token })
    expect([before.status, before.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED'])
    expect((await devCall('POST', '/api/v1/me/password', { currentPassword: '123456', newPassword: 'Legacy-Now-2y' }, { token })).status).toBe(204)
    const incomplete = await devCall('GET', '/api/v1/notices', undefined, { token })
    expect([incomplete.status, incomplete.body.error.code]).toEqual([403, 'PROFILE_INCOMPLETE'])
    const p = phone()
    expect((await devCall('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to: p }, { token })).status).toBe(202)
    const completed = await devCall('PUT', '/api/v1/me/profile',
      { profile: { name: '老李', idType: 'resident_id', idNumber: residentId() }, phone: p, email: 'li@example.com', code: await dev.lastCode(p) }, { token })
    const notices = await devCall('GET', '/api/v1/notices', undefined, { token })
    await dev.close()
    expect(completed.status).toBe(200)
    expect(notices.status).toBe(200)
  })
})

describe('DELETE /api/v1/sessions (sign out everywhere)', () => {
  it('ends every session of the account, this one included, and works while a change is pending', async () => {
    await platform.createAccount('everywhere', 'Everywhere-Pass-1x', { mustChangeReason: 'temporary' })
    const here = (await signIn('everywhere', 'Everywhere-Pass-1x')).body
    const there = (await signIn('everywhere', 'Everywhere-Pass-1x')).body
    await platform.createAccount('bystander', 'Everywhere-Pass-1x')
    const bystander = (await signIn('bystander', 'Everywhere-Pass-1x')).body

    expect((await call('DELETE', '/api/v1/sessions', undefined, { token: here.accessToken })).status).toBe(204)
    for (const session of [here, there]) {
      expect((await call('GET', '/api/v1/me', undefined, { token: session.accessToken })).status).toBe(401)
      expect((await call('POST', '/api/v1/sessions/refresh', { refreshToken: session.refreshToken })).body.error.code).toBe('TOKEN_INVALID')
    }
    expect((await call('GET', '/api/v1/me', undefined, { token: bystander.accessToken })).status).toBe(200)
    expect((await call('DELETE', '/api/v1/sessions')).status).toBe(401)
  })
})
