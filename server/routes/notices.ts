import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { apiPaths } from '../../src/shared/platform-api'
import type { PlatformContext } from '../context'
import { requireBusinessAccount } from '../http/business-gate'
import { parseBody, sendError } from '../http/reply'

const PAGE = 200
const sinceQuery = z.object({ since: z.string().regex(/^\d{1,15}$/, 'a cursor from an earlier answer').optional() })
const idParams = z.object({ id: z.string().min(1).max(64) })

/** Official notices, delivered incrementally: the cursor is the last notice the client has. */
export function noticeRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.get(apiPaths.notices, async (request, reply) => {
    const account = await requireBusinessAccount(ctx, request, reply)
    if (!account) return reply
    const query = parseBody(sinceQuery, request.query, reply)
    if (!query.ok) return reply
    const after = Number(query.value.since ?? 0)
    const rows = ctx.store.noticesSince(account.id, after, PAGE)
    return {
      notices: rows.map(({ seq: _seq, ...notice }) => notice),
      cursor: String(rows.at(-1)?.seq ?? after)
    }
  })

  app.post(apiPaths.noticeRead, async (request, reply) => {
    const account = await requireBusinessAccount(ctx, request, reply)
    if (!account) return reply
    const params = parseBody(idParams, request.params, reply)
    if (!params.ok) return reply
    if (!ctx.store.markNoticeRead(account.id, params.value.id, ctx.now())) {
      return sendError(reply, 404, 'NOT_FOUND', 'No such notice')
    }
    return reply.code(204).send()
  })
}
