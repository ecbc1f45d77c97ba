import { join } from 'node:path'
import Database from 'better-sqlite3'
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

  it('answers wrong passwords against a name no account has with the same sequence: 401s, then 423 with retryAfter', async () => {
    await platform.createAccount('someone', password)
    const sequence = async (account: string) => {
      const answers = []
      for (let i = 0; i < 6; i++) {
        answers.push(await signIn(account, 'Wrong-Pass-1x'))
        if (i === 4) clock.advance(60_000)
      }
      clock.advance(-60_000)
      return answers
    }
    const known = await sequence('someone')
    const unknown = await sequence('nobody-at-all')
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423])
    expect(known.at(-1)!.body.error.retryAfter).toBe(840)
    expect(unknown).toEqual(known)
    // The right password of the real account is refused alike during the lock; both let go after it.
    expect(await signIn('someone', password)).toEqual(await signIn('NOBODY-AT-ALL ', password))
    clock.advance(15 * 60_000 + 1000)
    expect((await signIn('nobody-at-all', 'Wrong-Pass-1x')).status).toBe(401)
    expect((await signIn('someone', password)).status).toBe(200)
  })

  it('keeps only a keyed hash of a name no account has', async () => {
    const name = 'secret-guess-13999990000'
    await signIn(name, 'Wrong-Pass-1x')
    const db = new Database(join(platform.dataDir, 'platform.sqlite'), { readonly: true })
    const rows = JSON.stringify(db.prepare('SELECT * FROM name_failures').all())
    db.close()
    expect(rows).toMatch(/[0-9a-f]{64}/)
    expect(rows).not.toContain('13999990000')
    expect(rows).not.toContain('secret-guess')
  })

  it('a successful password reset ends a lock at once', async () => {
    const p = '13800009999'
    const reset = await startTestPlatform({ devOutbox: true }, clock.now)
    const resetCall = caller(reset)
    await reset.createAccount('reset-locked', password, { phone: p })
    for (let i = 0; i < 5; i++) await resetCall('POST', '/api/v1/sessions', { account: 'reset-locked', password: 'Wrong-Pass-1x' })
    expect((await resetCall('POST', '/api/v1/sessions', { account: 'reset-locked', password })).status).toBe(423)
    await resetCall('POST', '/api/v1/password-resets', { account: 'reset-locked', channel: 'sms' })
    const confirmed = await resetCall('POST', '/api/v1/password-resets/confirm', { account: 'reset-locked', code: await reset.lastCode(p), newPassword: 'After-Reset-2026x' })
    expect(confirmed.status).toBe(204)
    const after = await resetCall('POST', '/api/v1/sessions', { account: 'reset-locked', password: 'After-Reset-2026x' })
    expect([after.status, after.body.account.status]).toEqual([200, 'active'])
    await reset.close()
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
