import { z } from 'zod'
import type { FieldErrorCode } from './field-errors'
import { passwordFieldSchema } from './password-policy'
import type { CheckResult } from './validators/check-result'
import {
  checkAgencyCode,
  checkForeignPermanentResident,
  checkHkMacaoPermit,
  checkPassport,
  checkTaiwanPermit,
  mainlandMobilePattern,
  normaliseMobile
} from './validators/id-documents'
import { checkResidentId } from './validators/resident-id'
import { checkUscc } from './validators/uscc'

/** Request schemas of the identity half of the platform API, validated the same way on both sides. */

/** Field error codes (field-errors.ts) for the reasons a document check gives. */
const reasonCode: Record<string, FieldErrorCode> = {
  format: 'invalid_format',
  checksum: 'check_digit',
  birth_date: 'birth_date',
  region: 'region'
}

/** Adds a field error when a document check fails. */
const documentField = (check: (value: string) => CheckResult) =>
  z.string().trim().min(1, 'required').superRefine((value, ctx) => {
    if (value === '') return
    const result = check(value)
    if (!result.valid) ctx.addIssue({ code: 'custom', message: reasonCode[result.reason] ?? 'invalid' })
  })

export const idTypes = [
  'resident_id',
  'hk_macao_permit',
  'taiwan_permit',
  'passport_overseas_chinese',
  'foreign_permanent_resident',
  'none'
] as const
export type IdType = (typeof idTypes)[number]

export const idChecks: Record<Exclude<IdType, 'none'>, (v: string) => CheckResult> = {
  resident_id: (v) => checkResidentId(v),
  hk_macao_permit: checkHkMacaoPermit,
  taiwan_permit: checkTaiwanPermit,
  passport_overseas_chinese: checkPassport,
  foreign_permanent_resident: checkForeignPermanentResident
}

const name = z.string().trim().min(1, 'required').max(100, 'too_long')
export const phoneSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .regex(mainlandMobilePattern, 'not_mobile')
  .transform(normaliseMobile)
export const emailSchema = z.email('not_email').min(1, 'required').max(254).transform((e) => e.toLowerCase())
export const codeSchema = z.string().min(1, 'required').regex(/^\d{6}$/, 'six_digits')

export const personProfileSchema = z
  .object({ name, idType: z.enum(idTypes), idNumber: z.string().trim().max(32).optional() })
  .superRefine((p, ctx) => {
    if (p.idType === 'none') {
      if (p.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'must_be_empty' })
      return
    }
    if (!p.idNumber) return void ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'required' })
    const result = idChecks[p.idType](p.idNumber)
    if (!result.valid) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: reasonCode[result.reason] ?? 'invalid' })
  })
  .transform((p) => ({ ...p, idNumber: p.idNumber?.toUpperCase() }))

export const entityProfileSchema = z.union([
  z.object({ name, uscc: documentField(checkUscc).transform((v) => v.toUpperCase()) }).strict(),
  z.object({ name, nonUscc: z.literal(true) }).strict()
])

export const agencyProfileSchema = z.object({
  name,
  agencyCode: documentField(checkAgencyCode),
  uscc: documentField(checkUscc).transform((v) => v.toUpperCase())
})

const registrationBase = {
  password: passwordFieldSchema,
  phone: phoneSchema,
  email: emailSchema,
  code: codeSchema
}

export const registerRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person'), profile: personProfileSchema, ...registrationBase }),
  z.object({ type: z.literal('entity'), profile: entityProfileSchema, ...registrationBase }),
  z.object({ type: z.literal('agency'), profile: agencyProfileSchema, ...registrationBase })
])
export type RegisterRequest = z.infer<typeof registerRequestSchema>

export const registerResponseSchema = z.object({
  accountId: z.string(),
  loginName: z.string(),
  userCode: z.string().optional(),
  registrationCode: z.string().optional()
})

/** `profile` (data completion) and `contact` (a new phone or email of an active account) need a signed-in session. */
export const verificationPurposes = ['register', 'reset', 'profile', 'contact'] as const
export const verificationCodeRequestSchema = z
  .object({
    purpose: z.enum(verificationPurposes),
    channel: z.enum(['sms', 'email']),
    to: z.string().trim().max(254).optional(),
    account: z.string().trim().min(1).max(128).optional()
  })
  .superRefine((r, ctx) => {
    if (r.purpose === 'reset') {
      if (!r.account && !r.to) ctx.addIssue({ code: 'custom', path: ['account'], message: 'required' })
      return
    }
    if (!r.to) return void ctx.addIssue({ code: 'custom', path: ['to'], message: 'required' })
    const ok = r.channel === 'sms' ? mainlandMobilePattern.test(r.to) : z.email().safeParse(r.to).success
    if (!ok) ctx.addIssue({ code: 'custom', path: ['to'], message: r.channel === 'sms' ? 'not_mobile' : 'not_email' })
  })
export type VerificationCodeRequest = z.infer<typeof verificationCodeRequestSchema>

export const verificationCodeResponseSchema = z.object({
  sentTo: z.string(),
  resendAfter: z.number().int(),
  expiresIn: z.number().int()
})

export const profileSchemaFor = {
  person: personProfileSchema,
  entity: entityProfileSchema,
  agency: agencyProfileSchema
} as const

/** Data completion: the profile's shape depends on the account's type, which the platform knows. */
export const profileCompletionSchemaFor = (type: keyof typeof profileSchemaFor) =>
  z.object({ profile: profileSchemaFor[type], phone: phoneSchema, email: emailSchema, code: codeSchema })

/**
 * An active account changes its phone and/or email: the current password (a stolen access token
 * alone is not enough) and a code sent to the new contact — the new phone's when the phone
 * changes, else the new email's.
 */
export const changeContactsSchema = z
  .object({ currentPassword: passwordFieldSchema, phone: phoneSchema.optional(), email: emailSchema.optional(), code: codeSchema })
  .superRefine((r, ctx) => {
    if (!r.phone && !r.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'give a new phone or a new email' })
  })

export const changePasswordSchema = z.object({
  currentPassword: passwordFieldSchema,
  newPassword: passwordFieldSchema
})

export const passwordResetRequestSchema = z.object({
  account: z.string().trim().min(1, 'required').max(128),
  channel: z.enum(['sms', 'email'])
})

/**
 * The same answer whether the account exists or not: nothing here depends on the account or its
 * type (the client knows the type from the user's choice and says whose contact it is).
 */
export const passwordResetResponseSchema = z.object({
  sentTo: z.string(),
  resendAfter: z.number().int(),
  expiresIn: z.number().int()
})

export const passwordResetConfirmSchema = z.object({
  account: z.string().trim().min(1, 'required').max(128),
  code: codeSchema,
  newPassword: passwordFieldSchema
})

export const supportRequestKinds = ['rebind', 'recover', 'merge', 'entity_rename', 'cannot_register', 'other'] as const
export const supportRequestSchema = z.object({
  kind: z.enum(supportRequestKinds),
  account: z.string().trim().max(128).optional(),
  contact: z.string().trim().min(1, 'required').max(254),
  body: z.string().trim().min(1, 'required').max(10_000)
})
export const supportRequestResponseSchema = z.object({ requestId: z.string() })
