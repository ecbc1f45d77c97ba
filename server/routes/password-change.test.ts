import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

const clock = manualClock()
let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform({}, clock.now)
  call = caller(platform)
})
afterAll(() => platform.close())

type Pair = { accessToken: string; refreshToken: string }
const signIn = (account: string, password: string) => call('POST', '/api/v1/sessions', { account, password })
const change = (token: string, currentPassword: string, newPassword: string) =>
  call('POST', '/api/v1/me/password', { currentPassword, newPassword }, { token })
const refresh = (refreshToken: string) => call('POST', '/api/v1/sessions/refresh', { refreshToken })
const me = (token: string) => call('GET', '/api/v1/me', undefined, { token })

describe('POST /api/v1/me/password ends every other session', () => {
  it('the other sessions’ access and refresh tokens stop working; the caller’s own session goes on', async () => {
    await platform.createAccount('many-devices', 'Old-Password-1x')
    const laptop = (await signIn('many-devices', 'Old-Password-1x')).body as Pair
    const stolen = (await signIn('many-devices', 'Old-Password-1x')).body as Pair
    const tablet = (await signIn('many-devices', 'Old-Password-1x')).body as Pair

    expect((await change(laptop.accessToken, 'Old-Password-1x', 'New-Password-2y')).status).toBe(204)

    for (const other of [stolen, tablet]) {
      expect((await me(other.accessToken)).status).toBe(401)
      expect((await refresh(other.refreshToken)).body.error.code).toBe('TOKEN_INVALID')
    }
    expect((await me(laptop.accessToken)).status).toBe(200)
    const renewed = await refresh(laptop.refreshToken)
    expect(renewed.status).toBe(200)
    expect((await me(renewed.body.accessToken)).status).toBe(200)
  })
})

describe('guessing the current password on the change route', () => {
  it('counts toward the sign-in lockout: the fifth wrong guess locks the account, sign-in included', async () => {
    await platform.createAccount('guessed', 'Real-Password-1x')
    const token = (await signIn('guessed', 'Real-Password-1x')).body.accessToken as string
    for (let i = 0; i < 4; i++) {
      const wrong = await change(token, `Guess-Number-${i}x`, 'Fresh-Password-9z')
      expect([wrong.status, wrong.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS'])
    }
    const fifth = await change(token, 'Guess-Number-5x', 'Fresh-Password-9z')
    expect(fifth.status).toBe(423)
    expect(fifth.body.error).toMatchObject({ code: 'LOCKED', retryAfter: 900 })

    // Even the right password is refused, here and at sign-in, until the lock ends.
    const right = await change(token, 'Real-Password-1x', 'Fresh-Password-9z')
    expect([right.status, right.body.error.code]).toEqual([423, 'LOCKED'])
    const signInLocked = await signIn('guessed', 'Real-Password-1x')
    expect([signInLocked.status, signInLocked.body.error.code]).toEqual([423, 'LOCKED'])

    clock.advance(15 * 60_000 + 1000)
    const again = (await signIn('guessed', 'Real-Password-1x')).body.accessToken as string
    expect((await change(again, 'Real-Password-1x', 'Fresh-Password-9z')).status).toBe(204)
  })

  it('shares one count with sign-in: three wrong sign-ins and two wrong guesses lock', async () => {
    await platform.createAccount('mixed', 'Real-Password-1x')
    const token = (await signIn('mixed', 'Real-Password-1x')).body.accessToken as string
    for (let i = 0; i < 3; i++) expect((await signIn('mixed', 'Wrong-Password-1x')).status).toBe(401)
    expect((await change(token, 'Wrong-Password-2x', 'Fresh-Password-9z')).status).toBe(401)
    const locked = await change(token, 'Wrong-Password-3x', 'Fresh-Password-9z')
    expect([locked.status, locked.body.error.code]).toEqual([423, 'LOCKED'])
  })
})
