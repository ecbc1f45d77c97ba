import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phone } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true }, clock.now)
  call = caller(platform)
})
afterAll(() => platform.close())

const requestReset = (account: string, channel = 'sms') => call('POST', '/api/v1/password-resets', { account, channel })
const confirm = (account: string, code: string, newPassword: string) =>
  call('POST', '/api/v1/password-resets/confirm', { account, code, newPassword })

/** A new account with a phone, `waitMs` later a reset asked for it: its phone, the code sent, and a code that is not it. */
async function resetAsked(login: string, waitMs: number) {
  const p = phone()
  await platform.createAccount(login, 'Old-Password-1x', { phone: p })
  clock.advance(waitMs)
  await requestReset(login)
  const code = await platform.lastCode(p)
  return { p, code, wrong: code === '000000' ? '111111' : '000000' }
}

describe('forgot password', () => {
  it('answers 202 with a masked contact whether the account exists or not', async () => {
    const p = phone()
    await platform.createAccount('resetter', 'Old-Password-1x', { phone: p, email: 'resetter@example.com' })
    const known = await requestReset('resetter')
    const unknown = await requestReset('no-such-user')
    expect(known.status).toBe(202)
    expect(unknown.status).toBe(202)
    expect(Object.keys(unknown.body).sort()).toEqual(Object.keys(known.body).sort())
    expect(known.body.sentTo).toBe(`${p.slice(0, 3)}****${p.slice(-4)}`)
    expect(unknown.body.sentTo).toMatch(/^1\d\d\*{4}\d{4}$/)
    // Asking again too soon is refused alike, known account or not.
    for (const account of ['resetter', 'no-such-user']) {
      const tooSoon = await requestReset(account)
      expect([tooSoon.status, tooSoon.body.error.code]).toEqual([429, 'RATE_LIMITED'])
    }
    // The decoy is stable, as a real contact would be.
    clock.advance(61_000)
    expect((await requestReset('no-such-user')).body.sentTo).toBe(unknown.body.sentTo)
    expect(JSON.stringify(known.body)).not.toContain(p)
    const email = await requestReset('resetter', 'email')
    expect(email.body.sentTo).toBe('r***@example.com')
  })

  it('sends an entity’s code to the legal person’s contact; nothing in the answer depends on the account’s type', async () => {
    const p = phone()
    const q = phone()
    await platform.createAccount('some-company', 'Old-Password-1x', { type: 'entity', phone: p })
    await platform.createAccount('some-person', 'Old-Password-1x', { type: 'person', phone: q })
    const entity = await requestReset('some-company')
    const person = await requestReset('some-person')
    expect(await platform.lastCode(p)).toMatch(/^\d{6}$/)
    expect(entity.body).toEqual({ sentTo: `${p.slice(0, 3)}****${p.slice(-4)}`, resendAfter: 60, expiresIn: 600 })
    expect(person.body).toEqual({ sentTo: `${q.slice(0, 3)}****${q.slice(-4)}`, resendAfter: 60, expiresIn: 600 })
  })

  it('masks a phone or an email given as the account name alike, registered or not', async () => {
    const registered = phone()
    const unregistered = phone()
    await platform.createAccount('phone-owner', 'Old-Password-1x', { phone: registered, email: 'owner@example.com' })
    const mask = (p: string) => `${p.slice(0, 3)}****${p.slice(-4)}`
    expect((await requestReset(registered)).body).toEqual({ sentTo: mask(registered), resendAfter: 60, expiresIn: 600 })
    expect((await requestReset(unregistered)).body).toEqual({ sentTo: mask(unregistered), resendAfter: 60, expiresIn: 600 })
    expect((await requestReset(`+86${unregistered.slice(0, 3)}${unregistered.slice(3)}`, 'sms')).body.sentTo).toBe(mask(unregistered))
    expect((await requestReset('Stranger@Example.com', 'email')).body.sentTo).toBe('s***@example.com')
  })

  it('gives an unknown account the same sequence of answers to wrong codes as a known one: 400 ×4, then the burn answer', async () => {
    const p = phone()
    await platform.createAccount('code-guessed', 'Old-Password-1x', { phone: p, email: 'guessed@example.com' })
    const sequence = async (account: string, channel: string) => {
      clock.advance(61_000)
      expect((await requestReset(account, channel)).status).toBe(202)
      const answers = []
      for (let i = 0; i < 6; i++) answers.push(await confirm(account, '000000', 'New-Password-2x'))
      return answers.map((a) => [a.status, a.body.error.code, a.body.error.retryAfter])
    }
    const expected = [...Array(4).fill([400, 'CODE_INVALID', undefined]), [429, 'RATE_LIMITED', 60], [429, 'RATE_LIMITED', 60]]
    for (const channel of ['sms', 'email']) {
      // '000000' may be the real code one time in a million: then the known account's first answer differs.
      expect(await sequence('code-guessed', channel)).toEqual(expected)
      expect(await sequence(`no-such-${channel}-user`, channel)).toEqual(expected)
    }
    // An account with a phone only, asked by email: the code booked under its name counts, as for an unknown name.
    await platform.createAccount('phone-only', 'Old-Password-1x', { phone: phone() })
    await requestReset('phone-only', 'sms')
    clock.advance(11 * 60_000)
    expect(await sequence('phone-only', 'email')).toEqual(expected)
  })

  it('confirming sets the password, ends every session and clears a forced change', async () => {
    const p = phone()
    await platform.createAccount('forgetful', 'Old-Password-1x', { phone: p, mustChangeReason: 'temporary' })
    const before = (await call('POST', '/api/v1/sessions', { account: 'forgetful', password: 'Old-Password-1x' })).body
    clock.advance(61_000)
    await requestReset('forgetful')
    expect((await confirm('forgetful', await platform.lastCode(p), 'New-Password-2x')).status).toBe(204)
    // The holder is told their password changed, in case it was not them.
    expect((await platform.store.outboxFor(p)).at(-1)).toMatchObject({ purpose: 'password_changed', code: '' })

    expect((await call('GET', '/api/v1/me', undefined, { token: before.accessToken })).status).toBe(401)
    expect((await call('POST', '/api/v1/sessions/refresh', { refreshToken: before.refreshToken })).status).toBe(401)
    const after = await call('POST', '/api/v1/sessions', { account: 'forgetful', password: 'New-Password-2x' })
    expect(after.status).toBe(200)
    expect(after.body.account.mustChangePassword).toBe(false)
    // Single use.
    expect((await confirm('forgetful', await platform.lastCode(p), 'Other-Password-3x')).body.error.code).toBe('CODE_INVALID')
  })

  it('refuses a wrong or expired code, a weak password, and stops after five wrong codes', async () => {
    const { p, code, wrong } = await resetAsked('careful', 61_000)
    expect((await confirm('careful', wrong, 'New-Password-2x')).body.error.code).toBe('CODE_INVALID')
    const weak = await confirm('careful', code, 'weak')
    expect([weak.status, weak.body.error.code]).toEqual([422, 'POLICY_VIOLATION'])
    for (let i = 0; i < 4; i++) await confirm('careful', wrong, 'New-Password-2x')
    const blocked = await confirm('careful', code, 'New-Password-2x')
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'RATE_LIMITED'])

    clock.advance(61_000)
    await requestReset('careful')
    const late = await platform.lastCode(p)
    clock.advance(10 * 60_000 + 1)
    expect((await confirm('careful', late, 'New-Password-2x')).body.error.code).toBe('CODE_EXPIRED')
    expect((await call('POST', '/api/v1/sessions', { account: 'careful', password: 'Old-Password-1x' })).status).toBe(200)
  })

  it('refuses a new password that contains the account’s phone, naming the broken rule', async () => {
    const p = phone()
    await platform.createAccount('phone-in-pw', 'Old-Password-1x', { phone: p })
    clock.advance(61_000)
    await requestReset('phone-in-pw')
    const res = await confirm('phone-in-pw', await platform.lastCode(p), `Ab!${p}`)
    expect([res.status, res.body.error.code]).toEqual([422, 'POLICY_VIOLATION'])
    expect(res.body.error.rules).toEqual([{ code: 'CONTAINS_CONTEXT' }])
  })

  it('a reset lifts a lockout at once, as the sign-in page promises', async () => {
    const p = phone()
    await platform.createAccount('locked-out', 'Old-Password-1x', { phone: p })
    for (let i = 0; i < 5; i++) await call('POST', '/api/v1/sessions', { account: 'locked-out', password: 'Wrong-Guess-1x' })
    expect((await call('POST', '/api/v1/sessions', { account: 'locked-out', password: 'Old-Password-1x' })).body.error.code).toBe('LOCKED')
    clock.advance(61_000)
    await requestReset('locked-out')
    expect((await confirm('locked-out', await platform.lastCode(p), 'New-Password-2x')).status).toBe(204)
    expect((await call('POST', '/api/v1/sessions', { account: 'locked-out', password: 'New-Password-2x' })).status).toBe(200)
  })

  it('asked again at once under another name of the same account, answers as for any new name; one code is sent and it works', async () => {
    const p = phone()
    await platform.createAccount('two-names', 'Old-Password-1x', { phone: p })
    clock.advance(61_000)
    expect((await requestReset('two-names')).status).toBe(202)
    const code = await platform.lastCode(p)
    // The phone is a sign-in name too: a cooldown here would tell that it belongs to 'two-names'.
    const byPhone = await requestReset(p)
    const byNewName = await requestReset(phone())
    expect([byPhone.status, byNewName.status]).toEqual([202, 202])
    expect(Object.keys(byPhone.body).sort()).toEqual(Object.keys(byNewName.body).sort())
    expect((await platform.store.outboxFor(p)).filter((m) => m.code !== '')).toHaveLength(1)
    expect((await confirm(p, code, 'New-Password-2x')).status).toBe(204)
    expect((await call('POST', '/api/v1/sessions', { account: 'two-names', password: 'New-Password-2x' })).status).toBe(200)
  })

  it('registration codes asked for a phone cannot use up its reset codes: the owner still gets one', async () => {
    const p = phone()
    await platform.createAccount('pestered', 'Old-Password-1x', { phone: p })
    clock.advance(3_600_000) // past this test client's hourly cap used up by the tests before
    for (let i = 0; i < 10; i++) {
      clock.advance(61_000)
      expect((await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: p })).status).toBe(202)
    }
    clock.advance(61_000)
    expect((await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: p })).status).toBe(429)
    expect((await requestReset('pestered')).status).toBe(202)
    const sent = (await platform.store.outboxFor(p)).filter((m) => m.purpose === 'reset')
    expect(sent).toHaveLength(1)
    expect((await confirm('pestered', sent[0]!.code, 'New-Password-2x')).status).toBe(204)
  })

  it('wrong codes under another name of an account do not burn the code its owner asked for', async () => {
    const { p, code, wrong } = await resetAsked('owner', 3_600_000)
    // Under the phone, never asked for: answered as for any name, the owner's code untouched.
    const answers = []
    for (let i = 0; i < 6; i++) answers.push((await confirm(p, wrong, 'New-Password-2x')).status)
    const stranger = []
    for (let i = 0; i < 6; i++) stranger.push((await confirm(phone(), wrong, 'New-Password-2x')).status)
    expect(answers).toEqual(stranger)
    expect((await confirm('owner', code, 'New-Password-2x')).status).toBe(204)
  })

  it('an unknown account answers confirm exactly as a known one with a wrong or stale code', async () => {
    const res = await confirm('never-existed', '123456', 'New-Password-2x')
    expect([res.status, res.body.error.code]).toEqual([400, 'CODE_INVALID'])
    // After a (decoy) reset request, its code ages like any other.
    const stale = await confirm('no-such-user', '123456', 'New-Password-2x')
    expect(stale.status).toBe(400)
    expect(['CODE_INVALID', 'CODE_EXPIRED']).toContain(stale.body.error.code)
  })
})

describe('forgot password with no way to deliver codes', () => {
  it('answers a known account whose channel cannot be delivered exactly as an unknown one, cooldown included', async () => {
    const bare = await startTestPlatform({ devOutbox: false }, clock.now)
    const bareCall = caller(bare)
    const p = phone()
    await bare.createAccount('undeliverable', 'Old-Password-1x', { phone: p })
    const ask = (account: string) => bareCall('POST', '/api/v1/password-resets', { account, channel: 'sms' })
    const known = [await ask('undeliverable'), await ask('undeliverable')]
    const unknown = [await ask('not-registered'), await ask('not-registered')]
    await bare.close()
    expect(known.map((a) => a.status)).toEqual([202, 429])
    expect(unknown.map((a) => a.status)).toEqual([202, 429])
    expect(Object.keys(known[0]!.body)).toEqual(Object.keys(unknown[0]!.body))
    expect(known[1]!.body).toEqual(unknown[1]!.body)
  })
})
