import type { TFunction } from 'i18next'
import type { PasswordPolicy } from '../../../shared/password-policy'

/**
 * What a password form sets: an existing account's replacement (forced change, reset) or a new
 * account's first password. The words differ: a new account has no "new" password to repeat
 * and no past passwords to differ from.
 */
export type PasswordPurpose = 'change' | 'register'

export type PasswordRuleKey = 'length' | 'classes' | 'context' | 'common' | 'history'

/** The i18n keys of a password form's words, by purpose. */
export const passwordWords: Record<PasswordPurpose, { rulesTitle: string; password: string; confirm: string; mismatch: string; breaksRules: string }> = {
  change: {
    rulesTitle: 'changePassword.rulesTitle',
    password: 'changePassword.next',
    confirm: 'changePassword.confirm',
    mismatch: 'changePassword.mismatch',
    breaksRules: 'changePassword.breaksRules'
  },
  register: {
    rulesTitle: 'register.password.rulesTitle',
    password: 'register.password.label',
    confirm: 'register.password.confirm',
    mismatch: 'register.password.mismatch',
    breaksRules: 'register.password.breaksRules'
  }
}

/** The rules the platform's policy sets, in words, in the order the list shows them. */
export function passwordRuleList(t: TFunction, policy: PasswordPolicy, purpose: PasswordPurpose): { key: PasswordRuleKey; text: string }[] {
  const rules: { key: PasswordRuleKey; text: string }[] = [
    { key: 'length', text: t('changePassword.rules.length', { min: policy.minLength, max: policy.maxLength }) }
  ]
  if (policy.minClasses > 0) rules.push({ key: 'classes', text: t('changePassword.rules.classes', { count: policy.minClasses }) })
  if (policy.forbidContext) rules.push({ key: 'context', text: t('changePassword.rules.context') })
  if (policy.blockCommon) rules.push({ key: 'common', text: t('changePassword.rules.common') })
  // A new account has used no password yet: the history rule would mean nothing to it.
  if (purpose === 'change' && policy.historyDepth > 0) {
    rules.push({ key: 'history', text: t('changePassword.rules.history', { count: policy.historyDepth }) })
  }
  return rules
}
