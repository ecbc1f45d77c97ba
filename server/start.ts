import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import { buildPlatform } from './app'
import type { PlatformConfig } from './config'
import { openSqliteFilingStore } from './store/sqlite-filing-store'
import { openSqliteStore } from './store/sqlite-store'

export type RunningPlatform = { url: string; app: FastifyInstance; close(): Promise<void> }

/** Opens the platform database under `dataDir` and listens; port 0 picks a free one. */
export async function startPlatform(options: {
  dataDir: string
  config: PlatformConfig
  port?: number
  host?: string
  logger?: FastifyServerOptions['logger']
}): Promise<RunningPlatform> {
  mkdirSync(options.dataDir, { recursive: true })
  const file = join(options.dataDir, 'platform.sqlite')
  const store = openSqliteStore(file)
  const { app } = buildPlatform({ store, filing: openSqliteFilingStore(file), config: options.config, logger: options.logger })
  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' })
  return { url, app, close: () => app.close() }
}
