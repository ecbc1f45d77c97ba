import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phone } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
const password = 'Contact-Pass-2026'
const mask = (p: string) => `${p.slice(0, 3)}****${p.slice(-4)}`

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true }, clock.now)
  call = caller(platform)
})
afterAll(() => platform.close())

/** An active account with a phone and an email, signed in. */
async function holder(name: string) {
  const p = phone()
  await platform.createAccount(name, password, { phone: p, email: `${name}@example.com` })
  const token = (await call('POST', '/api/v1/sessions', { account: name, password })).body.accessToken as string
  return { phone: p, email: `${name}@example.com`, token }
}

async function contactCode(token: string, to: string, channel = 'sms') {
  clock.advance(61_000)
  expect((await call('POST', '/api/v1/verification-codes', { purpose: 'contact', channel, to }, { token })).status).toBe(202)
  return platform.lastCode(to)
}

const changeContacts = (token: string, body: Record<string, unknown>) => call('PUT', '/api/v1/me/contacts', body, { token })

describe('an active account’s contacts cannot be rebound with an access token alone', () => {
  it('data completion refuses an active account with 409 PROFILE_COMPLETE, leaving its phone alone', async () => {
    const h = await holder('completed-already')
    const thief = phone()
    clock.advance(61_000)
    await call('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to: thief }, { token: h.token })
    const res = await call('PUT', '/api/v1/me/profile',
      { profile: { name: 'x', idType: 'none' }, phone: thief, email: 'thief@example.com', code: await platform.lastCode(thief) }, { token: h.token })
    expect([res.status, res.body.error.code]).toEqual([409, 'PROFILE_COMPLETE'])
    expect((await call('GET', '/api/v1/me', undefined, { token: h.token })).body.contacts.phone).toBe(mask(h.phone))
  })

  it('changes the phone with the current password and a code sent to the new phone; the old contacts are told', async () => {
    const h = await holder('mover')
    const next = phone()
    const res = await changeContacts(h.token, { currentPassword: password, phone: next, code: await contactCode(h.token, next) })
    expect(res.status).toBe(200)
    expect(res.body.contacts).toEqual({ phone: mask(next), email: 'm***@example.com' })
    expect((await call('POST', '/api/v1/sessions', { account: next, password })).status).toBe(200)
    expect((await call('POST', '/api/v1/sessions', { account: h.phone, password })).status).toBe(401)
    for (const old of [h.phone, h.email]) {
      expect((await platform.store.outboxFor(old)).at(-1)).toMatchObject({ purpose: 'contacts_changed', code: '' })
    }
    // Reset codes now go to the new phone only.
    await call('POST', '/api/v1/password-resets', { account: 'mover', channel: 'sms' })
    expect((await platform.store.outboxFor(next)).at(-1)!.purpose).toBe('reset')
    expect((await platform.store.outboxFor(h.phone)).at(-1)!.purpose).toBe('contacts_changed')
  })

  it('changes the email alone with a code sent to the new email', async () => {
    const h = await holder('emailer')
    const res = await changeContacts(h.token, { currentPassword: password, email: 'New@Example.org', code: await contactCode(h.token, 'new@example.org', 'email') })
    expect([res.status, res.body.contacts]).toEqual([200, { phone: mask(h.phone), email: 'n***@example.org' }])
    expect((await platform.store.outboxFor(h.email)).at(-1)!.purpose).toBe('contacts_changed')
  })

  it('asks for a sign-in before sending a contact code', async () => {
    const res = await call('POST', '/api/v1/verification-codes', { purpose: 'contact', channel: 'sms', to: phone() })
    expect(res.status).toBe(401)
  })

  it('refuses a missing password, a wrong code, a code sent elsewhere and a phone another account has', async () => {
    const h = await holder('careful-mover')
    const next = phone()
    const code = await contactCode(h.token, next)
    const missing = await changeContacts(h.token, { phone: next, code })
    expect([missing.status, Object.keys(missing.body.error.fields)]).toEqual([422, ['currentPassword']])
    expect((await changeContacts(h.token, { currentPassword: password, code })).body.error.fields).toHaveProperty('phone')

    const wrong = await changeContacts(h.token, { currentPassword: password, phone: next, code: code === '000000' ? '111111' : '000000' })
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'CODE_INVALID'])
    const elsewhere = await changeContacts(h.token, { currentPassword: password, phone: phone(), code })
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([400, 'CODE_INVALID'])

    const other = await holder('phone-keeper')
    const taken = await changeContacts(h.token, { currentPassword: password, phone: other.phone, code: await contactCode(h.token, other.phone) })
    expect([taken.status, taken.body.error.code]).toEqual([409, 'PHONE_IN_USE'])
    expect((await call('GET', '/api/v1/me', undefined, { token: h.token })).body.contacts.phone).toBe(mask(h.phone))
  })

  it('counts wrong current passwords toward the sign-in lockout: 401s, then 423 here and at sign-in', async () => {
    const h = await holder('guessed')
    const next = phone()
    const code = await contactCode(h.token, next)
    const answers = []
    for (let i = 0; i < 5; i++) answers.push(await changeContacts(h.token, { currentPassword: `Guess-Number-${i}x`, phone: next, code }))
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 423])
    expect(answers[0]!.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', fields: { currentPassword: 'wrong password' } })
    expect(answers[4]!.body.error).toMatchObject({ code: 'LOCKED', retryAfter: 900 })
    // Even the right password waits out the lock, here and at sign-in.
    expect((await changeContacts(h.token, { currentPassword: password, phone: next, code })).status).toBe(423)
    expect((await call('POST', '/api/v1/sessions', { account: 'guessed', password })).status).toBe(423)
  })
})
