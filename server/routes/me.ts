import type { FastifyInstance } from 'fastify'
import { changePasswordSchema, profileCompletionSchemaFor } from '../../src/shared/identity-api'
import { apiPaths } from '../../src/shared/platform-api'
import { newRegistrationCode, newUserCode } from '../auth/assigned-codes'
import { passwordProblems, reusesRecentPassword, setPassword, verifyAccountPassword } from '../auth/credentials'
import { findConflict } from '../auth/identity-conflicts'
import { clearFailures, lockRemaining, recordFailure } from '../auth/lockout'
import type { PlatformContext } from '../context'
import { accountView } from '../http/account-view'
import { requireAuth } from '../http/auth'
import { codeInvalid, sendCodeFailure } from '../http/code-errors'
import { sendConflict, writeOrConflict } from '../http/conflict-reply'
import { limited } from '../http/rate-limit'
import { parseBody, sendError } from '../http/reply'
import { identityOf } from './accounts'

const lockedMessage = (seconds: number) =>
  `Too many wrong passwords: the account is locked for ${Math.ceil(seconds / 60)} more minutes`

export function meRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.get(apiPaths.me, async (request, reply) => {
    const session = await requireAuth(ctx, request, reply, { duringForcedChange: true })
    if (!session) return reply
    return accountView(session.account, ctx.policy, ctx.now())
  })

  app.post(apiPaths.password, async (request, reply) => {
    const session = await requireAuth(ctx, request, reply, { duringForcedChange: true })
    if (!session) return reply
    const record = session.account
    const body = parseBody(changePasswordSchema, request.body, reply)
    if (!body.ok) return reply
    const { currentPassword, newPassword } = body.value
    // The current password is a guess like any sign-in: same count, same lock (a stolen
    // access token must not become an unlimited password oracle).
    const valid = await verifyAccountPassword(record.passwordHash, currentPassword)
    const locked = lockRemaining(record, ctx.now())
    if (locked > 0) return sendError(reply, 423, 'LOCKED', lockedMessage(locked), { retryAfter: locked })
    if (!valid) {
      const lockedFor = await recordFailure(ctx.store, record, ctx.now())
      if (lockedFor > 0) return sendError(reply, 423, 'LOCKED', lockedMessage(lockedFor), { retryAfter: lockedFor })
      return sendError(reply, 401, 'INVALID_CREDENTIALS', 'The current password is wrong', {
        fields: { currentPassword: 'wrong_password' }
      })
    }
    await clearFailures(ctx.store, record)
    const rules = passwordProblems(ctx.policy, newPassword, record)
    if (rules.length) return sendError(reply, 422, 'POLICY_VIOLATION', 'The new password breaks the password rules', { rules })
    if (await reusesRecentPassword(ctx.store, record, newPassword, ctx.policy.historyDepth)) {
      return sendError(reply, 422, 'PASSWORD_REUSED', 'Choose a password you have not used recently', {
        fields: { newPassword: 'used_recently' }
      })
    }
    const updated = await setPassword(ctx.store, record, newPassword, ctx.now(), { endSessionsBut: session.familyId })
    await ctx.notices.passwordChanged(updated)
    return reply.code(204).send()
  })

  app.put(apiPaths.profile, limited, async (request, reply) => {
    const session = await requireAuth(ctx, request, reply)
    if (!session) return reply
    const record = session.account
    const body = parseBody(profileCompletionSchemaFor(record.type), request.body, reply)
    if (!body.ok) return reply
    if (record.status !== 'needs_completion') {
      // Completion binds the phone and email on a code alone; an active account's contacts
      // change only with its password too (PUT /me/contacts), or a stolen token could rebind them.
      return sendError(reply, 409, 'PROFILE_COMPLETE', 'The identity information is already complete: change the phone or email with the current password instead')
    }
    const { profile, phone, email, code } = body.value
    const identity = identityOf(record.type, profile)
    const checked = await ctx.codes.check({ to: phone, purpose: 'profile', code })
    if (!checked.ok) return sendCodeFailure(reply, checked)
    const conflict = await findConflict(ctx.store, { type: record.type, idNumber: identity.idNumber, uscc: identity.uscc, agencyCode: identity.agencyCode, phone }, record)
    if (conflict) {
      await checked.spoil()
      return sendConflict(reply, conflict)
    }
    const written = await writeOrConflict(() => ctx.store.transaction(async (tx) => {
      if (!(await checked.consume(tx))) return null
      return tx.updateAccount(record.id, {
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
        status: 'active'
      })
    }))
    if (!written.ok) {
      await checked.spoil()
      return sendConflict(reply, written.conflict)
    }
    if (!written.value) return sendCodeFailure(reply, codeInvalid)
    return accountView(written.value, ctx.policy, ctx.now())
  })
}
