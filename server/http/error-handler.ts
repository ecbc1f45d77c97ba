import type { FastifyError, FastifyInstance } from 'fastify'
import { sendError } from './reply'

/** Maps framework-level failures (body parsing, size, media type, unknown route) to coded 4xx answers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { retryAfter?: number }, request, reply) => {
    const status = error.statusCode ?? 500
    if (status === 429) {
      return sendError(reply, 429, 'RATE_LIMITED', error.message, { retryAfter: error.retryAfter ?? 60 })
    }
    if (status === 413) return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', 'Request body is too large')
    if (status === 415) return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Request body must be application/json')
    if (status === 400) return sendError(reply, 400, 'MALFORMED_JSON', 'Request body is not valid JSON')
    if (status < 500) return sendError(reply, status, 'VALIDATION', error.message)
    request.log.error({ err: { message: error.message, stack: error.stack } }, 'unhandled error')
    return sendError(reply, 500, 'INTERNAL', 'Internal error')
  })
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`)
  )
}
