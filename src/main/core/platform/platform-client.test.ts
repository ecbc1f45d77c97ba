import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { createPlatformClient } from './platform-client'

let platform: TestPlatform
const password = 'Client-Test-2026'

beforeAll(async () => {
  platform = await startTestPlatform()
  await platform.createAccount('zhaoliu', password)
})
afterAll(() => platform.close())

/** A server that answers every request with `respond`, to play a misbehaving platform. */
async function fakeServer(respond: (res: import('node:http').ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => respond(res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe('platform client', () => {
  it('signs in, reads /me, refreshes and signs out against the real platform', async () => {
    const client = createPlatformClient({ baseUrl: `${platform.url}/` })
    const session = await client.signIn({ account: 'zhaoliu', password })
    expect(session.ok).toBe(true)
    if (!session.ok) return
    const me = await client.me(session.value.accessToken)
    expect(me).toMatchObject({ ok: true, value: { loginName: 'zhaoliu' } })
    const refreshed = await client.refresh(session.value.refreshToken)
    expect(refreshed.ok).toBe(true)
    if (!refreshed.ok) return
    expect(await client.signOut(refreshed.value.accessToken)).toEqual({ ok: true, value: null })
    expect(await client.me(refreshed.value.accessToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
  })

  it('returns the platform’s error code and fields as a value', async () => {
    const client = createPlatformClient({ baseUrl: platform.url })
    expect(await client.signIn({ account: 'zhaoliu', password: 'wrong-wrong' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' }
    })
    expect(await client.refresh('reused-or-not')).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
  })

  it('passes on the password rules the platform names as broken, by code', async () => {
    await platform.createAccount('phoney', password, { phone: '13600004321' })
    const client = createPlatformClient({ baseUrl: platform.url })
    const session = await client.signIn({ account: 'phoney', password })
    if (!session.ok) throw new Error('sign-in failed')
    const refused = await client.changePassword(session.value.accessToken, { currentPassword: password, newPassword: 'Q!13600004321' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION', rules: ['CONTAINS_CONTEXT'] } })
  })

  it('says NETWORK when nothing listens and TIMEOUT when the platform hangs', async () => {
    const closed = await fakeServer(() => undefined)
    const closedUrl = closed.url
    await new Promise((resolve) => closed.server.close(resolve))
    expect(await createPlatformClient({ baseUrl: closedUrl }).passwordPolicy()).toMatchObject({
      ok: false,
      error: { code: 'NETWORK' }
    })

    const hanging = await fakeServer(() => undefined)
    const result = await createPlatformClient({ baseUrl: hanging.url, timeoutMs: 200 }).passwordPolicy()
    hanging.server.closeAllConnections()
    hanging.server.close()
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } })
  })

  it('says BAD_RESPONSE for a body that is not JSON, not the expected shape, or an uncoded error', async () => {
    const cases: Array<(res: import('node:http').ServerResponse) => void> = [
      (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy login</html>'),
      (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"minLength":"eight"}'),
      (res) => res.writeHead(502, { 'content-type': 'application/json' }).end('{"oops":true}')
    ]
    for (const respond of cases) {
      const fake = await fakeServer(respond)
      const result = await createPlatformClient({ baseUrl: fake.url }).passwordPolicy()
      fake.server.close()
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } })
    }
  })
})
