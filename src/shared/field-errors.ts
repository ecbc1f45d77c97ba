import type { z } from 'zod'

/**
 * Why a field was refused, as a code. The platform's 422 `fields` and the core's IPC errors
 * carry these; the renderer turns them into words in the user's language when it draws the
 * field, so a language switch re-words errors already on screen.
 */
export const fieldErrorCodes = [
  'required',
  'too_long',
  'too_short',
  'invalid_format',
  'invalid_choice',
  'unknown_field',
  'invalid',
  'not_mobile',
  'not_email',
  'six_digits',
  'check_digit',
  'birth_date',
  'region',
  'must_be_empty',
  'wrong_password',
  'used_recently',
  'agency_region',
  'phone_format',
  'email_format',
  'contact_format',
  'code_format',
  'invalid_text',
  'https_required',
  'no_credentials',
  'no_query'
] as const
export type FieldErrorCode = (typeof fieldErrorCodes)[number]

const known = new Set<string>(fieldErrorCodes)
export const isFieldErrorCode = (value: string): value is FieldErrorCode => known.has(value)

type Issue = z.core.$ZodIssue

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), input)

/** The code of one zod issue: a schema's own message when it is a code, otherwise one derived from zod's issue kind. */
function codeOf(issue: Issue, input: unknown, prefix: readonly PropertyKey[]): FieldErrorCode {
  if (isFieldErrorCode(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, [...prefix, ...issue.path])
      return value === undefined || value === null ? 'required' : 'invalid_format'
    }
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'required' : 'too_short'
    case 'too_big':
      return 'too_long'
    case 'invalid_format':
      return issue.format === 'email' ? 'not_email' : 'invalid_format'
    case 'invalid_value':
      return 'invalid_choice'
    case 'unrecognized_keys':
      return 'unknown_field'
    default:
      return 'invalid'
  }
}

/**
 * Flattens issues into `[path, code]` pairs. A union that failed is reported by the branch
 * that came closest (fewest issues), so "USCC: check digit" beats "not the other shape".
 */
export function fieldErrorsOf(issues: readonly Issue[], input: unknown, prefix: readonly PropertyKey[] = []): [string, FieldErrorCode][] {
  return issues.flatMap((issue): [string, FieldErrorCode][] => {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!
      return fieldErrorsOf(closest, input, path)
    }
    if (issue.code === 'invalid_union') return [[pathName(path), 'invalid_choice']]
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [pathName([...path, key]), 'unknown_field'])
    return [[pathName(path), codeOf(issue, input, prefix)]]
  })
}

const pathName = (path: readonly PropertyKey[]): string => (path.length ? path.map(String).join('.') : '(body)')
