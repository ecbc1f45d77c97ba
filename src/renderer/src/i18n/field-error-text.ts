import type { TFunction } from 'i18next'

/**
 * A field error in the user's language, from the code main or the platform sent (`fieldError.<code>`);
 * older English reasons still map through `validation.*`, anything else reads "wrong format".
 */
export function fieldErrorText(t: TFunction, code: string): string {
  return t(`fieldError.${code}`, { defaultValue: '' }) || t(`validation.${code}`, { defaultValue: '' }) || t('fieldError.invalid_format')
}
