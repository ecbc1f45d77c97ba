import type { FastifyInstance } from 'fastify'
import { changeContactsSchema } from '../../src/shared/identity-api'
import { apiPaths } from '../../src/shared/platform-api'
import { verifyAccountPassword } from '../auth/credentials'
import { findPhoneConflict } from '../auth/identity-conflicts'
import { clearFailures, lockRemaining, recordFailure } from '../auth/lockout'
import type { PlatformContext } from '../context'
import { accountView } from '../http/account-view'
import { requireAuth } from '../http/auth'
import { codeInvalid, sendCodeFailure } from '../http/code-errors'
import { sendConflict, writeOrConflict } from '../http/conflict-reply'
import { limited } from '../http/rate-limit'
import { parseBody, sendError } from '../http/reply'

const lockedMessage = (seconds: number) =>
  `Too many wrong passwords: the account is locked for ${Math.ceil(seconds / 60)} more minutes`

/**
 * An active account changes its phone and/or email. The phone is a sign-in name and both are
 * where reset codes go, so an access token alone must not rebind them (it would hand the
 * account over through "forgot password"): the current password is checked, and counts toward
 * the sign-in lockout; a code sent to the new contact proves it is the holder's; the contacts
 * the account had are told.
 */
export function contactRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.put(apiPaths.contacts, limited, async (request, reply) => {
    const session = await requireAuth(ctx, request, reply)
    if (!session) return reply
    const record = session.account
    const body = parseBody(changeContactsSchema, request.body, reply)
    if (!body.ok) return reply
    const { currentPassword, phone, email, code } = body.value
    if (record.status === 'needs_completion') {
      return sendError(reply, 403, 'PROFILE_INCOMPLETE', 'Complete the identity information first: it binds the phone and email')
    }

    const valid = await verifyAccountPassword(record.passwordHash, currentPassword)
    const locked = lockRemaining(record, ctx.now())
    if (locked > 0) return sendError(reply, 423, 'LOCKED', lockedMessage(locked), { retryAfter: locked })
    if (!valid) {
      const lockedFor = await recordFailure(ctx.store, record, ctx.now())
      if (lockedFor > 0) return sendError(reply, 423, 'LOCKED', lockedMessage(lockedFor), { retryAfter: lockedFor })
      return sendError(reply, 401, 'INVALID_CREDENTIALS', 'The current password is wrong', { fields: { currentPassword: 'wrong password' } })
    }

    // One code: the new phone's when the phone changes (it is a sign-in name), else the new email's.
    const checked = await ctx.codes.check({ to: phone ?? email!, purpose: 'contact', code })
    if (!checked.ok) return sendCodeFailure(reply, checked)
    const conflict = phone ? await findPhoneConflict(ctx.store, phone, record) : null
    if (conflict) {
      await checked.spoil()
      return sendConflict(reply, conflict)
    }
    const written = await writeOrConflict(() =>
      ctx.store.transaction(async (tx) =>
        (await checked.consume(tx)) ? tx.updateAccount(record.id, { ...(phone ? { phone } : {}), ...(email ? { email } : {}) }) : null
      )
    )
    if (!written.ok) {
      await checked.spoil()
      return sendConflict(reply, written.conflict)
    }
    if (!written.value) return sendCodeFailure(reply, codeInvalid)
    await clearFailures(ctx.store, written.value)
    await ctx.notices.contactsChanged({ phone: record.phone, email: record.email })
    return accountView(written.value, ctx.policy, ctx.now())
  })
}
