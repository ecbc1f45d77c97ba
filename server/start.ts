import { join } from 'node:path'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import { buildPlatform } from './app'
import { loadSigningKey } from './auth/signing-key'
import type { PlatformConfig } from './config'
import type { PlatformContext } from './context'
import { openPlatformStores } from './store/data-dir'

export type RunningPlatform = { url: string; app: FastifyInstance; ctx: PlatformContext; close(): Promise<void> }

/** Opens the platform database and signing key under `dataDir` (owner-only) and listens; port 0 picks a free one. */
export async function startPlatform(options: {
  dataDir: string
  config: PlatformConfig
  port?: number
  host?: string
  logger?: FastifyServerOptions['logger']
}): Promise<RunningPlatform> {
  const { store, filing } = openPlatformStores(options.dataDir)
  let signingKey: Uint8Array
  try {
    signingKey = loadSigningKey(options.dataDir, options.config.signingKey)
  } catch (error) {
    await store.close()
    throw error
  }
  const { app, ctx } = buildPlatform({
    store,
    filing,
    signingKey,
    config: options.config,
    logger: options.logger,
    updatesDir: join(options.dataDir, 'updates')
  })
  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' })
  return { url, app, ctx, close: () => app.close() }
}
