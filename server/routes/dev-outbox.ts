import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { apiPaths } from '../../src/shared/platform-api'
import type { PlatformContext } from '../context'
import { parseBody } from '../http/reply'

const outboxQuery = z.object({ to: z.string().min(1, 'required').max(256) })

/** Registered only with PLATFORM_DEV_OUTBOX=1: shows the codes the platform "sent". */
export function devOutboxRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.get(apiPaths.devOutbox, async (request, reply) => {
    const query = parseBody(outboxQuery, request.query, reply)
    if (!query.ok) return reply
    return { messages: await ctx.store.outboxFor(query.value.to) }
  })
}
