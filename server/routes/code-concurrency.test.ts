import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phone, residentId } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'
import { personRegistration, registrationCodes } from '../../test/registration'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
let registerCode: (to: string) => Promise<string>
const password = 'Parallel-Pass-2026'

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true }, clock.now)
  call = caller(platform)
  registerCode = registrationCodes(platform, call, clock)
})
afterAll(() => platform.close())

const person = (p: string, id: string, code: string) => personRegistration(p, id, code, password, '周九')

describe('codes are single use under concurrency', () => {
  it('four parallel reset confirms with one code: exactly one 204, and only its password works', async () => {
    const p = phone()
    await platform.createAccount('sprinter', 'Old-Runner-Pass-1', { phone: p })
    await call('POST', '/api/v1/password-resets', { account: 'sprinter', channel: 'sms' })
    const code = await platform.lastCode(p)
    const passwords = ['Swift-One-2026a', 'Swift-Two-2026b', 'Swift-Three-2026c', 'Swift-Four-2026d']
    const answers = await Promise.all(
      passwords.map((newPassword) => call('POST', '/api/v1/password-resets/confirm', { account: 'sprinter', code, newPassword }))
    )
    expect(answers.map((a) => a.status).sort()).toEqual([204, 400, 400, 400])
    for (const a of answers.filter((x) => x.status === 400)) expect(a.body.error.code).toBe('CODE_INVALID')
    const working = []
    for (const pw of passwords) if ((await call('POST', '/api/v1/sessions', { account: 'sprinter', password: pw })).status === 200) working.push(pw)
    expect(working).toEqual([passwords[answers.findIndex((a) => a.status === 204)]])
  })

  it('parallel registrations with one code: one 201, 4xx for the rest, never a 500', async () => {
    const p = phone()
    const code = await registerCode(p)
    const answers = await Promise.all(Array.from({ length: 4 }, () => call('POST', '/api/v1/accounts', person(p, residentId(), code))))
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400, 400, 400])
  })

  it('parallel registrations of one ID number with different phones: one 201, 409 ID_ALREADY_REGISTERED for the rest', async () => {
    const id = residentId()
    const bodies = []
    for (let i = 0; i < 3; i++) {
      const p = phone()
      bodies.push(person(p, id, await registerCode(p)))
    }
    const answers = await Promise.all(bodies.map((b) => call('POST', '/api/v1/accounts', b)))
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409])
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.body.error).toMatchObject({ code: 'ID_ALREADY_REGISTERED', fields: { 'profile.idNumber': 'ID_ALREADY_REGISTERED' } })
    }
  })

  it('a registration and a completion that take one phone at once: one succeeds, the other gets 409 PHONE_IN_USE', async () => {
    const p = phone()
    await platform.createAccount('completer', password, { status: 'needs_completion' })
    const token = (await call('POST', '/api/v1/sessions', { account: 'completer', password })).body.accessToken
    const registration = await registerCode(p)
    await call('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to: p }, { token })
    const completion = await platform.lastCode(p)
    const [registered, completed] = await Promise.all([
      call('POST', '/api/v1/accounts', person(p, residentId(), registration)),
      call('PUT', '/api/v1/me/profile', { profile: { name: '吴十', idType: 'none' }, phone: p, email: 'wu@example.com', code: completion }, { token })
    ])
    expect(['201 409', '409 200']).toContain(`${registered!.status} ${completed!.status}`)
    const loser = registered!.status === 409 ? registered! : completed!
    expect(loser.body.error).toMatchObject({ code: 'PHONE_IN_USE', fields: { phone: 'PHONE_IN_USE' } })
  })
})
