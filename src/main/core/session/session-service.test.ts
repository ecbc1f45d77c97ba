import { randomUUID } from 'node:crypto'
import keytar from 'keytar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { silentLogger } from '../logger'
import { createPlatformClient } from '../platform/platform-client'
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
    client: createPlatformClient({ baseUrl, timeoutMs: 2000 }),
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
    await createPlatformClient({ baseUrl: platform.url }).refresh(stored!.password)
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
function serviceOn(target: TestPlatform) {
  const vault = createVault(target.url)
  const events: unknown[] = []
  const service = createSessionService({
    origin: new URL(target.url).origin,
    client: createPlatformClient({ baseUrl: target.url }),
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
    const replay = await createPlatformClient({ baseUrl: timed.url }).refresh(before!.password)
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
    timed.store.revokeAllFamilies(account.id, clock.now())
    clock.advance(16 * 60_000)

    const result = await service.withAccess((token) => createPlatformClient({ baseUrl: timed.url }).me(token))
    expect(result).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(service.current()).toBeNull()
    expect(events).toEqual([{ event: 'sessionExpired', payload: { accountId: account.id, reason: 'expired' } }])
    expect(await keytar.findCredentials(vault.service)).toEqual([])
    await timed.close()
  })
})
