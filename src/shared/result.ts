import { z } from 'zod'
import { errorCodeSchema, type ErrorCode } from './error-codes'
import { fieldErrorsOf } from './field-errors'

/** An error that crosses a process boundary as a value, never as a throw. */
export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  retryAfter: z.number().optional(),
  /** Password rules broken (POLICY_VIOLATION), by code. */
  rules: z.array(z.string()).optional(),
  /** What the platform sent beyond the message, e.g. its copy of a draft with 409 CONFLICT. */
  details: z.record(z.string(), z.unknown()).optional()
})
export type AppError = z.infer<typeof appErrorSchema>

export type Ok<T> = { ok: true; value: T }
export type Err = { ok: false; error: AppError }
export type Result<T> = Ok<T> | Err

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value })

export const err = (
  code: ErrorCode,
  message: string,
  extra: Pick<AppError, 'fields' | 'retryAfter' | 'rules' | 'details'> = {}
): Err => ({ ok: false, error: { code, message, ...extra } })

/**
 * Turns zod issues into `{ "path.to.field": code }`, the shape every error's `fields` uses;
 * the codes are those of field-errors.ts, worded by the renderer. `input` (what was parsed)
 * tells a missing field from one of the wrong type.
 */
export function fieldsFromZod(error: z.ZodError, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {}
  // One reason per field; a missing value is the reason that matters first.
  for (const [path, code] of fieldErrorsOf(error.issues, input)) if (code === 'required' || !(path in fields)) fields[path] = code
  return fields
}

export function validationError(error: z.ZodError, input?: unknown, what = 'input'): Err {
  const fields = fieldsFromZod(error, input)
  return err('VALIDATION', `Invalid ${what}: ${Object.keys(fields).join(', ')}`, { fields })
}
