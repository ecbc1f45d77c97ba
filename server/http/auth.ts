import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AccessClaims, TokenService } from '../auth/tokens'
import { sendError } from './reply'

/** Resolves the bearer token of a request, or answers 401 and returns null. */
export async function requireAuth(
  tokens: TokenService,
  request: FastifyRequest,
  reply: FastifyReply
): Promise<AccessClaims | null> {
  const header = request.headers.authorization
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : ''
  const claims = token ? await tokens.verifyAccessToken(token) : null
  if (!claims) {
    await sendError(reply, 401, 'UNAUTHORIZED', 'Sign-in required: the access token is missing, expired or revoked')
    return null
  }
  return claims
}
