import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { registerRequestSchema, type RegisterRequest } from '../../src/shared/identity-api'
import { apiPaths } from '../../src/shared/platform-api'
import { newLoginName, newRegistrationCode, newUserCode } from '../auth/assigned-codes'
import { passwordProblems } from '../auth/credentials'
import { findConflict } from '../auth/identity-conflicts'
import { hashPassword } from '../auth/password-hash'
import type { PlatformContext } from '../context'
import { codeInvalid, sendCodeFailure } from '../http/code-errors'
import { sendConflict, writeOrConflict } from '../http/conflict-reply'
import { limited } from '../http/rate-limit'
import { parseBody, sendError } from '../http/reply'
import type { NewAccount } from '../store/platform-store'

/** Identity fields of a profile, as the account record keeps them. */
export function identityOf(type: RegisterRequest['type'], profile: RegisterRequest['profile']) {
  const p = profile as Record<string, unknown>
  return {
    idType: type === 'person' ? (p.idType as string) : null,
    idNumber: type === 'person' ? ((p.idNumber as string | undefined) ?? null) : null,
    uscc: (p.uscc as string | undefined) ?? null,
    agencyCode: (p.agencyCode as string | undefined) ?? null,
    needsUserCode: type === 'entity' && p.nonUscc === true,
    needsRegistrationCode: type === 'person' && p.idType === 'none'
  }
}

export function accountRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(apiPaths.accounts, limited, async (request, reply) => {
    const body = parseBody(registerRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const r = body.value
    const identity = identityOf(r.type, r.profile)
    const rules = passwordProblems(ctx.policy, r.password, { phone: r.phone, idNumber: identity.idNumber ?? identity.uscc })
    if (rules.length) return sendError(reply, 422, 'POLICY_VIOLATION', 'The password breaks the password rules', { rules })
    const code = await ctx.codes.check({ to: r.phone, purpose: 'register', code: r.code })
    if (!code.ok) return sendCodeFailure(reply, code)
    const conflict = await findConflict(ctx.store, { type: r.type, idNumber: identity.idNumber, uscc: identity.uscc, agencyCode: identity.agencyCode, phone: r.phone })
    if (conflict) {
      await code.spoil()
      return sendConflict(reply, conflict)
    }

    const passwordHash = await hashPassword(r.password)
    const account: NewAccount = {
      id: randomUUID(),
      loginName: newLoginName(),
      type: r.type,
      displayName: r.profile.name,
      passwordHash,
      phone: r.phone,
      email: r.email,
      idType: identity.idType,
      idNumber: identity.idNumber,
      uscc: identity.uscc,
      agencyCode: identity.agencyCode,
      userCode: identity.needsUserCode ? newUserCode() : null,
      registrationCode: identity.needsRegistrationCode ? newRegistrationCode() : null,
      profile: r.profile
    }
    // Another registration may have used the code, or taken the phone or ID, while this one hashed.
    const written = await writeOrConflict(() =>
      ctx.store.transaction(async (tx) => ((await code.consume(tx)) ? tx.createAccount(account, ctx.now()) : null))
    )
    if (!written.ok) {
      await code.spoil()
      return sendConflict(reply, written.conflict)
    }
    const created = written.value
    if (!created) return sendCodeFailure(reply, codeInvalid)
    return reply.code(201).send({
      accountId: created.id,
      loginName: created.loginName,
      ...(created.userCode ? { userCode: created.userCode } : {}),
      ...(created.registrationCode ? { registrationCode: created.registrationCode } : {})
    })
  })
}
