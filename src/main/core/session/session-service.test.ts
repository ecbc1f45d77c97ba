import { randomUUID } from 'node:crypto'
import keytar from 'keytar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { launchRegistry, switchableNetwork, tempDataDir } from '../../../../test/session-harness'
import { apiPaths } from '../../../shared/platform-api'
import { platformClient } from '../../../../test/platform-client'

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
  const me = (id: string) => service(id).withAccess((token) => platformClient({ baseUrl: platform.url, fetch: network.fetch }).me(token))
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
    await platform.store.revokeAllFamilies(ids.other!, clock.now())
    clock.advance(16 * 60_000)

    expect(await a.me(ids.other!)).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(a.eventsNamed('sessionExpired')).toEqual([{ accountId: ids.other, reason: 'revoked' }])
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

  it('signing out of a session the platform ended says it is over there too, not that the platform is unreachable', async () => {
    const a = app()
    await a.registry.signIn({ account: 'other', password, remember: true })
    await platform.store.revokeAllFamilies(ids.other!, clock.now())
    expect(await a.registry.signOut(ids.other!)).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: true } })
    expect(a.eventsNamed('sessionExpired')).toEqual([{ accountId: ids.other, reason: 'revoked' }])
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

/** Lets the event loop run until `done` holds (requests on their way, answers arrived). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
  if (!done()) throw new Error('timed out waiting')
}

/** A network that can hold refresh requests back until released, to play a slow answer while the user acts. */
function holdingNetwork() {
  let held: Promise<void> | null = null
  let release = () => {}
  const net = {
    refreshes: 0,
    hold() {
      held = new Promise<void>((resolve) => (release = resolve))
    },
    release() {
      held = null
      release()
    },
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith(apiPaths.refresh)) {
        net.refreshes++
        if (held) await held
      }
      return fetch(input, init)
    }) as typeof fetch
  }
  return net
}

describe('session service: one renewal at a time', () => {
  const slowApp = () => {
    const net = holdingNetwork()
    const launched = launchRegistry({ platformUrl: platform.url, dataDir: tempDataDir(), fetch: net.fetch })
    const me = (id: string) => {
      const entry = launched.registry.get(id)
      if (!entry.ok) throw new Error('not open')
      return entry.value.service.withAccess((token) => platformClient({ baseUrl: platform.url }).me(token))
    }
    return { ...launched, net, me }
  }

  it('the keychain keeps the rotated token of a shared renewal, good for the next start', async () => {
    const a = slowApp()
    await a.registry.signIn({ account: 'late', password, remember: true })
    const [before] = await a.keychain()
    clock.advance(16 * 60_000)
    const [x, y] = await Promise.all([a.me(ids.late!), a.me(ids.late!)])
    expect([x.ok, y.ok]).toEqual([true, true])
    expect(a.net.refreshes).toBe(1)
    const [after] = await a.keychain()
    expect(after!.password).not.toBe(before!.password)
    expect(await platformClient({ baseUrl: platform.url }).refresh(after!.password)).toMatchObject({ ok: true })
    await keytar.deletePassword(a.vault.service, after!.account)
    a.close()
  })

  it('a sign-out while the refresh is out wins: signed out, keychain empty, no theft alarm', async () => {
    const a = slowApp()
    await a.registry.signIn({ account: 'late', password, remember: true })
    clock.advance(16 * 60_000)
    a.net.hold()
    const call = a.me(ids.late!)
    await until(() => a.net.refreshes === 1)
    const signedOut = a.registry.signOut(ids.late!)
    await new Promise((resolve) => setTimeout(resolve, 50))
    a.net.release()

    expect(await signedOut).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: true } })
    const answer = await call
    // Whichever reached the platform first, the call or the sign-out, nobody was taken for a thief.
    if (!answer.ok) expect(answer.error.code).not.toMatch(/^TOKEN_/)
    expect(a.net.refreshes).toBe(1)
    expect(a.registry.list()).toEqual([])
    expect(a.eventsNamed('sessionExpired')).toEqual([])
    expect(await a.keychain()).toEqual([])
    a.close()
  })

  it('a renewal that returns after the account signed in again leaves the new sign-in in place', async () => {
    const a = slowApp()
    await a.registry.signIn({ account: 'late', password, remember: true })
    await a.registry.signIn({ account: 'other', password, remember: true })
    clock.advance(16 * 60_000)
    a.net.hold()
    const call = a.me(ids.late!)
    await until(() => a.net.refreshes === 1)
    expect(await a.registry.signIn({ account: 'late', password, remember: true })).toMatchObject({ ok: true })
    const fresh = await keytar.getPassword(a.vault.service, ids.late!)
    a.net.release()

    expect(await call).toMatchObject({ ok: false, error: { code: 'SESSION_CHANGED' } })
    expect(a.registry.list().map((x) => [x.loginName, x.state])).toEqual([['late', 'online'], ['other', 'online']])
    expect(a.eventsNamed('sessionExpired')).toEqual([])
    // The fresh sign-in's token stays in the keychain, and still works.
    expect(await keytar.getPassword(a.vault.service, ids.late!)).toBe(fresh)
    expect(await a.me(ids.late!)).toMatchObject({ ok: true })
    await a.registry.signOut(ids.late!)
    await a.registry.signOut(ids.other!)
    a.close()
  })
})
