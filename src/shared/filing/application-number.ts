import { invalid, valid, type CheckResult } from '../validators/check-result'
import type { ApplicationType } from './draft-content'

/**
 * Chinese application numbers (since October 2003): `YYYY` + type digit + 7-digit serial, then
 * `.` and a check character over the 12 digits — weights 2…9, 2…5, sum mod 11, 10 written `X`.
 */
const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

/** Type digits: 1 invention, 2 utility model, 3 design, 8 / 9 PCT invention / utility model entering China. */
export const typeDigits: Record<ApplicationType, number> = { invention: 1, utility_model: 2, design: 3 }
const knownTypeDigits = new Set(['1', '2', '3', '8', '9'])

export function applicationNumberCheckChar(twelveDigits: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * weights[i]!
  const check = sum % 11
  return check === 10 ? 'X' : String(check)
}

export const MAX_SERIAL = 9_999_999

/** `201710601862.3` from year 2017, utility model, serial 601862. */
export function formatApplicationNumber(year: number, type: ApplicationType, serial: number): string {
  if (!Number.isInteger(year) || year < 2003 || year > 9999) throw new RangeError(`year ${year} is outside 2003–9999`)
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) throw new RangeError(`serial ${serial} is outside 1–${MAX_SERIAL}`)
  const digits = `${year}${typeDigits[type]}${String(serial).padStart(7, '0')}`
  return `${digits}.${applicationNumberCheckChar(digits)}`
}

/** Accepts `201710601862.3` (lower-case `x` too); the dot is required, as on every official document. */
export function checkApplicationNumber(value: string): CheckResult {
  const match = /^(\d{4})(\d)(\d{7})\.([\dXx])$/.exec(value)
  if (!match) return invalid('format')
  const [, year, type, , check] = match
  if (Number(year) < 2003 || !knownTypeDigits.has(type!)) return invalid('format')
  const digits = value.slice(0, 12)
  return applicationNumberCheckChar(digits) === check!.toUpperCase() ? valid() : invalid('checksum')
}
