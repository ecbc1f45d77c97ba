import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uscc } from '../../test/identity-data'
import { startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
const password = 'Good-Pass-2026'

beforeAll(async () => {
  platform = await startTestPlatform()
  await platform.createAccount('wangwu', password, { phone: '13900001111', displayName: '王五' })
})
afterAll(() => platform.close())

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  platform.app.inject({ method: 'POST', url, payload: payload as object, headers })

async function signIn(account = 'wangwu') {
  const res = await post('/api/v1/sessions', { account, password })
  expect(res.statusCode).toBe(200)
  return res.json() as { accessToken: string; refreshToken: string; expiresIn: number }
}

describe('POST /api/v1/sessions', () => {
  it('signs in by login name or bound phone and returns the account with masked contacts', async () => {
    for (const name of ['wangwu', 'WANGWU', '13900001111']) {
      const res = await post('/api/v1/sessions', { account: name, password })
      expect(res.statusCode).toBe(200)
      const body = res.json()
      expect(body.expiresIn).toBe(900)
      expect(body.account).toMatchObject({ loginName: 'wangwu', displayName: '王五', status: 'active' })
      expect(body.account.contacts.phone).toBe('139****1111')
    }
  })

  it('signs an agency in with its agency code or its USCC; a USCC shared with an entity reaches the entity', async () => {
    const own = uscc()
    await platform.createAccount('agency-a', password, { type: 'agency', agencyCode: '11023', uscc: own, displayName: '甲代理所' })
    for (const name of ['11023', own, own.toLowerCase()]) {
      const res = await post('/api/v1/sessions', { account: name, password })
      expect([res.statusCode, res.json().account?.loginName]).toEqual([200, 'agency-a'])
    }
    const shared = uscc()
    await platform.createAccount('firm-entity', password, { type: 'entity', uscc: shared })
    await platform.createAccount('firm-agency', password, { type: 'agency', agencyCode: '31007', uscc: shared })
    expect((await post('/api/v1/sessions', { account: shared, password })).json().account.loginName).toBe('firm-entity')
    expect((await post('/api/v1/sessions', { account: '31007', password })).json().account.loginName).toBe('firm-agency')
  })

  it('answers an unknown account exactly like a wrong password', async () => {
    const wrong = await post('/api/v1/sessions', { account: 'wangwu', password: 'nope-nope-1A' })
    const unknown = await post('/api/v1/sessions', { account: 'nobody-here', password: 'nope-nope-1A' })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(unknown.json()).toEqual(wrong.json())
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS')
  })

  it('names each bad field with 422 VALIDATION', async () => {
    const res = await post('/api/v1/sessions', { account: 42 })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('VALIDATION')
    expect(res.json().error.fields).toEqual({ account: 'invalid_format', password: 'required' })
  })

  it('answers malformed JSON, a huge body and a wrong media type with coded 4xx, never 500', async () => {
    const malformed = await post('/api/v1/sessions', '{"account": "x",', { 'content-type': 'application/json' })
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'MALFORMED_JSON'])
    const huge = await post('/api/v1/sessions', { account: 'x'.repeat(100_000), password })
    expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE'])
    const text = await post('/api/v1/sessions', '<account/>', { 'content-type': 'application/xml' })
    expect([text.statusCode, text.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE'])
    for (const body of ['null', '[]', '"s"', '12']) {
      const res = await post('/api/v1/sessions', body, { 'content-type': 'application/json' })
      expect(res.statusCode).toBe(422)
      expect(res.json().error.code).toBe('VALIDATION')
    }
  })
})

describe('sessions: refresh, sign-out, /me', () => {
  it('rotates the refresh token on every use', async () => {
    const first = await signIn()
    const res = await post('/api/v1/sessions/refresh', { refreshToken: first.refreshToken })
    expect(res.statusCode).toBe(200)
    const second = res.json()
    expect(second.refreshToken).not.toBe(first.refreshToken)
    expect(second.account.loginName).toBe('wangwu')
  })

  it('refuses an unknown refresh token', async () => {
    const res = await post('/api/v1/sessions/refresh', { refreshToken: 'made-up' })
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'TOKEN_INVALID'])
  })

  it('GET /me needs a valid bearer token, and sign-out ends it', async () => {
    const session = await signIn()
    const auth = { authorization: `Bearer ${session.accessToken}` }
    expect((await platform.app.inject({ url: '/api/v1/me' })).statusCode).toBe(401)
    expect((await platform.app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer forged.token.x' } })).statusCode).toBe(401)
    const me = await platform.app.inject({ url: '/api/v1/me', headers: auth })
    expect(me.json()).toMatchObject({ loginName: 'wangwu', mustChangePassword: false })
    const out = await platform.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', headers: auth })
    expect(out.statusCode).toBe(204)
    expect((await platform.app.inject({ url: '/api/v1/me', headers: auth })).statusCode).toBe(401)
    const refresh = await post('/api/v1/sessions/refresh', { refreshToken: session.refreshToken })
    expect(refresh.statusCode).toBe(401)
    expect((await platform.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current' })).statusCode).toBe(401)
  })
})

describe('password policy and dev outbox', () => {
  it('serves the configured policy', async () => {
    const res = await platform.app.inject({ url: '/api/v1/password-policy' })
    expect(res.json()).toMatchObject({ name: 'office', minLength: 8, maxLength: 20, minClasses: 3, maxAgeDays: 180 })
    const nist = await startTestPlatform({ policy: 'nist' })
    const body = (await nist.app.inject({ url: '/api/v1/password-policy' })).json()
    await nist.close()
    expect(body).toMatchObject({ name: 'nist', minLength: 15, maxLength: 128, minClasses: 0, maxAgeDays: null })
  })

  it('has no outbox route unless PLATFORM_DEV_OUTBOX is on', async () => {
    const off = await platform.app.inject({ url: '/api/v1/dev/outbox?to=13900001111' })
    expect([off.statusCode, off.json().error.code]).toEqual([404, 'NOT_FOUND'])
    const dev = await startTestPlatform({ devOutbox: true })
    await dev.store.addOutboxMessage({ to: '13900001111', purpose: 'register', code: '123456', sentAt: new Date().toISOString() })
    const on = await dev.app.inject({ url: '/api/v1/dev/outbox?to=13900001111' })
    await dev.close()
    expect(on.statusCode).toBe(200)
    expect(on.json().messages).toEqual([expect.objectContaining({ to: '13900001111', code: '123456' })])
  })

  it('asks for a password change once the maximum age has passed', async () => {
    const later = await startTestPlatform({}, () => new Date(Date.now() + 181 * 86_400_000))
    await later.createAccount('old-timer', password)
    const res = await later.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { account: 'old-timer', password } })
    await later.close()
    expect(res.json().account).toMatchObject({ mustChangePassword: true, mustChangeReason: 'expired' })
  })
})
