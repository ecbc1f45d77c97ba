import type { FastifyInstance } from 'fastify'
import { apiPaths } from '../../src/shared/platform-api'
import type { PlatformContext } from '../context'
import { accountView } from '../http/account-view'
import { requireAuth } from '../http/auth'
import { sendError } from '../http/reply'

export function meRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.get(apiPaths.me, async (request, reply) => {
    const claims = await requireAuth(ctx.tokens, request, reply)
    if (!claims) return reply
    const record = ctx.store.findAccountById(claims.accountId)
    if (!record) return sendError(reply, 401, 'UNAUTHORIZED', 'The account of this session no longer exists')
    return accountView(record, ctx.policy, ctx.now())
  })
}
