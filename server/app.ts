import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { passwordPolicyPresets } from '../src/shared/password-policy'
import { createTokenService } from './auth/tokens'
import { devOutboxTransport, firstSupporting, smtpTransport, type CodeTransport } from './codes/transport'
import { createSecurityNotices } from './codes/security-notices'
import { createVerificationCodes } from './codes/verification-codes'
import type { PlatformConfig } from './config'
import type { PlatformContext } from './context'
import { installErrorHandling } from './http/error-handler'
import { installRateLimit } from './http/rate-limit'
import { accountRoutes } from './routes/accounts'
import { attachmentRoutes } from './routes/attachments'
import { contactRoutes } from './routes/contacts'
import { devOutboxRoutes } from './routes/dev-outbox'
import { draftRoutes } from './routes/drafts'
import { meRoutes } from './routes/me'
import { noticeRoutes } from './routes/notices'
import { openApiRoutes } from './routes/openapi'
import { passwordPolicyRoutes } from './routes/password-policy'
import { passwordResetRoutes } from './routes/password-resets'
import { sessionRoutes } from './routes/sessions'
import { submissionRoutes } from './routes/submissions'
import { supportRequestRoutes } from './routes/support-requests'
import { updateRoutes } from './routes/updates'
import { verificationCodeRoutes } from './routes/verification-codes'
import type { FilingStore } from './store/filing-store'
import type { PlatformStore } from './store/platform-store'

export type PlatformOptions = {
  store: PlatformStore
  /** The access-token signing key (server/auth/signing-key.ts). */
  signingKey: Uint8Array
  filing: FilingStore
  config: PlatformConfig
  now?: () => Date
  logger?: FastifyServerOptions['logger']
  /** Replaces the configured transports (tests). */
  transport?: CodeTransport
  /** The folder served at `/updates/` (the desktop client's update feed); none → no feed. */
  updatesDir?: string
}

/** Request bodies of the API are small; anything bigger is refused before parsing. */
const BODY_LIMIT = 64 * 1024

function transportFor(config: PlatformConfig, store: PlatformStore, now: () => Date): CodeTransport {
  const transports: CodeTransport[] = []
  if (config.devOutbox) transports.push(devOutboxTransport(store, now))
  if (config.smtpUrl) transports.push(smtpTransport(config.smtpUrl, config.smtpFrom!))
  return firstSupporting(transports)
}

export function buildPlatform(options: PlatformOptions): { app: FastifyInstance; ctx: PlatformContext } {
  const now = options.now ?? (() => new Date())
  const { store, filing, config } = options
  const transport = options.transport ?? transportFor(config, store, now)
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: options.logger ?? false,
    // Only the configured proxies' X-Forwarded-For sets request.ip, which the rate limits count.
    trustProxy: config.trustProxy?.length ? config.trustProxy : false
  })
  const ctx: PlatformContext = {
    store,
    filing,
    config,
    policy: passwordPolicyPresets[config.policy],
    tokens: createTokenService(store, { key: options.signingKey, now, sessionMaxDays: config.sessionMaxDays }),
    codes: createVerificationCodes(store, transport, now, (reason) => app.log.warn({ reason }, 'verification code not delivered')),
    notices: createSecurityNotices(transport, (reason) => app.log.warn({ reason }, 'security notice not delivered')),
    now
  }
  installErrorHandling(app)
  void installRateLimit(app, config.ipRateLimit)
  // Routes go in a plugin registered after the rate limiter, so its hooks see them.
  void app.register(async (api) => {
    passwordPolicyRoutes(api, ctx)
    verificationCodeRoutes(api, ctx)
    accountRoutes(api, ctx)
    sessionRoutes(api, ctx)
    meRoutes(api, ctx)
    contactRoutes(api, ctx)
    passwordResetRoutes(api, ctx)
    supportRequestRoutes(api, ctx)
    noticeRoutes(api, ctx)
    draftRoutes(api, ctx)
    submissionRoutes(api, ctx)
    attachmentRoutes(api, ctx)
    openApiRoutes(api)
    if (config.devOutbox) devOutboxRoutes(api, ctx)
    if (options.updatesDir) updateRoutes(api, options.updatesDir)
  })
  app.addHook('onClose', async () => {
    await filing.close()
    await store.close()
  })
  return { app, ctx }
}
