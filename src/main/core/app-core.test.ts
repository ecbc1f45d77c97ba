import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ipcChannel, type ChannelInput, type ChannelName, type ChannelOutput } from '../../shared/ipc-contract'
import { passwordPolicyPresets } from '../../shared/password-policy'
import type { Result } from '../../shared/result'
import { phone, residentId } from '../../../test/identity-data'
import { startTestPlatform, type TestPlatform } from '../../../test/platform-fixture'
import { absentKeychain } from '../../../test/session-harness'
import { createAppCore, type AppCoreOptions } from './app-core'
import { silentLogger } from './logger'

let platform: TestPlatform
const page = 'http://127.0.0.1:9/index.html'
const password = 'Core-Test-2026x'

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true })
  await platform.createAccount('wangwu', password, { displayName: '王五' })
  await platform.createAccount('agency1', password, { type: 'agency' })
  await platform.createAccount('client1', password)
})
afterAll(() => platform.close())

/** The core as the app builds it, every platform request it makes written down (method and path, never the body). */
function launch(extra: Partial<AppCoreOptions> = {}, url = platform.url) {
  const dataDir = extra.dataDir ?? mkdtempSync(join(tmpdir(), 'patentdesk-core-'))
  const requests: string[] = []
  const recording: typeof fetch = (input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`)
    return fetch(input, init)
  }
  const core = createAppCore({
    dataDir,
    platformUrl: url,
    localPlatform: false,
    log: silentLogger(),
    trustedOrigins: () => [page],
    fetch: recording,
    ...extra
  })
  const call = <K extends ChannelName>(name: K, input?: ChannelInput<K>) =>
    core.dispatch(ipcChannel(name), input ?? {}, { url: page, isMainFrame: true }) as Promise<Result<ChannelOutput<K>>>
  return { core, call, requests, dataDir }
}

/** A registration code for `to`, as the user's phone receives it. */
async function registrationCode(call: ReturnType<typeof launch>['call'], to: string) {
  expect(await call('sendRegistrationCode', { phone: to })).toMatchObject({ ok: true, value: { resendAfter: 60 } })
  return platform.lastCode(to)
}

const person = (to: string, secret: string, code = '000000') => ({
  type: 'person' as const,
  profile: { name: '赵六', idType: 'resident_id', idNumber: residentId() },
  phone: to,
  email: `${to}@example.com`,
  code,
  password: secret,
  remember: false
})

describe('new passwords are checked in the main process before they leave it', () => {
  it('registration: a password with the phone number in it never reaches the platform', async () => {
    const { core, call, requests } = launch()
    const to = phone()
    const result = await call('register', person(to, `Zq-${to}-x`))
    expect(result).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION', rules: ['CONTAINS_CONTEXT'] } })
    expect(requests).toEqual(['GET /api/v1/password-policy'])
    await core.close()
  })

  it('password change and reset: a too-short password never reaches the platform', async () => {
    const { core, call, requests } = launch()
    const signedIn = await call('signIn', { account: 'wangwu', password, remember: false })
    if (!signedIn.ok) throw new Error('sign-in failed')
    const accountId = signedIn.value.account.id
    requests.length = 0
    expect(await call('changePassword', { accountId, currentPassword: password, newPassword: 'Ab-1' })).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION', rules: ['TOO_SHORT'] }
    })
    expect(await call('confirmPasswordReset', { account: 'wangwu', code: '123456', newPassword: 'wangwu-Pass-9' })).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION', rules: ['CONTAINS_CONTEXT'] }
    })
    // The signed-in account's sync reads its feeds meanwhile; nothing else went out.
    expect(requests.filter((r) => !/^GET \/api\/v1\/(drafts|notices)$/.test(r))).toEqual(['GET /api/v1/password-policy', 'GET /api/v1/password-policy'])
    await call('signOut', { accountId })
    await core.close()
  })

  it('the rules still show from the kept policy when the platform cannot be reached', async () => {
    const own = await startTestPlatform({ policy: 'nist' })
    const first = launch({}, own.url)
    expect(await first.call('passwordPolicy')).toEqual({ ok: true, value: { policy: passwordPolicyPresets.nist } })
    await first.core.close()
    await own.close()

    const offline = launch({ dataDir: first.dataDir }, own.url)
    const answer = await offline.call('passwordPolicy')
    expect(answer).toMatchObject({ ok: true, value: { policy: passwordPolicyPresets.nist, cachedAt: expect.any(String) } })
    await offline.core.close()
  })
})

describe('registration', () => {
  it('registers with a code sent to the phone, then signs the new account in', async () => {
    const { core, call } = launch()
    const to = phone()
    const code = await registrationCode(call, to)
    const result = await call('register', {
      ...person(to, 'Fresh-Account-7', code),
      profile: { name: '无证者', idType: 'none' }
    })
    expect(result).toMatchObject({
      ok: true,
      value: { loginName: expect.stringMatching(/^pd\d{10}$/), registrationCode: expect.stringMatching(/^R\d{11}$/), signInError: null }
    })
    if (!result.ok) return
    expect(result.value.account).toMatchObject({ loginName: result.value.loginName, displayName: '无证者' })
    expect(await call('currentSession')).toMatchObject({ ok: true, value: { account: { loginName: result.value.loginName } } })
    await call('signOut', { accountId: result.value.account!.id })
    await core.close()
  })

  it('answers the assigned codes and signs in unremembered when there is no keychain', async () => {
    const refuse = () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided'))
    const { core, call } = launch({
      keychain: { getPassword: refuse, setPassword: refuse, deletePassword: refuse, findCredentials: refuse }
    })
    const to = phone()
    const code = await registrationCode(call, to)
    const result = await call('register', {
      ...person(to, 'Fresh-Account-8', code),
      type: 'entity',
      profile: { name: '无码公司', nonUscc: true },
      remember: true
    })
    expect(result).toMatchObject({
      ok: true,
      value: { userCode: expect.stringMatching(/^U\d{17}$/), account: { remembered: false, state: 'online' }, signInError: null }
    })
    await core.close()
  })

  it('refuses an ID number whose check character is wrong, naming the field', async () => {
    const { core, call, requests } = launch()
    const wrong = { ...person(phone(), 'Fresh-Account-9'), profile: { name: '赵六', idType: 'resident_id', idNumber: '110105194912310021' } }
    expect(await call('register', wrong)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'profile.idNumber': expect.any(String) } } })
    expect(requests).toEqual([])
    await core.close()
  })
})

describe('support requests', () => {
  const rebind = {
    kind: 'rebind' as const,
    account: 'legacy-zhao',
    name: '赵六',
    idNumber: '11010519491231002X',
    newPhone: '13700001111',
    contact: 'zhao-support@example.com',
    description: '旧手机号已停用'
  }

  it('are sent, listed on this computer without personal data, and a duplicate is refused and not listed twice', async () => {
    const { core, call, dataDir } = launch()
    const sent = await call('sendSupportRequest', rebind)
    expect(sent).toMatchObject({ ok: true, value: { kind: 'rebind', requestId: expect.any(String), sentAt: expect.any(String) } })
    expect(await call('sendSupportRequest', { ...rebind, description: ' 旧手机号已停用 ' })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_REQUEST' }
    })
    const listed = await call('supportRequests')
    expect(listed).toEqual({ ok: true, value: { requests: [sent.ok && sent.value] } })
    await core.close()

    const files = readdirSync(dataDir).filter((f) => f.startsWith('patentdesk.sqlite'))
    const bytes = files.map((f) => readFileSync(join(dataDir, f)).toString('utf8')).join('')
    for (const personal of [rebind.contact, rebind.idNumber, rebind.newPhone, '旧手机号已停用']) expect(bytes).not.toContain(personal)
  })

  it('send the details each kind needs to the platform, and refuse a form missing one', async () => {
    const { core, call } = launch()
    expect(await call('sendSupportRequest', { ...rebind, newPhone: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPhone: 'required' } }
    })
    const sent = await call('sendSupportRequest', { ...rebind, account: 'legacy-qian', contact: '13700002222' })
    if (!sent.ok) throw new Error(sent.error.message)
    const stored = (await platform.store.listSupportRequests()).find((r) => r.id === sent.value.requestId)
    expect(stored).toMatchObject({ kind: 'rebind', account: 'legacy-qian', contact: '13700002222' })
    expect(stored?.body).toBe('name: 赵六\nidNumber: 11010519491231002X\nnewPhone: 13700001111\n\n旧手机号已停用')
    await core.close()
  })
})

const notes = { name: 'notes', migrations: [{ version: 1, name: 'notes', up: 'CREATE TABLE notes (body TEXT NOT NULL)' }] }

describe('calls name their account', () => {
  it('keeps each open account’s data to itself and refuses an account that is not open', async () => {
    const { core, call } = launch({ keychain: absentKeychain, accountMigrationLists: [notes] })
    const agency = await call('signIn', { account: 'agency1', password, remember: false })
    const client = await call('signIn', { account: 'client1', password, remember: false })
    if (!agency.ok || !client.ok) throw new Error('sign-in failed')
    const a = agency.value.account.id
    const c = client.value.account.id

    expect(await call('setAccountSetting', { accountId: a, key: 'docketPrefix', value: 'AG-' })).toMatchObject({
      ok: true,
      value: { settings: { docketPrefix: 'AG-' } }
    })
    expect(await call('accountSettings', { accountId: c })).toEqual({ ok: true, value: { settings: {} } })

    // Another module's table, in the account's own file, through the handle the core gives out.
    const dbA = core.accountDatabase(a)
    const dbC = core.accountDatabase(c)
    if (!dbA.ok || !dbC.ok) throw new Error('account database not open')
    dbA.value.prepare('INSERT INTO notes (body) VALUES (?)').run('only for the agency')
    expect(dbC.value.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 })
    // The filing schema (drafts, outbox, notices) is in every account's own file.
    for (const handle of [dbA.value, dbC.value]) {
      expect(handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('drafts', 'outbox')").all()).toHaveLength(2)
    }

    const stranger = '00000000-0000-4000-8000-000000000000'
    expect(await call('accountSettings', { accountId: stranger })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await call('setAccountSetting', { accountId: stranger, key: 'docketPrefix', value: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_NOT_OPEN' }
    })
    expect(await call('changePassword', { accountId: stranger, currentPassword: password, newPassword: 'Another-Pass-2026' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_NOT_OPEN' }
    })
    expect(await call('switchAccount', { accountId: stranger })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await call('signOut', { accountId: stranger })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(core.accountDatabase(stranger)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })

    // Signed out: its data is no longer reachable through the core.
    await call('signOut', { accountId: a })
    expect(await call('accountSettings', { accountId: a })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await call('currentSession')).toMatchObject({ ok: true, value: { account: { loginName: 'client1' } } })
    await core.close()
  })
})

describe('no keychain', () => {
  it('tells once per run that "remember me" could not be kept, and signs in every time', async () => {
    const { core, call } = launch({ keychain: absentKeychain })
    expect(await call('signIn', { account: 'agency1', password, remember: true })).toMatchObject({
      ok: true,
      value: { account: { remembered: false, state: 'online' }, keychainWarning: { code: 'KEYCHAIN_UNAVAILABLE' } }
    })
    expect(await call('signIn', { account: 'client1', password, remember: true })).toMatchObject({
      ok: true,
      value: { account: { remembered: false }, keychainWarning: null }
    })
    await core.close()
  })
})
