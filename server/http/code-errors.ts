import type { FastifyReply } from 'fastify'
import type { CheckFailure, SendOutcome } from '../codes/verification-codes'
import { sendError } from './reply'

type SendFailure = Extract<SendOutcome, { ok: false }>

/** The API's answer to a wrong, expired or burned verification code. */
export function sendCodeFailure(reply: FastifyReply, failure: CheckFailure, burnedStatus: 400 | 429 = 400) {
  if (failure.code === 'CODE_EXPIRED') {
    return sendError(reply, 400, 'CODE_EXPIRED', 'The verification code has expired: request a new one')
  }
  if (failure.code === 'CODE_BURNED') {
    return burnedStatus === 429
      ? sendError(reply, 429, 'RATE_LIMITED', 'Too many wrong codes: request a new code', { retryAfter: 60 })
      : sendError(reply, 400, 'CODE_INVALID', 'Too many wrong codes: request a new code')
  }
  return sendError(reply, 400, 'CODE_INVALID', 'The verification code is wrong', { fields: { code: 'wrong code' } })
}

/** A code that is not (or no longer) there: never sent, or used up by another request meanwhile. */
export const codeInvalid: CheckFailure = { ok: false, code: 'CODE_INVALID' }

export function sendDeliveryFailure(reply: FastifyReply, failure: SendFailure) {
  if (failure.code === 'RATE_LIMITED') {
    return sendError(reply, 429, 'RATE_LIMITED', `Wait ${failure.retryAfter} s before asking for another code`, {
      retryAfter: failure.retryAfter
    })
  }
  return sendError(reply, 503, 'DELIVERY_UNAVAILABLE', 'Codes cannot be delivered on this channel right now')
}
