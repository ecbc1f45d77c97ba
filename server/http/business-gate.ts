import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PlatformContext } from '../context'
import type { AccountRecord } from '../store/platform-store'
import { requireAuth } from './auth'
import { sendError } from './reply'

/**
 * Business routes (filing, notices, fees) need a signed-in account that has no password
 * change pending (`requireAuth`) and whose data is complete; a legacy account that skipped
 * completion is told why (DOMAIN.md fact 2).
 */
export async function requireBusinessAccount(
  ctx: PlatformContext,
  request: FastifyRequest,
  reply: FastifyReply
): Promise<AccountRecord | null> {
  const session = await requireAuth(ctx, request, reply)
  if (!session) return null
  if (session.account.status === 'needs_completion') {
    await sendError(reply, 403, 'PROFILE_INCOMPLETE', 'Complete and verify your identity information before doing business on the platform')
    return null
  }
  return session.account
}
