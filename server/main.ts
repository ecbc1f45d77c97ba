import { parseArgs } from 'node:util'
import { configFromEnv } from './config'
import { startPlatform } from './start'

/** `npm run platform -- --port PORT --data DIR [--host 127.0.0.1]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8720' },
      data: { type: 'string', default: '.data/platform' },
      host: { type: 'string', default: '127.0.0.1' }
    }
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`)
  const config = configFromEnv(process.env)
  const platform = await startPlatform({
    dataDir: values.data,
    config,
    port,
    host: values.host,
    logger: { level: process.env.PLATFORM_LOG_LEVEL ?? 'info' }
  })
  console.log(`PatentDesk platform listening on ${platform.url}`)
  if (config.devOutbox) console.log('Development outbox is ON: sent codes are visible at /api/v1/dev/outbox')
  const stop = () => void platform.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
