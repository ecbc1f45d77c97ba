import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createAppCore } from '../src/main/core/app-core'
import { silentLogger } from '../src/main/core/logger'
import { rendererContentSecurityPolicy } from '../src/main/core/shell/content-security-policy'
import { ipcChannel } from '../src/shared/ipc-contract'
import { startTestPlatform, type TestPlatform } from '../test/platform-fixture'
import { BRIDGE_PATH } from './bridge-protocol'
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
})
