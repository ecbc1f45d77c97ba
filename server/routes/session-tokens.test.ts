import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../auth/tokens'
import { configFromEnv } from '../config'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
const password = 'Token-Pass-2026'
const DAY = 86_400_000

beforeAll(async () => {
  platform = await startTestPlatform({}, clock.now)
  call = caller(platform)
  await platform.createAccount('holder', password)
  await platform.createAccount('victim', password)
})
afterAll(() => platform.close())

type Pair = { accessToken: string; refreshToken: string }
async function signIn(account = 'holder'): Promise<Pair> {
  const res = await call('POST', '/api/v1/sessions', { account, password })
  expect(res.status).toBe(200)
  return res.body
}
const refresh = (refreshToken: string) => call('POST', '/api/v1/sessions/refresh', { refreshToken })
const me = (token: string) => call('GET', '/api/v1/me', undefined, { token })

describe('refresh rotation and its retry window', () => {
  it('a used refresh token replayed after the grace window ends the whole family', async () => {
    const first = await signIn()
    const rotated = (await refresh(first.refreshToken)).body as Pair
    clock.advance(31_000)
    const replay = await refresh(first.refreshToken)
    expect([replay.status, replay.body.error.code]).toEqual([401, 'TOKEN_REUSED'])
    // The thief's replay ends the legitimate holder's session too.
    const after = await refresh(rotated.refreshToken)
    expect([after.status, after.body.error.code]).toEqual([401, 'TOKEN_INVALID'])
    expect((await me(rotated.accessToken)).status).toBe(401)
  })

  it('a retry right after a lost answer gets a working pair; the lost successor is withdrawn', async () => {
    const first = await signIn()
    const lost = (await refresh(first.refreshToken)).body as Pair
    clock.advance(5_000)
    const retry = await refresh(first.refreshToken)
    expect(retry.status).toBe(200)
    expect(retry.body.refreshToken).not.toBe(lost.refreshToken)
    expect((await me(retry.body.accessToken)).status).toBe(200)
    const next = await refresh(retry.body.refreshToken)
    expect(next.status).toBe(200)
    // The successor that never arrived must not live on beside the new one: presenting it is reuse.
    clock.advance(1_000)
    const stale = await refresh(lost.refreshToken)
    expect([stale.status, stale.body.error.code]).toEqual([401, 'TOKEN_REUSED'])
    expect((await refresh(next.body.refreshToken)).body.error.code).toBe('TOKEN_INVALID')
  })

  it('no grace once the successor has been used: the old token is stale, its use is theft', async () => {
    const first = await signIn()
    const second = (await refresh(first.refreshToken)).body as Pair
    const third = await refresh(second.refreshToken)
    expect(third.status).toBe(200)
    clock.advance(2_000)
    const replay = await refresh(first.refreshToken)
    expect([replay.status, replay.body.error.code]).toEqual([401, 'TOKEN_REUSED'])
    expect((await refresh(third.body.refreshToken)).body.error.code).toBe('TOKEN_INVALID')
  })
})

describe('absolute session lifetime', () => {
  it('ends a sign-in 30 days after it began, however often it was refreshed', async () => {
    let pair = await signIn()
    for (const days of [10, 10, 9.9]) {
      clock.advance(days * DAY)
      const res = await refresh(pair.refreshToken)
      expect(res.status).toBe(200)
      pair = res.body
    }
    expect((await me(pair.accessToken)).status).toBe(200)
    clock.advance(0.2 * DAY)
    const late = await refresh(pair.refreshToken)
    expect([late.status, late.body.error.code]).toEqual([401, 'TOKEN_INVALID'])
    // Its last access token, not yet 15 minutes old, ends with the sign-in.
    expect((await me(pair.accessToken)).status).toBe(401)
    expect((await signIn()).accessToken).toBeTruthy()
  })

  it('is configurable (PLATFORM_SESSION_MAX_DAYS)', async () => {
    expect(configFromEnv({ PLATFORM_SESSION_MAX_DAYS: '7' }).sessionMaxDays).toBe(7)
    expect(() => configFromEnv({ PLATFORM_SESSION_MAX_DAYS: '0' })).toThrow(/PLATFORM_SESSION_MAX_DAYS/)
    const shortClock = manualClock()
    const short = await startTestPlatform({ sessionMaxDays: 1 }, shortClock.now)
    await short.createAccount('brief', password)
    const shortCall = caller(short)
    const pair = (await shortCall('POST', '/api/v1/sessions', { account: 'brief', password })).body as Pair
    shortClock.advance(DAY - 60_000)
    const inTime = await shortCall('POST', '/api/v1/sessions/refresh', { refreshToken: pair.refreshToken })
    shortClock.advance(120_000)
    const late = await shortCall('POST', '/api/v1/sessions/refresh', { refreshToken: inTime.body.refreshToken })
    await short.close()
    expect(inTime.status).toBe(200)
    expect([late.status, late.body.error.code]).toEqual([401, 'TOKEN_INVALID'])
  })
})

describe('access tokens are bound and bounded', () => {
  /** A token signed with the platform's own key: only the claims can make it fail. */
  async function mint(claims: Record<string, unknown>, set: { iss?: string; aud?: string; sub?: string; iat?: number; exp?: number }) {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })
    if (set.iss) jwt.setIssuer(set.iss)
    if (set.aud) jwt.setAudience(set.aud)
    if (set.sub) jwt.setSubject(set.sub)
    if (set.iat !== undefined) jwt.setIssuedAt(set.iat)
    if (set.exp !== undefined) jwt.setExpirationTime(set.exp)
    return jwt.sign(platform.signingKey)
  }
  const sidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string

  it('a token naming another account than its session’s owner is refused', async () => {
    const own = await signIn('holder')
    const victimId = (await platform.store.findAccountBySignInName('victim'))!.id
    const now = Math.floor(clock.now().getTime() / 1000)
    const full = { iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + 600 }
    const sid = sidOf(own.accessToken)
    const control = await mint({ sid }, { ...full, sub: (await platform.store.findAccountBySignInName('holder'))!.id })
    expect((await me(control)).status).toBe(200)
    const swapped = await mint({ sid }, { ...full, sub: victimId })
    expect((await me(swapped)).status).toBe(401)
  })

  it('exp, iat, iss and aud are required and checked', async () => {
    const own = await signIn('holder')
    const sub = (await platform.store.findAccountBySignInName('holder'))!.id
    const sid = sidOf(own.accessToken)
    const now = Math.floor(clock.now().getTime() / 1000)
    const full = { iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, sub, iat: now, exp: now + 600 }
    expect((await me(await mint({ sid }, full))).status).toBe(200)
    const refused = {
      'no exp': { ...full, exp: undefined },
      'no iat': { ...full, iat: undefined },
      'no iss': { ...full, iss: undefined },
      'no aud': { ...full, aud: undefined },
      'another issuer': { ...full, iss: 'someone-else' },
      'another audience': { ...full, aud: 'another-api' },
      'issued in the future': { ...full, iat: now + 3600, exp: now + 4000 },
      'lives longer than 15 minutes': { ...full, exp: now + 86_400 }
    }
    for (const [why, set] of Object.entries(refused)) {
      const token = await mint({ sid }, set)
      const res = await me(token)
      expect(res.status, why).toBe(401)
    }
    // And the platform's own tokens carry them.
    const payload = JSON.parse(Buffer.from(own.accessToken.split('.')[1]!, 'base64url').toString())
    expect(payload).toMatchObject({ iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, sub, sid })
    expect(payload.exp - payload.iat).toBe(900)
  })
})
