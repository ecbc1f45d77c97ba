import { invalid, valid, type CheckResult } from './check-result'
import { mod11_2CheckChar } from './mod11-2'
import { checkResidentId } from './resident-id'

/** Mainland travel permit for Hong Kong and Macao residents (new 9-character and older 11-character cards). */
export const checkHkMacaoPermit = (v: string): CheckResult => (/^[HM](\d{8}|\d{10})$/.test(v) ? valid() : invalid('format'))

/** Mainland travel permit for Taiwan residents. */
export const checkTaiwanPermit = (v: string): CheckResult => (/^\d{8}$/.test(v) ? valid() : invalid('format'))

/** Ordinary PRC passport (overseas Chinese). */
export const checkPassport = (v: string): CheckResult =>
  /^[EG]\d{8}$/.test(v) || /^E[A-HJ-NP-Z]\d{7}$/.test(v) ? valid() : invalid('format')

/** Foreign permanent resident ID card: old `ABC123456789012`, or new 18 digits starting with 9 (MOD 11-2). */
export function checkForeignPermanentResident(v: string): CheckResult {
  if (/^[A-Z]{3}\d{12}$/.test(v)) return valid()
  if (!/^9\d{17}$/.test(v)) return invalid('format')
  return mod11_2CheckChar(v) === v[17] ? valid() : invalid('checksum')
}

/** Residence permits for HK / Macao / Taiwan residents: resident-ID rules with regions 810000 / 820000 / 830000. */
export const checkResidencePermit = (v: string, today = new Date()): CheckResult =>
  checkResidentId(v, today, ['810000', '820000', '830000'])

const provinces = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'
])

/** Patent agency code: 5 digits, the first two a province. */
export function checkAgencyCode(v: string): CheckResult {
  if (!/^\d{5}$/.test(v)) return invalid('format')
  return provinces.has(v.slice(0, 2)) ? valid() : invalid('region')
}

/** Mainland mobile number, with or without +86. */
export const mainlandMobilePattern = /^(?:\+?86)?1[3-9]\d{9}$/
export const normaliseMobile = (v: string): string => v.replace(/^\+?86/, '')
