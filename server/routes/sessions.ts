import type { FastifyInstance } from 'fastify'
import { apiPaths, refreshRequestSchema, signInRequestSchema } from '../../src/shared/platform-api'
import { spendVerifyTime, verifyPassword } from '../auth/password-hash'
import type { PlatformContext } from '../context'
import { accountView } from '../http/account-view'
import { requireAuth } from '../http/auth'
import { parseBody, sendError } from '../http/reply'

export function sessionRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(apiPaths.sessions, async (request, reply) => {
    const body = parseBody(signInRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const { account: name, password, device } = body.value
    const record = ctx.store.findAccountBySignInName(name)
    const valid = record ? await verifyPassword(record.passwordHash, password) : (await spendVerifyTime(password), false)
    if (!record || !valid) {
      return sendError(reply, 401, 'INVALID_CREDENTIALS', 'The account or the password is wrong')
    }
    const pair = await ctx.tokens.startSession(record.id, device ?? null)
    return reply.code(200).send({ ...pair, account: accountView(record, ctx.policy, ctx.now()) })
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
    const record = ctx.store.findAccountById(outcome.accountId)
    if (!record) return sendError(reply, 401, 'TOKEN_INVALID', 'The account of this session no longer exists')
    return reply.code(200).send({ ...outcome.pair, account: accountView(record, ctx.policy, ctx.now()) })
  })

  app.delete(apiPaths.currentSession, async (request, reply) => {
    const claims = await requireAuth(ctx.tokens, request, reply)
    if (!claims) return reply
    ctx.tokens.revoke(claims.familyId)
    return reply.code(204).send()
  })
}
