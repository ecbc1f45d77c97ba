import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createAppCore } from '../src/main/core/app-core'
import { nodeDesktopHost } from '../src/main/core/desktop/desktop-core'
import { createFileLogger } from '../src/main/core/logger'
import { startHost } from './host-server'

/** `npm run host -- --platform URL --data DIR [--port PORT] [--retry-max-ms MS]`: the renderer in a browser, bound to the real core. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      platform: { type: 'string' },
      data: { type: 'string', default: '.data/host' },
      port: { type: 'string', default: '0' },
      // Tests shorten the reconnection backoff so a platform coming back is noticed within seconds.
      'retry-max-ms': { type: 'string' }
    }
  })
  const retryMaxMs = values['retry-max-ms'] === undefined ? undefined : Number(values['retry-max-ms'])
  if (retryMaxMs !== undefined && !(retryMaxMs >= 100)) throw new Error('--retry-max-ms must be a number of milliseconds ≥ 100')
  if (!values.platform) throw new Error('--platform URL is required (start one with: npm run platform)')
  const platformUrl = new URL(values.platform).href
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`)
  const root = resolve(__dirname, '..')
  const rendererDir = join(root, 'out', 'renderer')
  const bridgeScript = join(root, 'out', 'host', 'bridge.js')
  for (const file of [join(rendererDir, 'index.html'), bridgeScript]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" and "npm run build:host-bridge" first`)
  }
  const dataDir = resolve(values.data)
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const log = createFileLogger(dataDir)
  const host = await startHost({
    rendererDir,
    bridgeScript,
    port,
    log,
    createCore: (origin) =>
      createAppCore({
        dataDir,
        platformUrl,
        localPlatform: false,
        log,
        trustedOrigins: () => [origin],
        desktop: nodeDesktopHost(version),
        ...(retryMaxMs ? { backoff: { baseMs: Math.min(1000, retryMaxMs), maxMs: retryMaxMs } } : {})
      })
  })
  console.log(`PatentDesk test host: open ${host.url}`)
  const stop = () => void host.close().finally(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
