import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PlatformContext } from '../context'
import type { AccountRecord } from '../store/platform-store'
import { requireAuth } from './auth'

/**
 * The signed-in account for routes every account may use, completed or not: a legacy account
 * may keep its drafts and their attachments before data completion (PLATFORM-API.md). A forced
 * password change still comes first (`requireAuth`).
 */
export async function requireSignedInAccount(
  ctx: PlatformContext,
  request: FastifyRequest,
  reply: FastifyReply
): Promise<AccountRecord | null> {
  const session = await requireAuth(ctx, request, reply)
  return session?.account ?? null
}
