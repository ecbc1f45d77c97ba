import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { absentKeychain, launchRegistry, switchableNetwork, tempDataDir } from '../../../../test/session-harness'
import { platformClient } from '../../../../test/platform-client'
import { accountDatabasePath } from '../store/account-database'

let platform: TestPlatform
const password = 'Registry-Test-2026'
const ids: Record<string, string> = {}

const clock = manualClock()

beforeAll(async () => {
  platform = await startTestPlatform({}, clock.now)
  for (const [login, name] of [['firm', '某某专利事务所'], ['client', '李四'], ['third', '王五']] as const) {
    ids[login] = (await platform.createAccount(login, password, { displayName: name, type: login === 'firm' ? 'agency' : 'person' })).id
  }
})
afterAll(() => platform.close())

const signIn = (r: ReturnType<typeof launchRegistry>, account: string, remember = true, secret = password) =>
  r.registry.signIn({ account, password: secret, remember })

describe('session registry: several accounts at once', () => {
  it('keeps two accounts signed in side by side, each with its own file; switching signs nobody out', async () => {
    const dataDir = tempDataDir()
    const app = launchRegistry({ platformUrl: platform.url, dataDir })
    expect(await signIn(app, 'firm')).toMatchObject({ ok: true, value: { account: { loginName: 'firm', state: 'online' } } })
    expect(await signIn(app, 'client')).toMatchObject({ ok: true, value: { account: { loginName: 'client' } } })
    expect(app.registry.currentId()).toBe(ids.client)
    expect(app.registry.list().map((a) => [a.loginName, a.state])).toEqual([['firm', 'online'], ['client', 'online']])

    const firm = app.registry.get(ids.firm!)
    if (!firm.ok) throw new Error('firm not open')
    firm.value.local.setSetting('docketPrefix', 'FIRM-')
    const client = app.registry.get(ids.client!)
    if (!client.ok) throw new Error('client not open')
    expect(client.value.local.settings()).toEqual({})
    expect(accountDatabasePath(dataDir, platform.url, ids.firm!)).not.toBe(accountDatabasePath(dataDir, platform.url, ids.client!))

    expect(app.registry.switchTo(ids.firm!)).toMatchObject({ ok: true, value: { loginName: 'firm' } })
    // Both sessions still work against the platform after the switch.
    for (const id of [ids.firm!, ids.client!]) {
      const entry = app.registry.get(id)
      if (!entry.ok) throw new Error('not open')
      expect((await entry.value.service.refreshAccount()).ok).toBe(true)
    }
    expect(app.eventsNamed('accountsChanged').at(-1)).toMatchObject({ currentId: ids.firm })

    // An account that is not open is refused, whatever the call.
    expect(app.registry.get(ids.third!)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(app.registry.switchTo(ids.third!)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await app.registry.signOut(ids.third!)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })

    // Signing one out leaves the other signed in, and its calls refused from then on.
    expect(await app.registry.signOut(ids.firm!)).toMatchObject({ ok: true, value: { revokedOnServer: true } })
    expect(app.registry.get(ids.firm!)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(app.registry.currentId()).toBe(ids.client)
    expect(app.registry.list().map((a) => a.loginName)).toEqual(['client'])
    await app.registry.signOut(ids.client!)
    expect(await app.keychain()).toEqual([])
    app.close()
  })

  it('reopens every remembered account that was open after a restart, with the current one current', async () => {
    const dataDir = tempDataDir()
    const first = launchRegistry({ platformUrl: platform.url, dataDir })
    await signIn(first, 'firm')
    await signIn(first, 'client')
    await signIn(first, 'third', false)
    first.registry.switchTo(ids.firm!)
    const tokensBefore = (await first.keychain()).map((c) => c.password)
    first.close()

    const second = launchRegistry({ platformUrl: platform.url, dataDir })
    expect(await second.registry.restoreAll()).toBeNull()
    // "third" was not remembered: it cannot come back without its password.
    expect(second.registry.list().map((a) => [a.loginName, a.state])).toEqual([['firm', 'online'], ['client', 'online']])
    expect(second.registry.currentId()).toBe(ids.firm)
    const tokensAfter = (await second.keychain()).map((c) => c.password)
    expect(tokensAfter).toHaveLength(2)
    for (const token of tokensAfter) expect(tokensBefore).not.toContain(token)
    await second.registry.signOut(ids.firm!)
    await second.registry.signOut(ids.client!)
    second.close()
  })

  it('removes an account from this computer: keychain entry, file and verifier gone, the others untouched', async () => {
    const dataDir = tempDataDir()
    const app = launchRegistry({ platformUrl: platform.url, dataDir })
    await signIn(app, 'firm')
    await signIn(app, 'client')
    const file = accountDatabasePath(dataDir, platform.url, ids.client!)
    expect(existsSync(file)).toBe(true)

    expect(await app.registry.remove(ids.client!)).toEqual({ ok: true, value: { removed: true } })
    expect(existsSync(file)).toBe(false)
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect((await app.keychain()).map((c) => c.account)).toEqual([ids.firm])
    expect(app.registry.list().map((a) => a.loginName)).toEqual(['firm'])
    expect(app.registry.currentId()).toBe(ids.firm)

    // Gone from this computer: offline, the password no longer opens it.
    const network = switchableNetwork()
    const offline = launchRegistry({ platformUrl: platform.url, dataDir: tempDataDir(), fetch: network.fetch })
    network.state.down = true
    expect(await signIn(offline, 'client')).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
    offline.close()
    await app.registry.signOut(ids.firm!)
    app.close()
  })
})

describe('session registry: offline', () => {
  it('opens a remembered account offline when the platform is away, and renews it in the background when it answers', async () => {
    const dataDir = tempDataDir()
    const first = launchRegistry({ platformUrl: platform.url, dataDir })
    await signIn(first, 'client')
    const firstRun = first.registry.get(ids.client!)
    if (!firstRun.ok) throw new Error('not open')
    firstRun.value.local.setSetting('docketPrefix', 'LI-')
    first.close()

    const network = switchableNetwork()
    network.state.down = true
    const app = launchRegistry({ platformUrl: platform.url, dataDir, fetch: network.fetch })
    expect(await app.registry.restoreAll()).toBeNull()
    expect(app.registry.current()).toMatchObject({ loginName: 'client', displayName: '李四', state: 'offline' })
    const entry = app.registry.get(ids.client!)
    if (!entry.ok) throw new Error('not open')
    // Local data is there with no network.
    expect(entry.value.local.settings()).toEqual({ docketPrefix: 'LI-' })
    expect(await entry.value.service.withAccess(async () => ({ ok: true as const, value: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'NETWORK' }
    })

    // Still away at the first retry: it waits longer, and keeps the stored sign-in.
    expect(app.clock.delays()).toEqual([1000])
    await app.clock.fireAll()
    expect(app.clock.delays()).toEqual([2000])
    expect(await app.keychain()).toHaveLength(1)

    network.state.down = false
    await app.clock.fireAll()
    expect(app.registry.current()).toMatchObject({ state: 'online' })
    expect(app.eventsNamed('accountOnline')).toEqual([{ accountId: ids.client }])
    expect((await entry.value.service.refreshAccount()).ok).toBe(true)
    await app.registry.signOut(ids.client!)
    app.close()
  })

  it('ends a session the platform refuses on reconnect, keeping the local data usable', async () => {
    const dataDir = tempDataDir()
    const first = launchRegistry({ platformUrl: platform.url, dataDir })
    await signIn(first, 'third')
    const opened = first.registry.get(ids.third!)
    if (!opened.ok) throw new Error('not open')
    opened.value.local.setSetting('docketPrefix', 'WANG-')
    first.close()

    const network = switchableNetwork()
    network.state.down = true
    const app = launchRegistry({ platformUrl: platform.url, dataDir, fetch: network.fetch })
    await app.registry.restoreAll()
    expect(app.registry.current()).toMatchObject({ state: 'offline' })
    // Meanwhile, on the platform, the password was changed elsewhere: every session ended.
    await platform.store.revokeAllFamilies(ids.third!, new Date())
    network.state.down = false
    await app.clock.fireAll()

    expect(app.registry.current()).toMatchObject({ loginName: 'third', state: 'ended', endedReason: 'expired' })
    expect(app.eventsNamed('sessionExpired')).toEqual([{ accountId: ids.third, reason: 'expired' }])
    expect(await app.keychain()).toEqual([])
    const entry = app.registry.get(ids.third!)
    if (!entry.ok) throw new Error('not open')
    expect(entry.value.local.settings()).toEqual({ docketPrefix: 'WANG-' })
    expect(await entry.value.service.withAccess(async () => ({ ok: true as const, value: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'SESSION_EXPIRED' }
    })
    // Signing in again brings the same account back online.
    expect(await signIn(app, 'third')).toMatchObject({ ok: true, value: { account: { state: 'online', endedReason: null } } })
    await app.registry.signOut(ids.third!)
    app.close()
  })

  it('opens a known, unremembered account offline with its password only, and signs it in when the platform answers', async () => {
    const dataDir = tempDataDir()
    const network = switchableNetwork()
    const app = launchRegistry({ platformUrl: platform.url, dataDir, fetch: network.fetch })
    await signIn(app, 'client', false)
    await app.registry.signOut(ids.client!)
    expect(await app.keychain()).toEqual([])

    network.state.down = true
    expect(await signIn(app, 'client', false, 'Wrong-Password-1')).toMatchObject({ ok: false, error: { code: 'OFFLINE_CREDENTIALS' } })
    expect(app.registry.list()).toEqual([])
    // Never signed in on this computer: the network is needed.
    expect(await signIn(app, 'firm', false)).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
    expect(await signIn(app, 'CLIENT', false)).toMatchObject({ ok: true, value: { account: { loginName: 'client', state: 'offline' } } })

    network.state.down = false
    const before = network.state.requests.length
    await app.clock.fireAll()
    expect(network.state.requests.slice(before)).toEqual(['POST /api/v1/sessions'])
    expect(app.registry.current()).toMatchObject({ state: 'online', remembered: false })
    expect(app.eventsNamed('accountOnline')).toEqual([{ accountId: ids.client }])
    expect(await app.keychain()).toEqual([])
    await app.registry.signOut(ids.client!)
    app.close()
  })

  it('a stored token used twice is dropped at restore and the account shows the session ended', async () => {
    const dataDir = tempDataDir()
    const first = launchRegistry({ platformUrl: platform.url, dataDir })
    await signIn(first, 'firm')
    const [stored] = await first.keychain()
    first.close()
    // Someone else used the token (a copy of the keychain entry): the platform sees a reuse.
    await platformClient({ baseUrl: platform.url }).refresh(stored!.password)
    // Past the platform's retry window (30 s), where a second use is a lost answer being retried.
    clock.advance(31_000)

    const second = launchRegistry({ platformUrl: platform.url, dataDir })
    await second.registry.restoreAll()
    expect(second.registry.current()).toMatchObject({ loginName: 'firm', state: 'ended', endedReason: 'reused' })
    expect(await second.keychain()).toEqual([])
    expect(second.eventsNamed('sessionExpired')).toEqual([{ accountId: ids.firm, reason: 'reused' }])
    second.close()
  })
})

describe('session registry: no keychain', () => {
  it('signs in with "remember me" and no Secret Service: the session goes on in memory, the user is told why', async () => {
    const dataDir = tempDataDir()
    const app = launchRegistry({ platformUrl: platform.url, dataDir, keychain: absentKeychain })
    const result = await signIn(app, 'client', true)
    expect(result).toMatchObject({
      ok: true,
      value: { account: { state: 'online', remembered: false }, keychainWarning: { code: 'KEYCHAIN_UNAVAILABLE' } }
    })
    const entry = app.registry.get(ids.client!)
    if (!entry.ok) throw new Error('not open')
    expect((await entry.value.service.refreshAccount()).ok).toBe(true)
    app.close()

    // Nothing was remembered: a restart asks for the password, and finds no dangling sign-in.
    const again = launchRegistry({ platformUrl: platform.url, dataDir, keychain: absentKeychain })
    expect(await again.registry.restoreAll()).toBeNull()
    expect(again.registry.list()).toEqual([])
    again.close()
  })
})
