import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phone, residentId } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'
import { personRegistration, registrationCodes } from '../../test/registration'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
let registerCode: (to: string) => Promise<string>
const password = 'Code-Uses-2026x'

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true }, clock.now)
  call = caller(platform)
  registerCode = registrationCodes(platform, call, clock)
})
afterAll(() => platform.close())

const person = (p: string, id: string, code: string) => personRegistration(p, id, code, password, '钱七')

describe('a verification code survives at most five failed uses of any kind', () => {
  it('five conflicts after the right code burn it: it cannot test a sixth ID number, nor register', async () => {
    const takenId = residentId()
    await platform.createAccount('id-holder', password, { idNumber: takenId, idType: 'resident_id' })
    const p = phone()
    const code = await registerCode(p)
    for (let i = 0; i < 5; i++) {
      const res = await call('POST', '/api/v1/accounts', person(p, takenId, code))
      expect([res.status, res.body.error.code]).toEqual([409, 'ID_ALREADY_REGISTERED'])
    }
    const sixth = await call('POST', '/api/v1/accounts', person(p, residentId(), code))
    expect([sixth.status, sixth.body.error.code]).toEqual([400, 'CODE_INVALID'])
    expect(sixth.body.error.message).toMatch(/new code/)
  })

  it('wrong codes and conflicts add up', async () => {
    const takenId = residentId()
    await platform.createAccount('id-holder-2', password, { idNumber: takenId, idType: 'resident_id' })
    const p = phone()
    const code = await registerCode(p)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 2; i++) expect((await call('POST', '/api/v1/accounts', person(p, residentId(), wrong))).status).toBe(400)
    for (let i = 0; i < 3; i++) expect((await call('POST', '/api/v1/accounts', person(p, takenId, code))).status).toBe(409)
    expect((await call('POST', '/api/v1/accounts', person(p, residentId(), code))).body.error.code).toBe('CODE_INVALID')
  })

  it('a data-completion code is burned by conflicts too', async () => {
    const takenId = residentId()
    await platform.createAccount('id-holder-3', password, { idNumber: takenId, idType: 'resident_id' })
    await platform.createAccount('to-complete', password, { status: 'needs_completion' })
    const token = (await call('POST', '/api/v1/sessions', { account: 'to-complete', password })).body.accessToken
    const p = phone()
    clock.advance(61_000)
    await call('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to: p }, { token })
    const code = await platform.lastCode(p)
    const body = (id: string) => ({ profile: { name: '孙八', idType: 'resident_id', idNumber: id }, phone: p, email: 'sun@example.com', code })
    for (let i = 0; i < 5; i++) expect((await call('PUT', '/api/v1/me/profile', body(takenId), { token })).status).toBe(409)
    const res = await call('PUT', '/api/v1/me/profile', body(residentId()), { token })
    expect([res.status, res.body.error.code]).toEqual([400, 'CODE_INVALID'])
  })

  it('reports a taken phone before a taken ID number, so a registration cannot test ID numbers', async () => {
    const takenId = residentId()
    const takenPhone = phone()
    await platform.createAccount('both-holder', password, { idNumber: takenId, idType: 'resident_id', phone: takenPhone })
    const res = await call('POST', '/api/v1/accounts', person(takenPhone, takenId, await registerCode(takenPhone)))
    expect([res.status, res.body.error.code]).toEqual([409, 'PHONE_IN_USE'])
    expect(Object.keys(res.body.error.fields)).toEqual(['phone'])
  })
})

describe('every route that takes a code is rate limited per client address', () => {
  it('answers 429 once the address has used its requests', async () => {
    const limited = await startTestPlatform({ ipRateLimit: 2 })
    const limitedCall = caller(limited)
    await limited.createAccount('limited-user', password, { status: 'needs_completion' })
    const token = (await limitedCall('POST', '/api/v1/sessions', { account: 'limited-user', password }, { ip: '10.9.9.9' })).body.accessToken
    const routes = [
      { method: 'POST', url: '/api/v1/accounts', body: person(phone(), residentId(), '123456') },
      { method: 'PUT', url: '/api/v1/me/profile', body: { profile: { name: 'x', idType: 'none' }, phone: phone(), email: 'x@example.com', code: '123456' } },
      { method: 'PUT', url: '/api/v1/me/contacts', body: { currentPassword: password, phone: phone(), code: '123456' } },
      { method: 'POST', url: '/api/v1/password-resets/confirm', body: { account: 'limited-user', code: '123456', newPassword: password } }
    ] as const
    for (const [i, route] of routes.entries()) {
      const ip = `10.8.0.${i}`
      for (let n = 0; n < 2; n++) expect((await limitedCall(route.method, route.url, route.body, { token, ip })).status).not.toBe(429)
      const res = await limitedCall(route.method, route.url, route.body, { token, ip })
      expect([route.url, res.status, res.body.error.code]).toEqual([route.url, 429, 'RATE_LIMITED'])
    }
    await limited.close()
  })
})
