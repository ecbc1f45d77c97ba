import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { passwordPolicyPresets } from '../src/shared/password-policy'
import { createTokenService } from './auth/tokens'
import type { PlatformConfig } from './config'
import type { PlatformContext } from './context'
import { installErrorHandling } from './http/error-handler'
import { devOutboxRoutes } from './routes/dev-outbox'
import { meRoutes } from './routes/me'
import { passwordPolicyRoutes } from './routes/password-policy'
import { sessionRoutes } from './routes/sessions'
import type { PlatformStore } from './store/platform-store'

export type PlatformOptions = {
  store: PlatformStore
  config: PlatformConfig
  now?: () => Date
  logger?: FastifyServerOptions['logger']
}

/** Request bodies of the API are small; anything bigger is refused before parsing. */
const BODY_LIMIT = 64 * 1024

export function buildPlatform(options: PlatformOptions): { app: FastifyInstance; ctx: PlatformContext } {
  const now = options.now ?? (() => new Date())
  const ctx: PlatformContext = {
    store: options.store,
    config: options.config,
    policy: passwordPolicyPresets[options.config.policy],
    tokens: createTokenService(options.store, now),
    now
  }
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: options.logger ?? false
  })
  installErrorHandling(app)
  passwordPolicyRoutes(app, ctx)
  sessionRoutes(app, ctx)
  meRoutes(app, ctx)
  if (options.config.devOutbox) devOutboxRoutes(app, ctx)
  app.addHook('onClose', async () => options.store.close())
  return { app, ctx }
}
