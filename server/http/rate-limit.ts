import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'

/** Per-address limit (PLATFORM_IP_RATE_LIMIT a minute) for the routes that guess or send: sign-in, codes, resets. */
export async function installRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    max: perMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)),
      message: `Too many requests from this address: try again in ${Math.ceil(context.ttl / 1000)} s`
    })
  })
}

export const limited = { config: { rateLimit: {} } }
