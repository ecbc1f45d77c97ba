import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlatform, type TestPlatform } from '../../../test/platform-fixture'
import { absentKeychain, tempDataDir } from '../../../test/session-harness'
import { ipcChannel, type ChannelName } from '../../shared/ipc-contract'
import { createAppCore } from './app-core'
import { silentLogger } from './logger'

let platform: TestPlatform
const password = 'Core-Test-2026'
const page = 'http://127.0.0.1:5173'

beforeAll(async () => {
  platform = await startTestPlatform()
  await platform.createAccount('agency1', password, { type: 'agency' })
  await platform.createAccount('client1', password)
})
afterAll(() => platform.close())

const notes = { name: 'notes', migrations: [{ version: 1, name: 'notes', up: 'CREATE TABLE notes (body TEXT NOT NULL)' }] }

describe('app core: calls name their account', () => {
  it('keeps each open account’s data to itself and refuses an account that is not open', async () => {
    const core = createAppCore({
      dataDir: tempDataDir(),
      platformUrl: platform.url,
      localPlatform: false,
      log: silentLogger(),
      trustedOrigins: () => [page],
      keychain: absentKeychain,
      accountMigrationLists: [notes]
    })
    const call = (name: ChannelName, input: unknown) =>
      core.dispatch(ipcChannel(name), input, { url: `${page}/`, isMainFrame: true }) as Promise<{
        ok: boolean
        value: Record<string, unknown> & { account: { id: string } }
        error: { code: string }
      }>

    const agency = await call('signIn', { account: 'agency1', password, remember: false })
    const client = await call('signIn', { account: 'client1', password, remember: false })
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

    const stranger = '00000000-0000-4000-8000-000000000000'
    for (const [name, input] of [
      ['accountSettings', { accountId: stranger }],
      ['setAccountSetting', { accountId: stranger, key: 'docketPrefix', value: 'X' }],
      ['changePassword', { accountId: stranger, currentPassword: password, newPassword: 'Another-Pass-2026' }],
      ['switchAccount', { accountId: stranger }],
      ['signOut', { accountId: stranger }]
    ] as const) {
      expect(await call(name, input), name).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    }
    expect(core.accountDatabase(stranger)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })

    // Signed out: its data is no longer reachable through the core.
    await call('signOut', { accountId: a })
    expect(await call('accountSettings', { accountId: a })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await call('currentSession', {})).toMatchObject({ ok: true, value: { account: { loginName: 'client1' } } })
    await core.close()
  })
})

describe('app core: no keychain', () => {
  it('tells once per run that "remember me" could not be kept, and signs in every time', async () => {
    const core = createAppCore({
      dataDir: tempDataDir(),
      platformUrl: platform.url,
      localPlatform: false,
      log: silentLogger(),
      trustedOrigins: () => [page],
      keychain: absentKeychain
    })
    const signIn = (account: string) =>
      core.dispatch(ipcChannel('signIn'), { account, password, remember: true }, { url: `${page}/`, isMainFrame: true })
    expect(await signIn('agency1')).toMatchObject({
      ok: true,
      value: { account: { remembered: false, state: 'online' }, keychainWarning: { code: 'KEYCHAIN_UNAVAILABLE' } }
    })
    expect(await signIn('client1')).toMatchObject({ ok: true, value: { account: { remembered: false }, keychainWarning: null } })
    await core.close()
  })
})
