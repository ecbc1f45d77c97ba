import { dictionary } from '@zxcvbn-ts/language-common'

let common: Set<string> | undefined

/**
 * True for a password on the zxcvbn-ts list of ~49,000 common and breached passwords, also
 * when only digits and symbols were added around a listed word ("Password123!").
 */
export function isCommonPassword(lowerCasePassword: string): boolean {
  common ??= new Set(dictionary['passwords-common'])
  if (common.has(lowerCasePassword)) return true
  const core = lowerCasePassword.replace(/^[\d\W_]+|[\d\W_]+$/gu, '')
  return core.length >= 5 && core !== lowerCasePassword && common.has(core)
}
