import type { FastifyReply } from 'fastify'
import type { ServerCopy } from '../../src/shared/filing/filing-api'

/**
 * 409 CONFLICT with the platform's copy of the draft. The copy rides inside `error`, as every
 * error's extras do, and at the top level, where PLATFORM-API.md's table shows it.
 */
export function sendConflict(reply: FastifyReply, server: ServerCopy) {
  const message = `The draft changed on the platform (now revision ${server.revision}); both versions are kept`
  return reply.code(409).send({ error: { code: 'CONFLICT', message, server }, server })
}
