import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PlatformContext } from '../context'
import type { AccountRecord } from '../store/platform-store'
import { forcedChangeReason } from './account-view'
import { sendError } from './reply'

export type Session = { accountId: string; familyId: string; account: AccountRecord }

export type AuthOptions = {
  /**
   * Only reading /me, changing the password and signing out may be used while the account
   * must change its password (PLATFORM-API.md); every other route is refused by default.
   */
  duringForcedChange?: boolean
}

/**
 * The one gate of every authorised route: resolves the bearer token to its session and
 * account, or answers 401; while the account must change its password (any reason, expiry
 * included) it answers `403 PASSWORD_CHANGE_REQUIRED`, unless the route opts out.
 */
export async function requireAuth(
  ctx: Pick<PlatformContext, 'tokens' | 'store' | 'policy' | 'now'>,
  request: FastifyRequest,
  reply: FastifyReply,
  options: AuthOptions = {}
): Promise<Session | null> {
  const header = request.headers.authorization
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : ''
  const claims = token ? await ctx.tokens.verifyAccessToken(token) : null
  if (!claims) {
    await sendError(reply, 401, 'UNAUTHORIZED', 'Sign-in required: the access token is missing, expired or revoked')
    return null
  }
  const account = await ctx.store.findAccountById(claims.accountId)
  if (!account) {
    await sendError(reply, 401, 'UNAUTHORIZED', 'The account of this session no longer exists')
    return null
  }
  if (!options.duringForcedChange && forcedChangeReason(account, ctx.policy, ctx.now())) {
    await sendError(reply, 403, 'PASSWORD_CHANGE_REQUIRED', 'Change your password before doing anything else on the platform')
    return null
  }
  return { ...claims, account }
}
