import { z } from 'zod'
import { errorCodeSchema } from './error-codes'
import { passwordFieldSchema } from './password-policy'

/** Schemas of the platform HTTP API v1 (PLATFORM-API.md), shared by the server and the client. */

export const accountTypeSchema = z.enum(['person', 'entity', 'agency'])
export const accountStatusSchema = z.enum(['active', 'needs_completion', 'locked'])
export const mustChangeReasonSchema = z.enum(['temporary', 'expired', 'policy', 'legacy'])

export const accountSchema = z.object({
  id: z.string(),
  loginName: z.string(),
  type: accountTypeSchema,
  displayName: z.string(),
  status: accountStatusSchema,
  mustChangePassword: z.boolean(),
  mustChangeReason: mustChangeReasonSchema.optional(),
  passwordExpiresAt: z.string().optional(),
  contacts: z.object({ phone: z.string(), email: z.string() }),
  userCode: z.string().optional(),
  /** Assigned to a person with "none of the above": quoted when mailing proof of identity. */
  registrationCode: z.string().optional()
})
export type Account = z.infer<typeof accountSchema>

export const signInRequestSchema = z.object({
  account: z.string().trim().min(1, 'required').max(128),
  password: passwordFieldSchema,
  device: z.string().max(128).optional()
})
export type SignInRequest = z.infer<typeof signInRequestSchema>

export const tokenPairSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresIn: z.number().int().positive()
})
export const sessionResponseSchema = tokenPairSchema.extend({ account: accountSchema })
export type SessionResponse = z.infer<typeof sessionResponseSchema>

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(512) })
export const refreshResponseSchema = sessionResponseSchema

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema.or(z.string()),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    retryAfter: z.number().optional(),
    rules: z.array(z.unknown()).optional(),
    server: z.unknown().optional()
  })
})
export type ErrorBody = z.infer<typeof errorBodySchema>

export const apiPaths = {
  passwordPolicy: '/api/v1/password-policy',
  sessions: '/api/v1/sessions',
  refresh: '/api/v1/sessions/refresh',
  currentSession: '/api/v1/sessions/current',
  me: '/api/v1/me',
  devOutbox: '/api/v1/dev/outbox',
  verificationCodes: '/api/v1/verification-codes',
  accounts: '/api/v1/accounts',
  profile: '/api/v1/me/profile',
  contacts: '/api/v1/me/contacts',
  password: '/api/v1/me/password',
  passwordResets: '/api/v1/password-resets',
  passwordResetConfirm: '/api/v1/password-resets/confirm',
  supportRequests: '/api/v1/support-requests',
  openapi: '/api/v1/openapi.json'
} as const
