import { invalid, valid, type CheckResult } from './check-result'
import { mod11_2CheckChar } from './mod11-2'

const pattern = /^\d{17}[\dXx]$/

function isRealPastDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false
  return y >= 1850 && date.getTime() <= today.getTime()
}

/**
 * GB 11643 citizen identity number: 6-digit region, birth date (real, not in the future),
 * 3-digit sequence, MOD 11-2 check character (lower-case x accepted).
 * `regions` restricts the region prefix (residence permits for HK / Macao / Taiwan residents).
 */
export function checkResidentId(value: string, today = new Date(), regions?: readonly string[]): CheckResult {
  if (!pattern.test(value)) return invalid('format')
  if (regions && !regions.includes(value.slice(0, 6))) return invalid('region')
  if (!isRealPastDate(value.slice(6, 14), today)) return invalid('birth_date')
  if (mod11_2CheckChar(value) !== value[17]!.toUpperCase()) return invalid('checksum')
  return valid()
}

/** Normal form for storage and comparison: upper-case check character. */
export const normaliseResidentId = (value: string): string => value.toUpperCase()
