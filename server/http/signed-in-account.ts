import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PlatformContext } from '../context'
import type { AccountRecord } from '../store/platform-store'
import { requireAuth } from './auth'
import { sendError } from './reply'

/**
 * The signed-in account for routes every account may use, completed or not: a legacy account
 * may keep its drafts and their attachments before data completion (PLATFORM-API.md).
 */
export async function requireSignedInAccount(
  ctx: PlatformContext,
  request: FastifyRequest,
  reply: FastifyReply
): Promise<AccountRecord | null> {
  const claims = await requireAuth(ctx.tokens, request, reply)
  if (!claims) return null
  const account = ctx.store.findAccountById(claims.accountId)
  if (!account) {
    await sendError(reply, 401, 'UNAUTHORIZED', 'The account of this session no longer exists')
    return null
  }
  return account
}
