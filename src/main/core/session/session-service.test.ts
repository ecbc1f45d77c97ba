import { randomUUID } from 'node:crypto'
import keytar from 'keytar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { platformClient } from '../../../../test/platform-client'
import { apiPaths } from '../../../shared/platform-api'
import { silentLogger } from '../logger'
import { createAccountStore } from '../store/account-store'
import { openClientDatabase } from '../store/database'
import { createVault } from '../vault'
import { createSessionService } from './session-service'

let platform: TestPlatform
const password = 'Session-Test-2026'
const platformClock = manualClock()

beforeAll(async () => {
  platform = await startTestPlatform({}, platformClock.now)
  await platform.createAccount('sunqi', password, { displayName: '孙七' })
})
afterAll(() => platform.close())

/** One "app launch": a fresh service over the same database file and the real keychain. */
function launch(db: ReturnType<typeof openClientDatabase>, baseUrl = platform.url) {
  const events: unknown[] = []
  const vault = createVault(platform.url)
  const service = createSessionService({
    origin: new URL(platform.url).origin,
    client: platformClient({ baseUrl, timeoutMs: 2000 }),
    vault,
    accounts: createAccountStore(db, new URL(platform.url).origin),
    log: silentLogger(),
    emit: (event, payload) => events.push({ event, payload })
  })
  return { service, vault, events }
}

const freshDb = () => openClientDatabase(':memory:')
const keychainFor = async () => keytar.findCredentials(createVault(platform.url).service)

describe('session service', () => {
  it('a remembered sign-in survives a restart, rotating the stored token', async () => {
    const db = freshDb()
    const first = launch(db)
    const signedIn = await first.service.signIn({ account: 'sunqi', password, remember: true })
    expect(signedIn).toMatchObject({ ok: true, value: { displayName: '孙七', remembered: true } })
    const [stored] = await keychainFor()
    expect(stored).toBeDefined()

    const second = launch(db)
    expect(second.service.current()).toBeNull()
    const restored = await second.service.restore()
    expect(restored).toMatchObject({ ok: true, value: { loginName: 'sunqi' } })
    const [rotated] = await keychainFor()
    expect(rotated?.password).not.toBe(stored?.password)

    expect(await second.service.signOut()).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: true } })
    expect(await keychainFor()).toEqual([])
    expect(await launch(db).service.restore()).toEqual({ ok: true, value: null })
  })

  it('without "remember me" nothing reaches the keychain and a restart asks to sign in', async () => {
    const db = freshDb()
    const first = launch(db)
    expect((await first.service.signIn({ account: 'sunqi', password, remember: false })).ok).toBe(true)
    expect(await keychainFor()).toEqual([])
    expect(await launch(db).service.restore()).toEqual({ ok: true, value: null })
    await first.service.signOut()
  })

  it('a sign-in ended on the platform is dropped at restore and reported', async () => {
    const db = freshDb()
    const first = launch(db)
    const signedIn = await first.service.signIn({ account: 'sunqi', password, remember: true })
    if (!signedIn.ok) throw new Error('sign-in failed')
    const [stored] = await keychainFor()
    // Someone else used the token (a copy of the keychain entry): the platform sees a reuse.
    await platformClient({ baseUrl: platform.url }).refresh(stored!.password)
    // Past the platform's retry window (30 s), where a second use is a lost answer being retried.
    platformClock.advance(31_000)

    const second = launch(db)
    // The app then presents a token that was already used: the platform ends the whole family.
    expect(await second.service.restore()).toMatchObject({ ok: false, error: { code: 'TOKEN_REUSED' } })
    expect(await keychainFor()).toEqual([])
    expect(second.events).toEqual([{ event: 'sessionExpired', payload: { accountId: signedIn.value.id, reason: 'reused' } }])
  })

  it('keeps the stored sign-in when the platform is unreachable at start-up', async () => {
    const db = freshDb()
    const first = launch(db)
    await first.service.signIn({ account: 'sunqi', password, remember: true })
    const offline = launch(db, 'http://127.0.0.1:9')
    expect(await offline.service.restore()).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
    expect(await keychainFor()).toHaveLength(1)
    await first.service.signOut()
  })

  it('signing out offline still ends the session on this computer', async () => {
    const db = freshDb()
    const online = launch(db)
    await online.service.signIn({ account: 'sunqi', password, remember: true })
    // Same database and keychain, but the platform has gone away since sign-in.
    const offline = launch(db, 'http://127.0.0.1:9')
    await offline.service.restore()
    expect(await online.service.signOut()).toMatchObject({ ok: true })
    expect(await keychainFor()).toEqual([])
    expect(await online.service.signOut()).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
  })

  it('a wrong password leaves no trace', async () => {
    const { service } = launch(freshDb())
    expect(await service.signIn({ account: 'sunqi', password: `x${randomUUID()}`, remember: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' }
    })
    expect(service.current()).toBeNull()
    expect(await keychainFor()).toEqual([])
  })
})

/** A session service on its own database, against `target`. */
function serviceOn(target: TestPlatform, fetchFn: typeof fetch = fetch) {
  const vault = createVault(target.url)
  const events: unknown[] = []
  const service = createSessionService({
    origin: new URL(target.url).origin,
    client: platformClient({ baseUrl: target.url, fetch: fetchFn }),
    vault,
    accounts: createAccountStore(freshDb(), new URL(target.url).origin),
    log: silentLogger(),
    emit: (event, payload) => events.push({ event, payload })
  })
  return { service, vault, events }
}

describe('session service: expired access tokens', () => {
  it('renews an access token the platform no longer accepts, so sign-out still ends the session there', async () => {
    const clock = manualClock()
    const timed = await startTestPlatform({}, clock.now)
    await timed.createAccount('late', password)
    const { service, vault, events } = serviceOn(timed)
    await service.signIn({ account: 'late', password, remember: true })
    const [before] = await keytar.findCredentials(vault.service)
    clock.advance(16 * 60_000)

    expect(await service.signOut()).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: true } })
    // The rotated refresh token was revoked on the platform with the rest of the family.
    const replay = await platformClient({ baseUrl: timed.url }).refresh(before!.password)
    expect(replay.ok).toBe(false)
    expect(await keytar.findCredentials(vault.service)).toEqual([])
    expect(events).toEqual([])
    await timed.close()
  })

  it('ends the session and tells the renderer when the platform has revoked it', async () => {
    const clock = manualClock()
    const timed = await startTestPlatform({}, clock.now)
    const account = await timed.createAccount('revoked', password)
    const { service, vault, events } = serviceOn(timed)
    await service.signIn({ account: 'revoked', password, remember: true })
    await timed.store.revokeAllFamilies(account.id, clock.now())
    clock.advance(16 * 60_000)

    const result = await service.withAccess((token) => platformClient({ baseUrl: timed.url }).me(token))
    expect(result).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(service.current()).toBeNull()
    expect(events).toEqual([{ event: 'sessionExpired', payload: { accountId: account.id, reason: 'revoked' } }])
    expect(await keytar.findCredentials(vault.service)).toEqual([])
    await timed.close()
  })
})

/**
 * The network between the service and the platform: counts refresh requests, and can hold
 * them back until released, to play a slow answer while the user does something else.
 */
function network() {
  let held: Promise<void> | null = null
  let release = () => {}
  const net = {
    refreshes: 0,
    hold() {
      held = new Promise<void>((resolve) => (release = resolve))
    },
    release: () => {
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

/** Lets the event loop run until `done` holds (requests on their way, answers arrived). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
  if (!done()) throw new Error('timed out waiting')
}

describe('session service: one renewal at a time', () => {
  let timed: TestPlatform
  let clock: ReturnType<typeof manualClock>
  beforeAll(async () => {
    clock = manualClock()
    timed = await startTestPlatform({}, clock.now)
    await timed.createAccount('parallel', password, { displayName: '周九' })
    await timed.createAccount('second', password, { displayName: '吴十' })
  })
  afterAll(() => timed.close())

  it('two calls that both find the access token expired share one refresh, and both succeed', async () => {
    const net = network()
    const { service, vault, events } = serviceOn(timed, net.fetch)
    await service.signIn({ account: 'parallel', password, remember: true })
    const [before] = await keytar.findCredentials(vault.service)
    clock.advance(16 * 60_000)

    const me = (token: string) => platformClient({ baseUrl: timed.url }).me(token)
    const [a, b] = await Promise.all([service.withAccess(me), service.withAccess(me)])
    expect(a).toMatchObject({ ok: true, value: { loginName: 'parallel' } })
    expect(b).toMatchObject({ ok: true, value: { loginName: 'parallel' } })
    expect(net.refreshes).toBe(1)
    expect(events).toEqual([])
    expect(service.current()).toMatchObject({ loginName: 'parallel' })

    // The keychain holds the rotated token, and it is good for a restart's renewal.
    const [after] = await keytar.findCredentials(vault.service)
    expect(after?.password).not.toBe(before?.password)
    expect(await platformClient({ baseUrl: timed.url }).refresh(after!.password)).toMatchObject({ ok: true })
    await keytar.deletePassword(vault.service, after!.account)
  })

  it('a sign-out while the refresh is out wins: signed out, keychain empty, no theft alarm', async () => {
    const net = network()
    const { service, vault, events } = serviceOn(timed, net.fetch)
    await service.signIn({ account: 'parallel', password, remember: true })
    clock.advance(16 * 60_000)

    net.hold()
    const call = service.withAccess((token) => platformClient({ baseUrl: timed.url }).me(token))
    await until(() => net.refreshes === 1)
    const signedOut = service.signOut()
    await new Promise((resolve) => setTimeout(resolve, 50))
    net.release()

    expect(await signedOut).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: true } })
    const answer = await call
    // Whichever reached the platform first, the call or the sign-out, nobody was taken for a thief.
    if (!answer.ok) expect(answer.error.code).not.toMatch(/^TOKEN_/)
    expect(net.refreshes).toBe(1)
    expect(service.current()).toBeNull()
    expect(events).toEqual([])
    expect(await keytar.findCredentials(vault.service)).toEqual([])
  })

  it('a renewal that returns after another account signed in leaves that account signed in', async () => {
    const net = network()
    const { service, vault, events } = serviceOn(timed, net.fetch)
    const first = await service.signIn({ account: 'parallel', password, remember: true })
    if (!first.ok) throw new Error('sign-in failed')
    clock.advance(16 * 60_000)

    net.hold()
    const call = service.withAccess((token) => platformClient({ baseUrl: timed.url }).me(token))
    await until(() => net.refreshes === 1)
    const second = await service.signIn({ account: 'second', password, remember: true })
    expect(second).toMatchObject({ ok: true, value: { loginName: 'second' } })
    net.release()

    // The call was made for the account no longer signed in: it is not carried out for either.
    expect(await call).toMatchObject({ ok: false, error: { code: 'SESSION_CHANGED' } })
    expect(service.current()).toMatchObject({ loginName: 'second' })
    expect(events).toEqual([])
    // The first account's keychain entry holds its new token, not the spent one.
    const stored = await keytar.getPassword(vault.service, first.value.id)
    expect(await platformClient({ baseUrl: timed.url }).refresh(stored!)).toMatchObject({ ok: true })
    await service.signOut()
    await keytar.deletePassword(vault.service, first.value.id)
  })
})

describe('session service: a session the platform ended', () => {
  it('signing out of it says the session is over there too, not that the platform is unreachable', async () => {
    const target = await startTestPlatform()
    const account = await target.createAccount('ended-elsewhere', password)
    const { service, events } = serviceOn(target)
    await service.signIn({ account: 'ended-elsewhere', password, remember: true })
    await target.store.revokeAllFamilies(account.id, new Date())

    expect(await service.signOut()).toEqual({ ok: true, value: { signedOut: true, revokedOnServer: true } })
    expect(events).toEqual([{ event: 'sessionExpired', payload: { accountId: account.id, reason: 'revoked' } }])
    await target.close()
  })
})
