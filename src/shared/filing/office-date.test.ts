import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, isCalendarDate, officeDate } from './office-date'

describe('office dates', () => {
  it('counts the day in Beijing time', () => {
    expect(officeDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01')
    expect(officeDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02')
  })
  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2025-11-25', 12)).toBe('2026-11-25')
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28')
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29')
  })
  it('knows a real date', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2025-02-29')).toBe(false)
    expect(isCalendarDate('2025-2-1')).toBe(false)
  })
  it('counts days to a deadline across months and leap days, negative once passed', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0)
    expect(daysBetween('2026-03-10', '2026-03-07')).toBe(-3)
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
  })
})
