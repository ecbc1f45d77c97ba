import type { FastifyReply } from 'fastify'
import type { z } from 'zod'
import { fieldsFromZod } from '../../src/shared/result'
import type { ErrorCode } from '../../src/shared/error-codes'

export type ErrorExtra = { fields?: Record<string, string>; retryAfter?: number; rules?: unknown[] }

/** Every error leaves the platform in one shape: `{error: {code, message, fields?, retryAfter?}}`. */
export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string, extra: ErrorExtra = {}) {
  if (extra.retryAfter !== undefined) void reply.header('Retry-After', String(extra.retryAfter))
  return reply.code(status).send({ error: { code, message, ...extra } })
}

/** Parses a request body with its schema; on failure answers 422 VALIDATION naming each bad field. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  reply: FastifyReply
): { ok: true; value: z.output<S> } | { ok: false } {
  const parsed = schema.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  const fields = fieldsFromZod(parsed.error, body)
  void sendError(reply, 422, 'VALIDATION', `Invalid request: ${Object.keys(fields).join(', ')}`, { fields })
  return { ok: false }
}
