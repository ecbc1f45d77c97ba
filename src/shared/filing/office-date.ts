/**
 * Calendar dates as the patent office counts them: days in Beijing time (UTC+8, no daylight
 * saving), written `YYYY-MM-DD`. A filing made at 01:00 in Beijing is dated that day, whatever
 * the clock of the machine that sends it.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000

export const officeDate = (instant: Date): string => new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * `date` plus `months`, keeping the day of the month or, when that month is shorter, taking its
 * last day (a priority of 31 August runs to 28/29 February of a six-month period).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

const DAY_MS = 86_400_000
const utcDay = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`): 0 the same day, negative when `to` has passed. */
export const daysBetween = (from: string, to: string): number => Math.round((utcDay(to) - utcDay(from)) / DAY_MS)

/** `date` plus `days` (negative: before). */
export const addDays = (date: string, days: number): string => new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10)
