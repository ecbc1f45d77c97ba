import type { FastifyInstance } from 'fastify'
import { changePasswordSchema, profileCompletionSchemaFor } from '../../src/shared/identity-api'
import { apiPaths } from '../../src/shared/platform-api'
import { newRegistrationCode, newUserCode } from '../auth/assigned-codes'
import { passwordProblems, reusesRecentPassword, setPassword, verifyAccountPassword } from '../auth/credentials'
import { findConflict } from '../auth/identity-conflicts'
import type { PlatformContext } from '../context'
import { accountView } from '../http/account-view'
import { requireAuth } from '../http/auth'
import { sendCodeFailure } from '../http/code-errors'
import { parseBody, sendError } from '../http/reply'
import { identityOf } from './accounts'

export function meRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  /** The signed-in account, or a 401 already sent. */
  async function currentAccount(request: Parameters<typeof requireAuth>[1], reply: Parameters<typeof requireAuth>[2]) {
    const claims = await requireAuth(ctx.tokens, request, reply)
    if (!claims) return null
    const record = ctx.store.findAccountById(claims.accountId)
    if (!record) await sendError(reply, 401, 'UNAUTHORIZED', 'The account of this session no longer exists')
    return record ?? null
  }

  app.get(apiPaths.me, async (request, reply) => {
    const record = await currentAccount(request, reply)
    if (!record) return reply
    return accountView(record, ctx.policy, ctx.now())
  })

  app.post(apiPaths.password, async (request, reply) => {
    const record = await currentAccount(request, reply)
    if (!record) return reply
    const body = parseBody(changePasswordSchema, request.body, reply)
    if (!body.ok) return reply
    const { currentPassword, newPassword } = body.value
    if (!(await verifyAccountPassword(record.passwordHash, currentPassword))) {
      return sendError(reply, 401, 'INVALID_CREDENTIALS', 'The current password is wrong', {
        fields: { currentPassword: 'wrong_password' }
      })
    }
    const rules = passwordProblems(ctx.policy, newPassword, record)
    if (rules.length) return sendError(reply, 422, 'POLICY_VIOLATION', 'The new password breaks the password rules', { rules })
    if (await reusesRecentPassword(ctx.store, record, newPassword, ctx.policy.historyDepth)) {
      return sendError(reply, 422, 'PASSWORD_REUSED', 'Choose a password you have not used recently', {
        fields: { newPassword: 'used_recently' }
      })
    }
    await ctx.notices.passwordChanged(await setPassword(ctx.store, record, newPassword, ctx.now()))
    return reply.code(204).send()
  })

  app.put(apiPaths.profile, async (request, reply) => {
    const record = await currentAccount(request, reply)
    if (!record) return reply
    const body = parseBody(profileCompletionSchemaFor(record.type), request.body, reply)
    if (!body.ok) return reply
    const { profile, phone, email, code } = body.value
    const identity = identityOf(record.type, profile)
    const checked = ctx.codes.check({ to: phone, purpose: 'profile', code })
    if (!checked.ok) return sendCodeFailure(reply, checked)
    const conflict = findConflict(ctx.store, { type: record.type, idNumber: identity.idNumber, uscc: identity.uscc, agencyCode: identity.agencyCode, phone }, record)
    if (conflict) return sendError(reply, conflict.status, conflict.code, conflict.message, { fields: { [conflict.field]: conflict.code } })
    const updated = ctx.store.transaction(() => {
      checked.consume()
      return ctx.store.updateAccount(record.id, {
        displayName: profile.name,
        phone,
        email,
        idType: identity.idType,
        idNumber: identity.idNumber,
        uscc: identity.uscc,
        agencyCode: identity.agencyCode,
        userCode: record.userCode ?? (identity.needsUserCode ? newUserCode() : null),
        registrationCode: record.registrationCode ?? (identity.needsRegistrationCode ? newRegistrationCode() : null),
        profile,
        status: record.status === 'needs_completion' ? 'active' : record.status
      })
    })
    return accountView(updated, ctx.policy, ctx.now())
  })
}
