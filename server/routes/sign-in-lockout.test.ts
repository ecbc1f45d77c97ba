import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>
const password = 'Lock-Test-2026x'

beforeAll(async () => {
  platform = await startTestPlatform({}, clock.now)
  call = caller(platform)
})
afterAll(() => platform.close())

const signIn = (account: string, secret: string, ip?: string) => call('POST', '/api/v1/sessions', { account, password: secret }, { ip })

describe('sign-in lockout', () => {
  it('locks after five wrong passwords in 15 minutes, refuses even the right one, and lets go after the lock', async () => {
    await platform.createAccount('locky', password)
    for (let i = 0; i < 4; i++) expect((await signIn('locky', 'Wrong-Pass-1x')).status).toBe(401)
    const fifth = await signIn('locky', 'Wrong-Pass-1x')
    expect(fifth.status).toBe(423)
    expect(fifth.body.error).toMatchObject({ code: 'LOCKED', retryAfter: 900 })

    clock.advance(5 * 60_000)
    const right = await signIn('locky', password)
    expect(right.status).toBe(423)
    expect(right.body.error.retryAfter).toBe(600)

    clock.advance(10 * 60_000 + 1000)
    const after = await signIn('locky', password)
    expect(after.status).toBe(200)
    expect(after.body.account.status).toBe('active')
  })

  it('does not count failures older than 15 minutes, and a good sign-in clears the count', async () => {
    await platform.createAccount('slowly', password)
    for (let i = 0; i < 4; i++) await signIn('slowly', 'Wrong-Pass-1x')
    clock.advance(16 * 60_000)
    expect((await signIn('slowly', 'Wrong-Pass-1x')).status).toBe(401)
    for (let i = 0; i < 3; i++) await signIn('slowly', 'Wrong-Pass-1x')
    expect((await signIn('slowly', password)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await signIn('slowly', 'Wrong-Pass-1x')).status).toBe(401)
  })

  it('answers an unknown account with the same body as a wrong password, and never locks it', async () => {
    await platform.createAccount('someone', password)
    const wrong = await signIn('someone', 'Wrong-Pass-1x')
    for (let i = 0; i < 6; i++) {
      const unknown = await signIn('nobody-at-all', 'Wrong-Pass-1x')
      expect(unknown).toEqual(wrong)
    }
  })

  it('limits requests per client address (PLATFORM_IP_RATE_LIMIT)', async () => {
    const limited = await startTestPlatform({ ipRateLimit: 3 })
    const limitedCall = caller(limited)
    const attempt = (ip: string) => limitedCall('POST', '/api/v1/sessions', { account: 'x', password: 'y' }, { ip })
    for (let i = 0; i < 3; i++) expect((await attempt('10.0.0.1')).status).toBe(401)
    const blocked = await attempt('10.0.0.1')
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('RATE_LIMITED')
    expect(blocked.body.error.retryAfter).toBeGreaterThan(0)
    expect((await attempt('10.0.0.2')).status).toBe(401)
    await limited.close()
  })
})
