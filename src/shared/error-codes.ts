import { z } from 'zod'

/**
 * Every error code a user can meet. Platform codes are fixed by PLATFORM-API.md;
 * client codes describe what went wrong on this side of the wire.
 */
export const platformErrorCodes = [
  'VALIDATION',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'INVALID_CREDENTIALS',
  'LOCKED',
  'RATE_LIMITED',
  'TOKEN_INVALID',
  'TOKEN_REUSED',
  'UNAUTHORIZED',
  'ID_ALREADY_REGISTERED',
  'PHONE_IN_USE',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'POLICY_VIOLATION',
  'PASSWORD_REUSED',
  'PROFILE_INCOMPLETE',
  'PASSWORD_CHANGE_REQUIRED',
  'PROFILE_COMPLETE',
  'CONFLICT',
  'DRAFT_SUBMITTED',
  'HASH_MISMATCH',
  'UNSUPPORTED_TYPE',
  'TOO_LARGE',
  'DUPLICATE_REQUEST',
  'DELIVERY_UNAVAILABLE',
  'INTERNAL'
] as const

export const clientErrorCodes = [
  'NETWORK',
  'TIMEOUT',
  'BAD_RESPONSE',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'NOT_SIGNED_IN',
  'KEYCHAIN_UNAVAILABLE',
  'SESSION_EXPIRED',
  'SESSION_CHANGED',
  'INSECURE_PLATFORM_URL',
  'REDIRECT_REFUSED',
  /** The platform ended the session (password changed or reset, "sign out everywhere"). */
  'SESSION_ENDED',
  'ACCOUNT_NOT_OPEN',
  'OFFLINE_CREDENTIALS'
] as const

export const errorCodeSchema = z.enum([...platformErrorCodes, ...clientErrorCodes])
export type ErrorCode = z.infer<typeof errorCodeSchema>
