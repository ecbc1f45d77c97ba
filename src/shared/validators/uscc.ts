import { invalid, valid, type CheckResult } from './check-result'
import { orgCodeCheckChar } from './org-code'

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const pattern = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/

export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]!) * weights[i]!
  return alphabet[(31 - (sum % 31)) % 31]!
}

/**
 * GB 32100-2015 unified social credit code: 18 characters without I O Z S V, a digit region
 * code in characters 3–8, and a MOD 31 check character. A wrong GB 11714 check inside it is
 * only a warning: real codes exist that break it.
 */
export function checkUscc(raw: string): CheckResult {
  const value = raw.toUpperCase()
  if (!pattern.test(value)) return invalid('format')
  if (usccCheckChar(value) !== value[17]) return invalid('checksum')
  const embedded = value.slice(8, 17)
  const orgCheck = orgCodeCheckChar(embedded.slice(0, 8))
  return valid(orgCheck === embedded[8] ? [] : ['org_code_check'])
}
