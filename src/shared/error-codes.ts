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
  /** A call named an account that is not open on this computer. */
  'ACCOUNT_NOT_OPEN',
  'OFFLINE_CREDENTIALS',
  /** A submission already sent to the platform cannot be withdrawn: it may have been filed. */
  'SUBMISSION_SENT',
  /** A file offered for import is not a .docx that can be read. */
  'IMPORT_UNREADABLE',
  /** A .docx with none of the headings a filing is written under (权利要求书, 说明书, 说明书摘要). */
  'IMPORT_NO_SECTIONS',
  'UPDATE_FEED_INVALID',
  'UPDATE_CHECKSUM_MISMATCH',
  'UPDATE_FAILED',
  'UPDATE_NOT_READY',
  'DRAFTS_UNSAVED',
  'LINK_INVALID',
  'LINK_ACCOUNT_UNKNOWN'
] as const

export const errorCodeSchema = z.enum([...platformErrorCodes, ...clientErrorCodes])
export type ErrorCode = z.infer<typeof errorCodeSchema>
