import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'
import { WebSocketServer, type WebSocket } from 'ws'
import type { AppCore } from '../src/main/core/app-core'
import { eventChannel } from '../src/shared/ipc-contract'
import type { Logger } from '../src/main/core/logger'
import { rendererSecurityHeaders } from '../src/main/core/shell/content-security-policy'
import { BRIDGE_MAX_FRAME, BRIDGE_PATH, BRIDGE_SCRIPT, bridgeRequestSchema, type BridgeMessage } from './bridge-protocol'

export type HostOptions = {
  rendererDir: string
  bridgeScript: string
  port: number
  log: Logger
  /** Built once the host knows its own origin, which the core needs as the trusted sender. */
  createCore: (origin: string) => AppCore
}

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Serves the built renderer and binds it to the core over a WebSocket that speaks the IPC
 * contract. Loopback only; a connection needs this launch's token and our own Origin.
 */
export async function startHost(options: HostOptions) {
  const token = randomBytes(24).toString('base64url')
  const app = Fastify({ logger: false })
  const indexHtml = readFileSync(join(options.rendererDir, 'index.html'), 'utf8').replace(
    '<script type="module"',
    `<script src="./${BRIDGE_SCRIPT}"></script>\n    <script type="module"`
  )
  const bridgeJs = readFileSync(options.bridgeScript, 'utf8')
  // The same Content Security Policy the app:// protocol sends, so the browser runs the renderer as the app does.
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(rendererSecurityHeaders)
  })
  app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(indexHtml))
  app.get(`/${BRIDGE_SCRIPT}`, (_request, reply) => reply.type('text/javascript; charset=utf-8').send(bridgeJs))
  await app.register(fastifyStatic, { root: options.rendererDir, index: false, wildcard: true })

  await app.listen({ port: options.port, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('The host did not get a TCP port')
  const origin = `http://127.0.0.1:${address.port}`
  const core = options.createCore(origin)

  const wss = new WebSocketServer({ noServer: true, maxPayload: BRIDGE_MAX_FRAME })
  const authorised = (request: IncomingMessage): boolean => {
    const url = new URL(request.url ?? '/', origin)
    return (
      url.pathname === BRIDGE_PATH &&
      request.headers.origin === origin &&
      sameSecret(url.searchParams.get('token') ?? '', token)
    )
  }
  app.server.on('upgrade', (request, socket, head) => {
    if (!authorised(request)) {
      options.log.warn({ origin: request.headers.origin ?? null }, 'refused bridge connection')
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => serve(ws))
  })

  const clients = new Set<WebSocket>()
  const send = (ws: WebSocket, message: BridgeMessage) => ws.send(JSON.stringify(message))
  core.subscribe((event, payload) => {
    for (const ws of clients) send(ws, { event: eventChannel(event), payload })
  })

  function serve(ws: WebSocket): void {
    clients.add(ws)
    ws.on('close', () => clients.delete(ws))
    // A bad frame (too big, not UTF-8, malformed) is an 'error' on its socket: ws has already sent
    // the close code, so only that socket ends. Without a listener it would throw and end the process.
    ws.on('error', (error) => {
      options.log.warn({ reason: error.message.slice(0, 200) }, 'bridge socket closed after a bad frame')
      clients.delete(ws)
    })
    ws.on('message', async (data, isBinary) => {
      if (isBinary) {
        ws.close(1003, 'The bridge speaks text frames only')
        return
      }
      let request
      try {
        request = bridgeRequestSchema.parse(JSON.parse(String(data)))
      } catch {
        ws.close(1003, 'Malformed bridge message')
        return
      }
      const result = await core.dispatch(request.channel, request.input, { url: `${origin}/`, isMainFrame: true })
      send(ws, { id: request.id, result })
    })
  }

  return {
    url: `${origin}/?token=${token}`,
    origin,
    async close(): Promise<void> {
      for (const ws of clients) ws.terminate()
      wss.close()
      await app.close()
      await core.close()
    }
  }
}
