import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { connect as connectTcp } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createAppCore } from '../src/main/core/app-core'
import { silentLogger } from '../src/main/core/logger'
import { rendererContentSecurityPolicy } from '../src/main/core/shell/content-security-policy'
import { ipcChannel } from '../src/shared/ipc-contract'
import { startTestPlatform, type TestPlatform } from '../test/platform-fixture'
import { BRIDGE_MAX_FRAME, BRIDGE_PATH } from './bridge-protocol'
import { startHost } from './host-server'

let platform: TestPlatform
let host: Awaited<ReturnType<typeof startHost>>

beforeAll(async () => {
  platform = await startTestPlatform()
  const rendererDir = mkdtempSync(join(tmpdir(), 'patentdesk-renderer-'))
  writeFileSync(join(rendererDir, 'index.html'), '<html><body><script type="module" src="./app.js"></script></body></html>')
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)')
  const bridgeScript = join(rendererDir, 'bridge-build.js')
  writeFileSync(bridgeScript, 'window.api = {}')
  const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-host-'))
  host = await startHost({
    rendererDir,
    bridgeScript,
    port: 0,
    log: silentLogger(),
    createCore: (origin) =>
      createAppCore({ dataDir, platformUrl: platform.url, localPlatform: false, log: silentLogger(), trustedOrigins: () => [origin] })
  })
})
afterAll(async () => {
  await host.close()
  await platform.close()
})

const token = () => new URL(host.url).searchParams.get('token') ?? ''

/** Opens the bridge; resolves with the socket, or with the HTTP status it was refused with. */
function connect(query: string, origin: string | undefined): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${new URL(host.origin).port}${BRIDGE_PATH}${query}`, origin ? { origin } : {})
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.once('error', () => resolve(-1))
  })
}

describe('browser test host', () => {
  it('listens on loopback only and serves the renderer with the bridge script first', async () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1')
    const page = await fetch(host.url)
    expect(page.headers.get('content-security-policy')).toBe(rendererContentSecurityPolicy)
    const html = await page.text()
    expect(html.indexOf('__host/bridge.js')).toBeGreaterThan(-1)
    expect(html.indexOf('__host/bridge.js')).toBeLessThan(html.indexOf('type="module"'))
    expect(await (await fetch(`${host.origin}/__host/bridge.js`)).text()).toBe('window.api = {}')
  })

  it('refuses a bridge connection without this launch’s token or from another origin', async () => {
    expect(await connect('', host.origin)).toBe(403)
    expect(await connect('?token=guess', host.origin)).toBe(403)
    expect(await connect(`?token=${token()}`, 'http://evil.example')).toBe(403)
    expect(await connect(`?token=${token()}`, undefined)).toBe(403)
  })

  it('speaks the IPC contract to a page of its own origin', async () => {
    const ws = await connect(`?token=${token()}`, host.origin)
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
    const answer = await new Promise<unknown>((resolve) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))))
      ws.send(JSON.stringify({ id: 7, channel: ipcChannel('platformInfo'), input: {} }))
    })
    expect(answer).toEqual({ id: 7, result: { ok: true, value: { origin: new URL(platform.url).origin, local: false } } })
    const invalid = await new Promise<unknown>((resolve) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))))
      ws.send(JSON.stringify({ id: 8, channel: ipcChannel('signIn'), input: { account: '' } }))
    })
    expect(invalid).toMatchObject({ id: 8, result: { ok: false, error: { code: 'VALIDATION' } } })
    ws.close()
  })

  it('carries an attachment of several megabytes, base64 in one message, to the core', async () => {
    const ws = await connect(`?token=${token()}`, host.origin)
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
    const data = Buffer.alloc(5 * 1024 * 1024, 1).toString('base64')
    const answer = await new Promise<unknown>((resolve) => {
      ws.once('message', (message) => resolve(JSON.parse(String(message))))
      ws.once('close', (code) => resolve({ closed: code }))
      ws.send(JSON.stringify({ id: 9, channel: ipcChannel('addAttachment'), input: { name: 'fig.png', kind: 'drawing', data } }))
    })
    // Through the bridge and the dispatcher; no account is signed in here to keep it.
    expect(answer).toMatchObject({ id: 9, result: { ok: false, error: { code: 'NOT_SIGNED_IN' } } })
    ws.close()
  })
})

/** Resolves with the close code the host ends `ws` with. */
const closedWith = (ws: WebSocket): Promise<number> =>
  ws.readyState === WebSocket.CLOSED ? Promise.resolve(-1) : new Promise((resolve) => ws.once('close', (code) => resolve(code)))

/** One request on an open socket, and its answer. */
function ask(ws: WebSocket, id: number): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))))
    ws.send(JSON.stringify({ id, channel: ipcChannel('platformInfo'), input: {} }))
  })
}

async function open(): Promise<WebSocket> {
  const ws = await connect(`?token=${token()}`, host.origin)
  if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
  return ws
}

describe('browser test host: bad frames', () => {
  it('closes the socket that sends an oversized, invalid-UTF-8, binary or malformed frame, and keeps serving the others', async () => {
    const good = await open()

    const oversized = await open()
    const oversizedClosed = closedWith(oversized)
    oversized.send('x'.repeat(BRIDGE_MAX_FRAME + 1))
    expect(await oversizedClosed).toBe(1009)

    const badText = await open()
    const badTextClosed = closedWith(badText)
    // A text frame whose bytes are not UTF-8 (a lone continuation byte, an overlong form).
    badText.send(Buffer.from([0x7b, 0x80, 0xc0, 0xaf, 0x7d]), { binary: false })
    expect(await badTextClosed).toBe(1007)

    const binary = await open()
    const binaryClosed = closedWith(binary)
    let answered = false
    binary.on('message', () => (answered = true))
    // Well-formed JSON, but in a binary frame: not something the bridge client ever sends.
    binary.send(Buffer.from(JSON.stringify({ id: 1, channel: ipcChannel('platformInfo'), input: {} })), { binary: true })
    expect(await binaryClosed).toBe(1003)
    expect(answered).toBe(false)

    // A frame no client library would write: reserved bits set, on a raw connection.
    const raw = connectTcp(Number(new URL(host.origin).port), '127.0.0.1')
    await once(raw, 'connect')
    raw.write(
      `GET ${BRIDGE_PATH}?token=${token()} HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\nOrigin: ${host.origin}\r\n` +
        'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
    )
    const [handshake] = (await once(raw, 'data')) as [Buffer]
    expect(handshake.toString()).toMatch(/^HTTP\/1\.1 101/)
    const rawClosed = once(raw, 'close')
    raw.write(Buffer.from([0xf1, 0x80, 0, 0, 0, 0]))
    await rawClosed

    // The process is alive and every other socket is served as before.
    expect(await ask(good, 2)).toMatchObject({ id: 2, result: { ok: true } })
    const fresh = await open()
    expect(await ask(fresh, 3)).toMatchObject({ id: 3, result: { ok: true } })
    good.close()
    fresh.close()
  })
})
