import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { platformClient } from '../../../../test/platform-client'
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
async function fakeServer(
  respond: (res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => respond(res, req))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe('platform client', () => {
  it('signs in, reads /me, refreshes and signs out against the real platform', async () => {
    const client = platformClient({ baseUrl: `${platform.url}/` })
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
    const client = platformClient({ baseUrl: platform.url })
    expect(await client.signIn({ account: 'zhaoliu', password: 'wrong-wrong' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' }
    })
    expect(await client.refresh('reused-or-not')).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
  })

  it('passes on the password rules the platform names as broken, by code', async () => {
    await platform.createAccount('phoney', password, { phone: '13600004321' })
    const client = platformClient({ baseUrl: platform.url })
    const session = await client.signIn({ account: 'phoney', password })
    if (!session.ok) throw new Error('sign-in failed')
    const refused = await client.changePassword(session.value.accessToken, { currentPassword: password, newPassword: 'Q!13600004321' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION', rules: ['CONTAINS_CONTEXT'] } })
  })

  it('says NETWORK when nothing listens and TIMEOUT when the platform hangs', async () => {
    const closed = await fakeServer(() => undefined)
    const closedUrl = closed.url
    await new Promise((resolve) => closed.server.close(resolve))
    expect(await platformClient({ baseUrl: closedUrl }).passwordPolicy()).toMatchObject({
      ok: false,
      error: { code: 'NETWORK' }
    })

    const hanging = await fakeServer(() => undefined)
    const started = Date.now()
    const result = await platformClient({ baseUrl: hanging.url, timeoutMs: 200 }).passwordPolicy()
    const waited = Date.now() - started
    hanging.server.closeAllConnections()
    hanging.server.close()
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } })
    expect(waited).toBeLessThan(1500)
  })

  it('says TIMEOUT when the platform sends its headers and then stalls or trickles the body', async () => {
    const timers: NodeJS.Timeout[] = []
    const stalling = await fakeServer((res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"name":"office",')
      // One byte now and then, never the end: only a timeout over the whole answer stops it.
      timers.push(setInterval(() => res.write(' '), 50))
    })
    const started = Date.now()
    const result = await platformClient({ baseUrl: stalling.url, timeoutMs: 300 }).passwordPolicy()
    const waited = Date.now() - started
    for (const timer of timers) clearInterval(timer)
    stalling.server.closeAllConnections()
    stalling.server.close()
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } })
    expect(waited).toBeLessThan(1500)
  })

  it('refuses to be created for a platform over plain HTTP, unless it is this computer', () => {
    for (const baseUrl of [
      'http://example.com',
      'http://10.0.0.8:8720',
      'http://localhost.example.com',
      'http://127.0.0.1.nip.io',
      'http://[::2]',
      'ftp://platform.example',
      'https://user:secret@platform.example',
      'not a url'
    ]) {
      expect(createPlatformClient({ baseUrl }), baseUrl).toMatchObject({ ok: false, error: { code: 'INSECURE_PLATFORM_URL' } })
    }
    for (const baseUrl of ['https://platform.example', 'http://127.0.0.1:8720', 'http://127.9.8.7', 'http://localhost:1', 'http://[::1]:8720']) {
      expect(createPlatformClient({ baseUrl }).ok, baseUrl).toBe(true)
    }
  })

  it('never follows a redirect: the password does not travel to where it points', async () => {
    const reached: string[] = []
    const elsewhere = await fakeServer((res, req) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        reached.push(`${req.method} ${req.url} ${body}`)
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      })
    })
    for (const status of [301, 302, 303, 307, 308]) {
      const redirecting = await fakeServer((res, req) => res.writeHead(status, { location: `${elsewhere.url}${req.url}` }).end())
      const client = platformClient({ baseUrl: redirecting.url })
      expect(await client.signIn({ account: 'zhaoliu', password })).toMatchObject({
        ok: false,
        error: { code: 'REDIRECT_REFUSED' }
      })
      expect(await client.passwordPolicy()).toMatchObject({ ok: false, error: { code: 'REDIRECT_REFUSED' } })
      redirecting.server.close()
    }
    elsewhere.server.close()
    expect(reached).toEqual([])
  })

  it('says BAD_RESPONSE for a body that is not JSON, not the expected shape, or an uncoded error', async () => {
    const cases: Array<(res: import('node:http').ServerResponse) => void> = [
      (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy login</html>'),
      (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"minLength":"eight"}'),
      (res) => res.writeHead(502, { 'content-type': 'application/json' }).end('{"oops":true}')
    ]
    for (const respond of cases) {
      const fake = await fakeServer(respond)
      const result = await platformClient({ baseUrl: fake.url }).passwordPolicy()
      fake.server.close()
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } })
    }
  })
})

describe('platform client: contacts and sessions (PLATFORM-API.md)', () => {
  /** A platform that records each request and answers as the contract says. */
  async function recordingPlatform() {
    const seen: { method: string; url: string; auth: string; body: unknown }[] = []
    const account = {
      id: 'a1', loginName: 'zhang', type: 'person', displayName: '张三', status: 'active', mustChangePassword: false,
      contacts: { phone: '139****0000', email: '' }
    }
    const fake = await fakeServer((res, req) => {
      let text = ''
      req.on('data', (c: Buffer) => (text += c.toString()))
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization ?? '', body: text ? JSON.parse(text) : null })
        if (req.method === 'DELETE') return void res.writeHead(204).end()
        if (req.url === '/api/v1/verification-codes') {
          return void res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ sentTo: '139****0000', resendAfter: 60, expiresIn: 600 }))
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(account))
      })
    })
    return { ...fake, seen }
  }

  it('changes contacts with the current password and a code sent to the new contact, and signs out everywhere', async () => {
    const fake = await recordingPlatform()
    const client = platformClient({ baseUrl: fake.url })
    expect(await client.sendVerificationCode('tok', { purpose: 'contact', channel: 'sms', to: '13900000000' })).toMatchObject({ ok: true })
    expect(
      await client.changeContacts('tok', { currentPassword: 'pw', phone: '13900000000', code: '123456' })
    ).toMatchObject({ ok: true, value: { contacts: { phone: '139****0000' } } })
    expect(await client.signOutEverywhere('tok')).toEqual({ ok: true, value: null })
    fake.server.close()
    expect(fake.seen).toEqual([
      { method: 'POST', url: '/api/v1/verification-codes', auth: 'Bearer tok', body: { purpose: 'contact', channel: 'sms', to: '13900000000' } },
      { method: 'PUT', url: '/api/v1/me/contacts', auth: 'Bearer tok', body: { currentPassword: 'pw', phone: '13900000000', code: '123456' } },
      { method: 'DELETE', url: '/api/v1/sessions', auth: 'Bearer tok', body: null }
    ])
  })
})
