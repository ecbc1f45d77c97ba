import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { deleteDraftRequestSchema, draftIdSchema, filingPaths, putDraftRequestSchema, sinceQuerySchema } from '../../src/shared/filing/filing-api'
import { DRAFT_MAX_BYTES } from '../../src/shared/filing/draft-content'
import type { PlatformContext } from '../context'
import { sendConflict } from '../http/conflict'
import { parseBody, sendError } from '../http/reply'
import { cursorPage } from '../http/cursor-page'
import { requireSignedInAccount } from '../http/signed-in-account'

/** One page of the change feed; a client with more to fetch asks again with the new cursor. */
export const DRAFT_PAGE = 100
/** The largest draft and its envelope; the rest of the API keeps the small default limit. */
export const DRAFT_BODY_LIMIT = DRAFT_MAX_BYTES + 64 * 1024

const idParams = z.object({ id: draftIdSchema })

/**
 * Drafts, synchronised by revision: a write names the revision it was based on and is refused
 * with the platform's copy when that is no longer current. Another account's draft is 404,
 * whatever the method, so ids cannot be probed.
 */
export function draftRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  const notFound = (reply: Parameters<typeof sendError>[0]) => sendError(reply, 404, 'NOT_FOUND', 'No such draft')
  const frozen = (reply: Parameters<typeof sendError>[0]) =>
    sendError(reply, 409, 'DRAFT_SUBMITTED', 'This draft has been filed and can no longer be changed')

  app.get(filingPaths.drafts, async (request, reply) => {
    const account = await requireSignedInAccount(ctx, request, reply)
    if (!account) return reply
    const query = parseBody(sinceQuerySchema, request.query, reply)
    if (!query.ok) return reply
    const after = Number(query.value.since ?? 0)
    const { items, cursor, hasMore } = cursorPage(await ctx.filing.draftChanges(account.id, after, DRAFT_PAGE + 1), DRAFT_PAGE, after)
    return { changes: items, cursor, hasMore }
  })

  app.put(filingPaths.draft, { bodyLimit: DRAFT_BODY_LIMIT }, async (request, reply) => {
    const account = await requireSignedInAccount(ctx, request, reply)
    if (!account) return reply
    const params = parseBody(idParams, request.params, reply)
    if (!params.ok) return reply
    const body = parseBody(putDraftRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const outcome = await ctx.filing.putDraft({
      accountId: account.id,
      id: params.value.id,
      baseRevision: body.value.baseRevision,
      content: body.value.content,
      at: ctx.now().toISOString()
    })
    switch (outcome.kind) {
      case 'saved':
        return { revision: outcome.revision }
      case 'not_found':
        return notFound(reply)
      case 'submitted':
        return frozen(reply)
      case 'conflict':
        return sendConflict(reply, outcome.server)
    }
  })

  app.delete(filingPaths.draft, async (request, reply) => {
    const account = await requireSignedInAccount(ctx, request, reply)
    if (!account) return reply
    const params = parseBody(idParams, request.params, reply)
    if (!params.ok) return reply
    const body = parseBody(deleteDraftRequestSchema, request.body ?? {}, reply)
    if (!body.ok) return reply
    const outcome = await ctx.filing.deleteDraft({
      accountId: account.id,
      id: params.value.id,
      baseRevision: body.value.baseRevision,
      at: ctx.now().toISOString()
    })
    switch (outcome.kind) {
      case 'deleted':
        return reply.code(204).send()
      case 'not_found':
        return notFound(reply)
      case 'submitted':
        return frozen(reply)
      case 'conflict':
        return sendConflict(reply, outcome.server)
    }
  })
}
