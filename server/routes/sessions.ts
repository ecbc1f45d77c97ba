import type { FastifyInstance } from 'fastify'
import { apiPaths, refreshRequestSchema, signInRequestSchema } from '../../src/shared/platform-api'
import { hashNeedsUpgrade, passwordProblems, verifyAccountPassword } from '../auth/credentials'
import { clearFailures, lockRemaining, nameLockRemaining, recordFailure, recordNameFailure, unknownNameKey } from '../auth/lockout'
import { hashPassword, spendVerifyTime } from '../auth/password-hash'
import type { PlatformContext } from '../context'
import { accountView } from '../http/account-view'
import { requireAuth } from '../http/auth'
import { limited } from '../http/rate-limit'
import { parseBody, sendError } from '../http/reply'
import type { AccountRecord } from '../store/platform-store'

const lockedMessage = (seconds: number) =>
  `Too many wrong passwords: the account is locked for ${Math.ceil(seconds / 60)} more minutes`

/**
 * After a good password: legacy hashes and argon2 hashes with other parameters are replaced by
 * the platform's, a password the policy now refuses must be changed.
 */
async function afterGoodPassword(ctx: PlatformContext, record: AccountRecord, password: string): Promise<AccountRecord> {
  await clearFailures(ctx.store, record)
  const patch: Partial<AccountRecord> = {}
  if (hashNeedsUpgrade(record.passwordHash)) patch.passwordHash = await hashPassword(password)
  if (!record.mustChangeReason && passwordProblems(ctx.policy, password, record).length > 0) {
    patch.mustChangeReason = record.status === 'needs_completion' ? 'legacy' : 'policy'
  }
  return ctx.store.updateAccount(record.id, { ...patch, lockedUntil: null })
}

export function sessionRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(apiPaths.sessions, limited, async (request, reply) => {
    const body = parseBody(signInRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const { account: name, password, device } = body.value
    const record = await ctx.store.findAccountBySignInName(name)
    // The hash is checked (or the time spent) before anything else, so every answer costs the same.
    const valid = record
      ? await verifyAccountPassword(record.passwordHash, password)
      : (await spendVerifyTime(password), false)
    // A name no account has is locked like an account, so the lock tells nothing either.
    const nameKey = record ? '' : await unknownNameKey(ctx.store, name)
    const locked = record ? lockRemaining(record, ctx.now()) : await nameLockRemaining(ctx.store, nameKey, ctx.now())
    if (locked > 0) return sendError(reply, 423, 'LOCKED', lockedMessage(locked), { retryAfter: locked })
    if (!record || !valid) {
      const lockedFor = record ? await recordFailure(ctx.store, record, ctx.now()) : await recordNameFailure(ctx.store, nameKey, ctx.now())
      if (lockedFor > 0) return sendError(reply, 423, 'LOCKED', lockedMessage(lockedFor), { retryAfter: lockedFor })
      return sendError(reply, 401, 'INVALID_CREDENTIALS', 'The account or the password is wrong')
    }
    const updated = await afterGoodPassword(ctx, record, password)
    const pair = await ctx.tokens.startSession(updated.id, device ?? null)
    return reply.code(200).send({ ...pair, account: accountView(updated, ctx.policy, ctx.now()) })
  })

  app.post(apiPaths.refresh, async (request, reply) => {
    const body = parseBody(refreshRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const outcome = await ctx.tokens.refresh(body.value.refreshToken)
    if (!outcome.ok) {
      const message =
        outcome.code === 'TOKEN_REUSED'
          ? 'This refresh token was already used; every session of its sign-in has been ended'
          : 'The refresh token is unknown, expired or revoked'
      return sendError(reply, 401, outcome.code, message)
    }
    const record = await ctx.store.findAccountById(outcome.accountId)
    if (!record) return sendError(reply, 401, 'TOKEN_INVALID', 'The account of this session no longer exists')
    return reply.code(200).send({ ...outcome.pair, account: accountView(record, ctx.policy, ctx.now()) })
  })

  // Signing out stays open while a password change is pending: "not now" must not trap the user.
  app.delete(apiPaths.currentSession, async (request, reply) => {
    const session = await requireAuth(ctx, request, reply, { duringForcedChange: true })
    if (!session) return reply
    await ctx.tokens.revoke(session.familyId)
    return reply.code(204).send()
  })

  /** Sign out everywhere: every session of the account ends, this one included. */
  app.delete(apiPaths.sessions, async (request, reply) => {
    const session = await requireAuth(ctx, request, reply, { duringForcedChange: true })
    if (!session) return reply
    await ctx.tokens.revokeAll(session.accountId)
    return reply.code(204).send()
  })
}
