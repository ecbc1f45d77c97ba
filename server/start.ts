import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import { buildPlatform } from './app'
import type { PlatformConfig } from './config'
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
  const store = openSqliteStore(join(options.dataDir, 'platform.sqlite'))
  const { app } = buildPlatform({
    store,
    config: options.config,
    logger: options.logger,
    updatesDir: join(options.dataDir, 'updates')
  })
  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' })
  return { url, app, close: () => app.close() }
}
