import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phone, residentId, uscc } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
const password = 'Reg-Pass-2026x'

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true }, clock.now)
  call = caller(platform)
})
afterAll(() => platform.close())

/** Asks for a registration code for `to` and returns what the outbox received. */
async function codeFor(to: string) {
  const res = await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to })
  expect(res.status).toBe(202)
  clock.advance(61_000)
  return platform.lastCode(to)
}

const person = (p = phone(), id = residentId()) => ({
  type: 'person',
  password,
  phone: p,
  email: `${p}@example.com`,
  profile: { name: '赵六', idType: 'resident_id', idNumber: id }
})

describe('POST /api/v1/verification-codes', () => {
  it('sends a six-digit code, answers with the masked destination, and enforces the 60 s cooldown', async () => {
    const to = phone()
    const first = await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to })
    expect(first).toEqual({ status: 202, body: { sentTo: `${to.slice(0, 3)}****${to.slice(-4)}`, resendAfter: 60, expiresIn: 600 } })
    expect(await platform.lastCode(to)).toMatch(/^\d{6}$/)
    clock.advance(30_000)
    const again = await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to })
    expect(again.status).toBe(429)
    expect(again.body.error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 30 })
    clock.advance(31_000)
    expect((await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to })).status).toBe(202)
  })

  it('caps codes per destination a day and per client address an hour', async () => {
    const to = phone()
    const ask = (dest: string, ip: string) =>
      call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: dest }, { ip })
    for (let i = 0; i < 10; i++) {
      expect((await ask(to, `10.1.0.${i}`)).status).toBe(202)
      clock.advance(61_000)
    }
    const eleventh = await ask(to, '10.1.1.1')
    expect([eleventh.status, eleventh.body.error.retryAfter]).toEqual([429, 3600])

    for (let i = 0; i < 30; i++) expect((await ask(phone(), '10.2.0.1')).status).toBe(202)
    const busy = await ask(phone(), '10.2.0.1')
    expect([busy.status, busy.body.error.code]).toEqual([429, 'RATE_LIMITED'])
    expect((await ask(phone(), '10.2.0.2')).status).toBe(202)
    clock.advance(3_600_000)
  })

  it('stores codes only as keyed hashes', async () => {
    const to = phone()
    await codeFor(to)
    const record = (await platform.store.latestVerificationCode(to, 'register'))!
    expect(record.codeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(record.codeHash).not.toContain(await platform.lastCode(to))
  })

  it('refuses a bad destination with the field named', async () => {
    const res = await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: '12345' })
    expect(res.status).toBe(422)
    expect(res.body.error.fields).toEqual({ to: 'not_mobile' })
  })

  it('says so when a channel has no way to deliver codes', async () => {
    const bare = await startTestPlatform({ devOutbox: false })
    const res = await caller(bare)('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: phone() })
    await bare.close()
    expect([res.status, res.body.error.code]).toEqual([503, 'DELIVERY_UNAVAILABLE'])
  })

  it('asks for a sign-in before sending a data-completion code', async () => {
    const res = await call('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to: phone() })
    expect(res.status).toBe(401)
  })
})

describe('POST /api/v1/accounts', () => {
  it('registers a person whose phone was verified; they sign in by login name, phone or ID number', async () => {
    const body = person()
    const res = await call('POST', '/api/v1/accounts', { ...body, code: await codeFor(body.phone) })
    expect(res.status).toBe(201)
    expect(res.body.loginName).toMatch(/^pd\d{10}$/)
    for (const name of [res.body.loginName, body.phone, body.profile.idNumber.toLowerCase()]) {
      const signIn = await call('POST', '/api/v1/sessions', { account: name, password })
      expect(signIn.status).toBe(200)
      expect(signIn.body.account).toMatchObject({ type: 'person', displayName: '赵六', status: 'active', mustChangePassword: false })
    }
  })

  it('gives a registration code to a person with none of the listed documents', async () => {
    const body = { ...person(), profile: { name: '无证件', idType: 'none' } }
    const res = await call('POST', '/api/v1/accounts', { ...body, code: await codeFor(body.phone) })
    expect(res.status).toBe(201)
    expect(res.body.registrationCode).toMatch(/^R\d{11}$/)
  })

  it('gives a user code to a non-USCC entity, usable to sign in', async () => {
    const p = phone()
    const body = { type: 'entity', password, phone: p, email: 'legal@example.com', profile: { name: '某研究所', nonUscc: true } }
    const res = await call('POST', '/api/v1/accounts', { ...body, code: await codeFor(p) })
    expect(res.status).toBe(201)
    expect(res.body.userCode).toMatch(/^U\d{17}$/)
    const signIn = await call('POST', '/api/v1/sessions', { account: res.body.userCode, password })
    expect(signIn.body.account).toMatchObject({ type: 'entity', userCode: res.body.userCode })
  })

  it('registers an entity by USCC and an agency with its code', async () => {
    const code = uscc()
    const p1 = phone()
    const entity = { type: 'entity', password, phone: p1, email: 'a@example.com', profile: { name: '某公司', uscc: code } }
    expect((await call('POST', '/api/v1/accounts', { ...entity, code: await codeFor(p1) })).status).toBe(201)
    expect((await call('POST', '/api/v1/sessions', { account: code, password })).status).toBe(200)
    const p2 = phone()
    // The same firm may also hold an agency account under its USCC, but only one.
    const agency = { type: 'agency', password, phone: p2, email: 'b@example.com', profile: { name: '某代理所', agencyCode: '11001', uscc: code } }
    expect((await call('POST', '/api/v1/accounts', { ...agency, code: await codeFor(p2) })).status).toBe(201)
    const p3 = phone()
    const second = await call('POST', '/api/v1/accounts', { ...agency, phone: p3, code: await codeFor(p3) })
    expect([second.status, second.body.error.code]).toEqual([409, 'ID_ALREADY_REGISTERED'])
    expect(second.body.error.message).toMatch(/agency code is already registered/)
    const p4 = phone()
    const sameUscc = await call('POST', '/api/v1/accounts', { ...agency, phone: p4, profile: { ...agency.profile, agencyCode: '11002' }, code: await codeFor(p4) })
    expect([sameUscc.status, sameUscc.body.error.code]).toEqual([409, 'ID_ALREADY_REGISTERED'])
    expect(sameUscc.body.error.message).toMatch(/USCC is already registered/)
  })

  it('refuses an ID number or a phone already in use, saying what to do', async () => {
    const first = person()
    expect((await call('POST', '/api/v1/accounts', { ...first, code: await codeFor(first.phone) })).status).toBe(201)

    const sameId = person(phone(), first.profile.idNumber)
    const dupId = await call('POST', '/api/v1/accounts', { ...sameId, code: await codeFor(sameId.phone) })
    expect(dupId.status).toBe(409)
    expect(dupId.body.error.code).toBe('ID_ALREADY_REGISTERED')
    expect(dupId.body.error.message).toMatch(/sign in, or reset the password/i)

    const samePhone = person(first.phone)
    const dupPhone = await call('POST', '/api/v1/accounts', { ...samePhone, code: await codeFor(first.phone) })
    expect([dupPhone.status, dupPhone.body.error.code]).toEqual([409, 'PHONE_IN_USE'])
  })

  it('sends a legacy account’s owner to data completion instead of a second account', async () => {
    const id = residentId()
    await platform.createAccount(`legacy-${id}`, 'Old-Pass-1x', { status: 'needs_completion', idNumber: id, idType: 'resident_id' })
    const body = person(phone(), id)
    const res = await call('POST', '/api/v1/accounts', { ...body, code: await codeFor(body.phone) })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toMatch(/old filing systems.*complete/i)
  })

  it('checks the code: wrong, expired, single use, burned after five wrong tries', async () => {
    const body = person()
    const code = await codeFor(body.phone)
    const wrong = code === '000000' ? '111111' : '000000'
    expect((await call('POST', '/api/v1/accounts', { ...body, code: wrong })).body.error.code).toBe('CODE_INVALID')
    expect((await call('POST', '/api/v1/accounts', { ...body, code })).status).toBe(201)
    // The same code a second time: used up (checked before the duplicate phone, so it says so).
    expect((await call('POST', '/api/v1/accounts', { ...body, code })).body.error.code).toBe('CODE_INVALID')

    const late = person()
    const lateCode = await codeFor(late.phone)
    clock.advance(10 * 60_000)
    expect((await call('POST', '/api/v1/accounts', { ...late, code: lateCode })).body.error.code).toBe('CODE_EXPIRED')

    const burn = person()
    const burnCode = await codeFor(burn.phone)
    const other = burnCode === '123456' ? '654321' : '123456'
    for (let i = 0; i < 5; i++) await call('POST', '/api/v1/accounts', { ...burn, code: other })
    const afterBurn = await call('POST', '/api/v1/accounts', { ...burn, code: burnCode })
    expect([afterBurn.status, afterBurn.body.error.code]).toEqual([400, 'CODE_INVALID'])
    expect(afterBurn.body.error.message).toMatch(/new code/)
  })

  it('refuses a password that breaks the policy, listing every broken rule', async () => {
    const body = { ...person(), password: 'password' }
    const res = await call('POST', '/api/v1/accounts', { ...body, code: await codeFor(body.phone) })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('POLICY_VIOLATION')
    expect(res.body.error.rules.map((r: { code: string }) => r.code)).toEqual(['TOO_FEW_CLASSES', 'COMMON_PASSWORD'])
  })

  it('checks document numbers with their check characters', async () => {
    const badId = { ...person(), profile: { name: 'x', idType: 'resident_id', idNumber: '110105194912310021' } }
    const res = await call('POST', '/api/v1/accounts', { ...badId, code: '123456' })
    expect(res.status).toBe(422)
    expect(res.body.error.fields['profile.idNumber']).toBe('check_digit')
    const badUscc = { type: 'entity', password, phone: phone(), email: 'x@example.com', code: '123456', profile: { name: 'x', uscc: '91350100M000100Y44' } }
    // The entity profile is a union (USCC or none): the error is the closer branch's, by code.
    expect((await call('POST', '/api/v1/accounts', badUscc)).body.error.fields).toEqual({ 'profile.uscc': 'check_digit' })
  })
})
