import type { Rule } from 'antd/es/form'
import type { TFunction } from 'i18next'
import type { CheckResult } from '../../../shared/validators/check-result'
import { fieldErrorText } from '../i18n/field-error-text'

/** The field-error code for each reason a document check gives. */
const codeOf: Record<Exclude<CheckResult, { valid: true }>['reason'], string> = {
  format: 'invalid_format',
  checksum: 'check_digit',
  birth_date: 'birth_date',
  region: 'region'
}

/**
 * Form rules for a document number checked as typed with a shared validator (check characters
 * included): "required", then the validator's reason in words. `regionCode` names what a
 * wrong region means for this document.
 */
export function documentRules(t: TFunction, check: (value: string) => CheckResult, regionCode = 'region'): Rule[] {
  return [
    { required: true, whitespace: true, message: fieldErrorText(t, 'required') },
    {
      validator: async (_rule, value: string | undefined) => {
        const v = value?.trim() ?? ''
        if (!v) return
        const result = check(v)
        if (result.valid) return
        throw new Error(fieldErrorText(t, result.reason === 'region' ? regionCode : codeOf[result.reason]))
      }
    }
  ]
}
