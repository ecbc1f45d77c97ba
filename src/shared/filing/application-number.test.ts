import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applicationNumberCheckChar, checkApplicationNumber, formatApplicationNumber } from './application-number'

describe('application numbers', () => {
  it('accepts the published sample and computes its check character', () => {
    expect(applicationNumberCheckChar('201710601862')).toBe('3')
    expect(checkApplicationNumber('201710601862.3')).toEqual({ valid: true, warnings: [] })
    expect(formatApplicationNumber(2017, 'invention', 601862)).toBe('201710601862.3')
  })

  it('writes a check of 10 as X and reads a lower-case x', () => {
    const serial = Array.from({ length: 200 }, (_, i) => i + 1).find(
      (s) => applicationNumberCheckChar(`20261${String(s).padStart(7, '0')}`) === 'X'
    )!
    const number = formatApplicationNumber(2026, 'invention', serial)
    expect(number).toMatch(/\.X$/)
    expect(checkApplicationNumber(number.toLowerCase()).valid).toBe(true)
  })

  it('refuses a changed digit, a wrong check, a missing dot and an unknown type digit', () => {
    expect(checkApplicationNumber('201710601863.3')).toEqual({ valid: false, reason: 'checksum' })
    expect(checkApplicationNumber('201710601862.4')).toEqual({ valid: false, reason: 'checksum' })
    expect(checkApplicationNumber('2017106018623')).toEqual({ valid: false, reason: 'format' })
    const typeFour = `201740601862`
    expect(checkApplicationNumber(`${typeFour}.${applicationNumberCheckChar(typeFour)}`)).toEqual({ valid: false, reason: 'format' })
  })

  it('formats every year, type and serial into a number its own check accepts, with the type digit in place', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2003, max: 2099 }),
        fc.constantFrom('invention' as const, 'utility_model' as const, 'design' as const),
        fc.integer({ min: 1, max: 9_999_999 }),
        (year, type, serial) => {
          const n = formatApplicationNumber(year, type, serial)
          expect(checkApplicationNumber(n).valid).toBe(true)
          expect(n.slice(0, 4)).toBe(String(year))
          expect(n[4]).toBe({ invention: '1', utility_model: '2', design: '3' }[type])
          expect(Number(n.slice(5, 12))).toBe(serial)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('refuses serials outside the seven digits', () => {
    expect(() => formatApplicationNumber(2026, 'design', 0)).toThrow(RangeError)
    expect(() => formatApplicationNumber(2026, 'design', 10_000_000)).toThrow(RangeError)
  })
})
