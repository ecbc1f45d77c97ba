import { createHash, randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { supportRequestSchema } from '../../src/shared/identity-api'
import { apiPaths } from '../../src/shared/platform-api'
import type { PlatformContext } from '../context'
import { limited } from '../http/rate-limit'
import { parseBody, sendError } from '../http/reply'

const DUPLICATE_WINDOW_MS = 7 * 86_400_000

/** The same request is the same kind, account, contact and body, whatever the spacing or case. */
export const fingerprint = (r: { kind: string; account?: string; contact: string; body: string }): string =>
  createHash('sha256')
    .update([r.kind, r.account ?? '', r.contact, r.body].map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase()).join('\u0000'))
    .digest('hex')

export function supportRequestRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(apiPaths.supportRequests, limited, async (request, reply) => {
    const body = parseBody(supportRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const print = fingerprint(body.value)
    const now = ctx.now()
    const earlier = await ctx.store.findSupportRequestSince(print, new Date(now.getTime() - DUPLICATE_WINDOW_MS))
    if (earlier) {
      return sendError(reply, 409, 'DUPLICATE_REQUEST', `This request was already received (${earlier.id}); sending it again does not speed it up`)
    }
    const id = randomUUID()
    await ctx.store.addSupportRequest({
      id,
      kind: body.value.kind,
      account: body.value.account ?? null,
      contact: body.value.contact,
      body: body.value.body,
      fingerprint: print,
      createdAt: now.toISOString()
    })
    return reply.code(201).send({ requestId: id })
  })
}
