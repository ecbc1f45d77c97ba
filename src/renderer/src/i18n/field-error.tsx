import type { FormInstance } from 'antd'
import type { TFunction } from 'i18next'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../shared/result'
import { errorText } from './error-text'

/** Words for a field error code (shared/field-errors.ts); an unknown code reads as "not valid", never as raw text. */
export function fieldErrorText(t: TFunction, code: string): string {
  return t(`fieldError.${code}`, { defaultValue: '' }) || t(`errors.${code}`, { defaultValue: '' }) || t('fieldError.invalid')
}

/*
 * antd keeps a field's errors as it was given them, so an error worded once would stay in the
 * language of that moment. These elements word themselves each time they are drawn instead:
 * a language switch re-words every error already on screen.
 */

export function FieldError({ code }: { code: string }) {
  const { t } = useTranslation()
  return <>{fieldErrorText(t, code)}</>
}

/** A message by i18n key; `labels` are values that are themselves keys (a field's name). */
export function Translated({ k, labels = {} }: { k: string; labels?: Record<string, string> }) {
  const { t } = useTranslation()
  return <>{t(k, Object.fromEntries(Object.entries(labels).map(([name, key]) => [name, t(key)])))}</>
}

/** An error value in words, by its code. */
export function ErrorMessage({ error }: { error: AppError }) {
  const { t } = useTranslation()
  return <>{errorText(t, error)}</>
}

/** "Enter your …", for a form rule. */
export const requiredMessage = (labelKey: string): ReactElement => <Translated k="signIn.required" labels={{ field: labelKey }} />

// antd's types say field errors are strings; at run time they are drawn as nodes (rules' own messages may be elements).
const asFormError = (node: ReactElement): string => node as unknown as string

/** Puts errors on form fields: `{field: code}` from a platform or core answer, or elements for other messages. */
export function setFieldErrors<T>(form: FormInstance<T>, errors: Record<string, string | ReactElement>): void {
  form.setFields(
    Object.entries(errors).map(([name, why]) => ({
      name: name as never,
      errors: [asFormError(typeof why === 'string' ? <FieldError code={why} /> : why)]
    }))
  )
}
