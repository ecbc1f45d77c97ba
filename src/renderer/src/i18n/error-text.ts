import type { TFunction } from 'i18next'
import type { AppError } from '../../../shared/result'

/** An error in the user's language, chosen by its code; the platform's own text is the last resort. */
export function errorText(t: TFunction, error: AppError): string {
  const key = `errors.${error.code}`
  const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60))
  const seconds = Math.max(1, Math.ceil(error.retryAfter ?? 60))
  const text = t(key, { minutes, seconds, defaultValue: '' })
  return text || t('errors.unknown', { message: error.message })
}
