import type { FormInstance } from 'antd'
import type { TFunction } from 'i18next'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

type Words = (t: TFunction) => string

/**
 * Field errors that follow the language: antd keeps an error as the text it was given, so
 * when the language changes the fields in error are checked again (their rules' messages are
 * already in the new language) and the errors main or the platform sent are put back in it.
 */
export function useFieldErrors(form: FormInstance) {
  const { t, i18n } = useTranslation()
  const sent = useRef(new Map<string, Words>())
  const language = useRef(i18n.language)

  useEffect(() => {
    if (language.current === i18n.language) return
    language.current = i18n.language
    const inError = form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => f.name)
    if (inError.length === 0) return
    void form
      .validateFields(inError)
      .catch(() => undefined)
      .then(() => form.setFields([...sent.current].map(([name, words]) => ({ name, errors: [words(t)] }))))
  }, [form, i18n.language, t])

  return {
    /** Shows errors from main or the platform, each as a function of the language. */
    show(errors: [name: string, words: Words][]) {
      for (const [name, words] of errors) sent.current.set(name, words)
      form.setFields(errors.map(([name, words]) => ({ name, errors: [words(t)] })))
    },
    /** The user changed these fields: what was said about their old values no longer holds. */
    forget(names: string[]) {
      for (const name of names) sent.current.delete(name)
    }
  }
}
