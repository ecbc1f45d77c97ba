import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { launchRegistry, switchableNetwork, tempDataDir } from '../../../../test/session-harness'
import { createPlatformClient } from '../platform/platform-client'

const password = 'Session-Test-2026'
let clock: ReturnType<typeof manualClock>
let platform: TestPlatform
const ids: Record<string, string> = {}

beforeAll(async () => {
  clock = manualClock()
  platform = await startTestPlatform({}, clock.now)
  for (const login of ['early', 'late', 'other']) ids[login] = (await platform.createAccount(login, password)).id
})
afterAll(() => platform.close())

/** An app whose every request is counted, over its own data dir. */
function app() {
  const network = switchableNetwork()
  const launched = launchRegistry({ platformUrl: platform.url, dataDir: tempDataDir(), fetch: network.fetch })
  const service = (id: string) => {
    const entry = launched.registry.get(id)
    if (!entry.ok) throw new Error('not open')
    return entry.value.service
  }
  const me = (id: string) => service(id).withAccess((token) => createPlatformClient({ baseUrl: platform.url, fetch: network.fetch }).me(token))
  return { ...launched, network, service, me }
}

const refreshes = (requests: string[]) => requests.filter((r) => r === 'POST /api/v1/sessions/refresh').length

describe('session service: access token renewal', () => {
  it('renews the access token a minute before it expires, without waiting for a refusal', async () => {
    const a = app()
    await a.registry.signIn({ account: 'early', password, remember: true })
    // Access tokens live 15 minutes: renewal is due at 14.
    expect(a.clock.delays()).toEqual([14 * 60_000])
    const [before] = await a.keychain()

    clock.advance(14 * 60_000)
    await a.clock.fireAll()
    expect(refreshes(a.network.state.requests)).toBe(1)
    const [after] = await a.keychain()
    expect(after!.password).not.toBe(before!.password)
    expect(a.clock.delays()).toEqual([14 * 60_000])

    // Two minutes on, the first token would be dead; the renewed one is accepted first time.
    clock.advance(2 * 60_000)
    expect(await a.me(ids.early!)).toMatchObject({ ok: true, value: { loginName: 'early' } })
    expect(a.network.state.requests.filter((r) => r.endsWith('/refresh') || r.endsWith('/me'))).toEqual([
      'POST /api/v1/sessions/refresh',
      'GET /api/v1/me'
    ])
    await a.registry.signOut(ids.early!)
    expect(a.clock.delays()).toEqual([])
    a.close()
  })

  it('renews an expired access token once for calls that arrive together, then retries each', async () => {
    const a = app()
    await a.registry.signIn({ account: 'late', password, remember: true })
    clock.advance(16 * 60_000)
    const answers = await Promise.all([a.me(ids.late!), a.me(ids.late!), a.me(ids.late!)])
    expect(answers.map((r) => r.ok)).toEqual([true, true, true])
    // A refresh token is single use: a second refresh with it would have ended the session.
    expect(refreshes(a.network.state.requests)).toBe(1)
    expect(a.registry.current()).toMatchObject({ state: 'online' })
    await a.registry.signOut(ids.late!)
    a.close()
  })

  it('a session ended on the platform ends that account only, says why, and keeps it listed as ended', async () => {
    const a = app()
    await a.registry.signIn({ account: 'other', password, remember: true })
    await a.registry.signIn({ account: 'late', password, remember: true })
    platform.store.revokeAllFamilies(ids.other!, clock.now())
    clock.advance(16 * 60_000)

    expect(await a.me(ids.other!)).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(a.eventsNamed('sessionExpired')).toEqual([{ accountId: ids.other, reason: 'expired' }])
    expect(a.registry.list().map((x) => [x.loginName, x.state])).toEqual([['other', 'ended'], ['late', 'online']])
    expect((await a.keychain()).map((c) => c.account)).toEqual([ids.late])
    expect(await a.me(ids.late!)).toMatchObject({ ok: true })
    await a.registry.signOut(ids.late!)
    a.close()
  })
})

describe('session service: signing out', () => {
  it('signing out while the platform is away still ends the session on this computer', async () => {
    const a = app()
    await a.registry.signIn({ account: 'early', password, remember: true })
    a.network.state.down = true
    expect(await a.registry.signOut(ids.early!)).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: false } })
    expect(await a.keychain()).toEqual([])
    expect(a.clock.delays()).toEqual([])
    a.close()
  })

  it('a wrong password leaves no trace', async () => {
    const a = app()
    expect(await a.registry.signIn({ account: 'early', password: `x${randomUUID()}`, remember: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' }
    })
    expect(a.registry.list()).toEqual([])
    expect(await a.keychain()).toEqual([])
    a.close()
  })
})
