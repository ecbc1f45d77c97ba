import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform()
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
