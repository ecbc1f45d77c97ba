import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import argon2 from 'argon2'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importLegacy } from '../admin/import-legacy'
import { phone, residentId } from '../../test/identity-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
let report: string
const legacyId = residentId()
const salted = `sha256$s4lt$${createHash('sha256').update('s4ltStrong-Old-9x').digest('hex')}`

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true }, clock.now)
  call = caller(platform)
  const csv = join(platform.dataDir, 'legacy.csv')
  writeFileSync(
    csv,
    [
      'login_name,type,display_name,password,password_hash,phone,email,id_number',
      `weakold,person,老张,123456,,,,${legacyId}`,
      `hashold,entity,老公司,,${salted},,,`,
      'broken,robot,x,pw,,,,',
      'nopass,person,x,,,,,'
    ].join('\n')
  )
  report = await importLegacy({ data: platform.dataDir, csv })
})
afterAll(() => platform.close())

const signIn = (account: string, password: string) => call('POST', '/api/v1/sessions', { account, password })

async function profileCode(token: string, to: string) {
  clock.advance(61_000)
  expect((await call('POST', '/api/v1/verification-codes', { purpose: 'profile', channel: 'sms', to }, { token })).status).toBe(202)
  return platform.lastCode(to)
}

describe('legacy accounts', () => {
  it('imports good rows and names each bad row by line', () => {
    expect(report).toContain('Imported 2 of 4')
    expect(report).toMatch(/line 4: type/)
    expect(report).toMatch(/line 5: password: give exactly one/)
  })

  it('keeps an old salted hash wrapped in argon2id from the import on, so it answers in argon2 time', async () => {
    const stored = (await platform.store.findAccountBySignInName('hashold'))!.passwordHash
    expect(stored).toMatch(/^argon2sha256\$s4lt\$\$argon2id\$v=19\$m=65536,p=4,t=3\$/)
    expect(stored).not.toContain(salted.split('$')[2])
    expect((await signIn('hashold', 'wrong')).status).toBe(401)
    expect((await platform.store.findAccountBySignInName('hashold'))!.passwordHash).toBe(stored)
  })

  it('checks a bare sha256 hash left by an earlier import in argon2 time, then replaces it', async () => {
    const bare = `sha256$pep$${createHash('sha256').update('pepBare-Old-Pass-7').digest('hex')}`
    await platform.createAccount('bareold', 'unused')
    await platform.store.updateAccount((await platform.store.findAccountBySignInName('bareold'))!.id, { passwordHash: bare })
    // A sha256 alone takes microseconds; an argon2id check a quarter of a second. Interleaved
    // medians, so that the machine's load falls on both alike.
    const times = { bare: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < 3; i++) {
      for (const [list, account] of [[times.bare, 'bareold'], [times.unknown, `nobody-${i}`]] as const) {
        const started = performance.now()
        expect((await signIn(account, 'Bare-Old-Pass-8')).status).toBe(401)
        list.push(performance.now() - started)
      }
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[1]!
    expect(median(times.bare)).toBeGreaterThan(median(times.unknown) / 2)
    expect((await signIn('bareold', 'Bare-Old-Pass-7')).status).toBe(200)
    expect((await platform.store.findAccountBySignInName('bareold'))!.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('upgrades an imported argon2 hash with weaker parameters at the next sign-in', async () => {
    const weak = await argon2.hash('Weak-Params-2026', { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 })
    await platform.createAccount('weakparams', 'unused')
    const id = (await platform.store.findAccountBySignInName('weakparams'))!.id
    await platform.store.updateAccount(id, { passwordHash: weak })
    expect((await signIn('weakparams', 'Wrong-Params-2026')).status).toBe(401)
    expect((await platform.store.findAccountById(id))!.passwordHash).toBe(weak)
    expect((await signIn('weakparams', 'Weak-Params-2026')).status).toBe(200)
    expect((await platform.store.findAccountById(id))!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/)
    expect((await signIn('weakparams', 'Weak-Params-2026')).status).toBe(200)
  })

  it('sign in with the old password, then must complete their data (and change a weak password)', async () => {
    const res = await signIn('weakold', '123456')
    expect(res.status).toBe(200)
    expect(res.body.account).toMatchObject({ status: 'needs_completion', mustChangePassword: true, mustChangeReason: 'legacy' })
  })

  it('accepts an old salted hash once, then keeps an argon2id hash instead', async () => {
    const res = await signIn('hashold', 'Strong-Old-9x')
    expect(res.body.account).toMatchObject({ status: 'needs_completion', mustChangePassword: false })
    expect((await platform.store.findAccountBySignInName('hashold'))!.passwordHash).toMatch(/^\$argon2id\$/)
    expect((await signIn('hashold', 'Strong-Old-9x')).status).toBe(200)
    expect((await signIn('hashold', 'wrong')).status).toBe(401)
  })

  it('registering again with the legacy ID number sends the user to complete the old account', async () => {
    const p = phone()
    clock.advance(61_000)
    await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: p })
    const res = await call('POST', '/api/v1/accounts', {
      type: 'person', password: 'New-Account-1x', phone: p, email: 'n@example.com', code: await platform.lastCode(p),
      profile: { name: '老张', idType: 'resident_id', idNumber: legacyId }
    })
    expect([res.status, res.body.error.code]).toEqual([409, 'ID_ALREADY_REGISTERED'])
    expect(res.body.error.message).toMatch(/complete its data/)
  })
})

describe('PUT /api/v1/me/profile (data completion)', () => {
  it('completes a legacy account with a verified phone; the account becomes active', async () => {
    const token = (await signIn('weakold', '123456')).body.accessToken
    // Its weak old password must be changed first, as the client does (PASSWORD_CHANGE_REQUIRED until then).
    const changed = await call('POST', '/api/v1/me/password', { currentPassword: '123456', newPassword: 'Strong-New-9x' }, { token })
    expect(changed.status).toBe(204)
    const p = phone()
    const body = { profile: { name: '张老三', idType: 'resident_id', idNumber: legacyId }, phone: p, email: 'zhang@example.com' }

    const wrong = await call('PUT', '/api/v1/me/profile', { ...body, code: '000000' }, { token })
    expect(wrong.status).toBe(400)
    expect(['CODE_INVALID']).toContain(wrong.body.error.code)

    const res = await call('PUT', '/api/v1/me/profile', { ...body, code: await profileCode(token, p) }, { token })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'active', displayName: '张老三', contacts: { phone: `${p.slice(0, 3)}****${p.slice(-4)}` } })
    expect((await call('GET', '/api/v1/me', undefined, { token })).body.status).toBe('active')
  })

  it('refuses a phone used by another account and an ID number already registered', async () => {
    const taken = phone()
    const otherId = residentId()
    await platform.createAccount('holder', 'Holder-Pass-1x', { phone: taken, idNumber: otherId, idType: 'resident_id' })
    const token = (await signIn('hashold', 'Strong-Old-9x')).body.accessToken

    const dupPhone = await call('PUT', '/api/v1/me/profile',
      { profile: { name: '老公司', nonUscc: true }, phone: taken, email: 'c@example.com', code: await profileCode(token, taken) }, { token })
    expect([dupPhone.status, dupPhone.body.error.code]).toEqual([409, 'PHONE_IN_USE'])

    const person = await platform.createAccount('legacy-person', 'Legacy-Pass-1x', { status: 'needs_completion' })
    expect(person.status).toBe('needs_completion')
    const personToken = (await signIn('legacy-person', 'Legacy-Pass-1x')).body.accessToken
    const p = phone()
    const dupId = await call('PUT', '/api/v1/me/profile',
      { profile: { name: 'x', idType: 'resident_id', idNumber: otherId }, phone: p, email: 'p@example.com', code: await profileCode(personToken, p) },
      { token: personToken })
    expect([dupId.status, dupId.body.error.code]).toEqual([409, 'ID_ALREADY_REGISTERED'])
  })

  it('a person with "none of the above" gets a registration code, shown in the account from then on', async () => {
    await platform.createAccount('no-papers', 'Quiet-River-Pass-7x', { status: 'needs_completion' })
    const token = (await signIn('no-papers', 'Quiet-River-Pass-7x')).body.accessToken
    const p = phone()
    const body = { profile: { name: '无证件', idType: 'none' }, phone: p, email: 'none@example.com', code: await profileCode(token, p) }
    const res = await call('PUT', '/api/v1/me/profile', body, { token })
    expect(res.status).toBe(200)
    expect(res.body.registrationCode).toMatch(/^R\d{11}$/)
    expect((await call('GET', '/api/v1/me', undefined, { token })).body.registrationCode).toBe(res.body.registrationCode)
    expect((await signIn('no-papers', 'Quiet-River-Pass-7x')).body.account.registrationCode).toBe(res.body.registrationCode)
  })

  it('validates the profile by the account’s own type', async () => {
    const token = (await signIn('hashold', 'Strong-Old-9x')).body.accessToken
    const res = await call('PUT', '/api/v1/me/profile',
      { profile: { name: 'x', idType: 'resident_id', idNumber: legacyId }, phone: phone(), email: 'e@example.com', code: '123456' }, { token })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('VALIDATION')
  })
})
