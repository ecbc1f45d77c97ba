import type { FastifyInstance } from 'fastify'
import { verificationCodeRequestSchema } from '../../src/shared/identity-api'
import { normaliseMobile } from '../../src/shared/validators/id-documents'
import { apiPaths } from '../../src/shared/platform-api'
import type { PlatformContext } from '../context'
import { requireAuth } from '../http/auth'
import { sendDeliveryFailure } from '../http/code-errors'
import { maskContact } from '../http/contact'
import { limited } from '../http/rate-limit'
import { parseBody } from '../http/reply'
import { sendResetCode } from './password-resets'

export function verificationCodeRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(apiPaths.verificationCodes, limited, async (request, reply) => {
    const body = parseBody(verificationCodeRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const { purpose, channel, to, account } = body.value
    if (purpose === 'reset') return sendResetCode(ctx, reply, { account: account ?? to!, channel, client: request.ip })
    // Codes for an account's own data (profile, contact) need its session, under the same gate as every authorised route.
    if (purpose !== 'register' && !(await requireAuth(ctx, request, reply))) return reply
    const destination = channel === 'sms' ? normaliseMobile(to!) : to!.toLowerCase()
    const sent = await ctx.codes.send({ channel, to: destination, purpose, client: request.ip })
    if (!sent.ok) return sendDeliveryFailure(reply, sent)
    return reply.code(202).send({ sentTo: maskContact(channel, destination), resendAfter: sent.resendAfter, expiresIn: sent.expiresIn })
  })
}
