import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { filingPaths, sinceQuerySchema } from '../../src/shared/filing/filing-api'
import type { PlatformContext } from '../context'
import { requireBusinessAccount } from '../http/business-gate'
import { parseBody, sendError } from '../http/reply'
import { cursorPage } from '../http/cursor-page'

export const NOTICE_PAGE = 200
const idParams = z.object({ id: z.string().min(1).max(64) })

/** Official notices, delivered incrementally: the cursor is the last notice the client has. */
export function noticeRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.get(filingPaths.notices, async (request, reply) => {
    const account = await requireBusinessAccount(ctx, request, reply)
    if (!account) return reply
    const query = parseBody(sinceQuerySchema, request.query, reply)
    if (!query.ok) return reply
    const after = Number(query.value.since ?? 0)
    const { items, cursor, hasMore } = cursorPage(await ctx.filing.noticesSince(account.id, after, NOTICE_PAGE + 1), NOTICE_PAGE, after)
    return { notices: items, cursor, hasMore }
  })

  app.post(filingPaths.noticeRead, async (request, reply) => {
    const account = await requireBusinessAccount(ctx, request, reply)
    if (!account) return reply
    const params = parseBody(idParams, request.params, reply)
    if (!params.ok) return reply
    if (!(await ctx.filing.markNoticeRead(account.id, params.value.id, ctx.now().toISOString()))) {
      return sendError(reply, 404, 'NOT_FOUND', 'No such notice')
    }
    return reply.code(204).send()
  })
}
