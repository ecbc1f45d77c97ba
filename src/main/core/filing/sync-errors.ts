import type { AppError } from '../../../shared/result'

/**
 * What a failed platform call means for the sync: try the whole round again later (the
 * platform or the network is down), wait for a sign-in, or give up on this one item (the
 * platform refused it for good) and carry on with the rest.
 */
export type FailureKind = 'retry' | 'signed_out' | 'item'

// Failures of this computer's session, not of the item (a keychain that did not answer, another
// account signed in mid-call) are among them: parking a draft for those would strand it.
const retry = new Set(['NETWORK', 'TIMEOUT', 'BAD_RESPONSE', 'INTERNAL', 'RATE_LIMITED', 'DELIVERY_UNAVAILABLE', 'KEYCHAIN_UNAVAILABLE'])
const signedOut = new Set([
  'NOT_SIGNED_IN',
  'UNAUTHORIZED',
  'TOKEN_INVALID',
  'TOKEN_REUSED',
  'SESSION_EXPIRED',
  'SESSION_ENDED',
  'SESSION_CHANGED',
  'ACCOUNT_NOT_OPEN',
  'PASSWORD_CHANGE_REQUIRED'
])

export function failureKind(error: AppError): FailureKind {
  if (retry.has(error.code)) return 'retry'
  if (signedOut.has(error.code)) return 'signed_out'
  return 'item'
}

/** A round stopped by a failure that is not the item's fault. */
export class RoundStopped extends Error {
  constructor(readonly error: AppError, readonly kind: Exclude<FailureKind, 'item'>) {
    super(error.message)
  }
}

/** Stops the round unless the failure belongs to the item alone. */
export function stopUnlessItem(error: AppError): void {
  const kind = failureKind(error)
  if (kind !== 'item') throw new RoundStopped(error, kind)
}
