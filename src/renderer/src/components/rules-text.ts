import type { TFunction } from 'i18next'
import type { PasswordPolicy } from '../../../shared/password-policy'

/** The rules a refused password broke (POLICY_VIOLATION `rules`), in words, as the rules list words them. */
export function brokenRulesText(t: TFunction, rules: readonly string[], policy: PasswordPolicy | null): string {
  const words: Record<string, string> = {
    TOO_SHORT: t('changePassword.rules.length', { min: policy?.minLength, max: policy?.maxLength }),
    TOO_LONG: t('changePassword.rules.length', { min: policy?.minLength, max: policy?.maxLength }),
    TOO_FEW_CLASSES: t('changePassword.rules.classes', { count: policy?.minClasses }),
    CONTAINS_CONTEXT: t('changePassword.rules.context'),
    COMMON_PASSWORD: t('changePassword.rules.common')
  }
  const named = [...new Set(rules.map((r) => words[r]).filter((w): w is string => !!w))]
  return named.length ? t('register.mustStill', { rules: named.join(t('register.listSeparator')) }) : t('errors.POLICY_VIOLATION')
}
