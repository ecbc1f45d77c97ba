import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkAgencyCode,
  checkForeignPermanentResident,
  checkHkMacaoPermit,
  checkPassport,
  checkResidencePermit,
  checkTaiwanPermit
} from './id-documents'
import { mod11_2CheckChar } from './mod11-2'
import { orgCodeCheckChar } from './org-code'
import { checkResidentId } from './resident-id'
import { checkUscc, usccCheckChar } from './uscc'

const today = new Date('2026-11-25T00:00:00Z')

describe('resident ID (GB 11643)', () => {
  it('accepts the published samples, lower-case x included', () => {
    expect(checkResidentId('11010519491231002X', today).valid).toBe(true)
    expect(checkResidentId('11010519491231002x', today).valid).toBe(true)
    expect(checkResidentId('440524188001010014', today).valid).toBe(true)
  })
  it('says why a number is refused', () => {
    expect(checkResidentId('110105194912310021', today)).toEqual({ valid: false, reason: 'checksum' })
    expect(checkResidentId('11010519491331002X', today)).toEqual({ valid: false, reason: 'birth_date' })
    expect(checkResidentId('1101051949123100', today)).toEqual({ valid: false, reason: 'format' })
    const future = `110105203001010${'01'}`
    expect(checkResidentId(future + mod11_2CheckChar(future), today)).toEqual({ valid: false, reason: 'birth_date' })
  })
  it('accepts every generated number with its computed check character and refuses any other', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))
    const birth = fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-24'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''))
    fc.assert(
      fc.property(digits(6), birth, digits(3), (region, date, seq) => {
        const first17 = region + date + seq
        const check = mod11_2CheckChar(first17)
        expect(checkResidentId(first17 + check, today).valid).toBe(true)
        const wrong = '10X98765432'.split('').find((c) => c !== check)!
        expect(checkResidentId(first17 + wrong, today)).toEqual({ valid: false, reason: 'checksum' })
      }),
      { numRuns: 500 }
    )
  })
  it('residence permits need region 810000, 820000 or 830000', () => {
    const hk = `81000019900101001`
    expect(checkResidencePermit(hk + mod11_2CheckChar(hk), today).valid).toBe(true)
    expect(checkResidencePermit('11010519491231002X', today)).toEqual({ valid: false, reason: 'region' })
  })
})

describe('USCC (GB 32100)', () => {
  it('accepts the published sample and refuses a changed check character', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({ valid: true, warnings: [] })
    expect(checkUscc('91350100M000100Y44')).toEqual({ valid: false, reason: 'checksum' })
    expect(checkUscc('91350100M000100Y4')).toEqual({ valid: false, reason: 'format' })
    expect(checkUscc('91350100M000100YI3')).toEqual({ valid: false, reason: 'format' })
  })
  it('warns, but accepts, when the embedded organization code check is wrong', () => {
    const org8 = '12345678'
    const good = orgCodeCheckChar(org8)!
    const bad = good === '0' ? '1' : '0'
    const withCheck = (c: string) => `91110000${org8}${c}` + usccCheckChar(`91110000${org8}${c}`)
    expect(checkUscc(withCheck(good))).toEqual({ valid: true, warnings: [] })
    expect(checkUscc(withCheck(bad))).toEqual({ valid: true, warnings: ['org_code_check'] })
  })
})

describe('other documents (format only, or MOD 11-2 for the new FPR card)', () => {
  it.each([
    [checkHkMacaoPermit, 'H12345678', true],
    [checkHkMacaoPermit, 'M1234567890', true],
    [checkHkMacaoPermit, 'X12345678', false],
    [checkTaiwanPermit, '12345678', true],
    [checkTaiwanPermit, '1234567', false],
    [checkPassport, 'E12345678', true],
    [checkPassport, 'EA1234567', true],
    [checkPassport, 'EI1234567', false],
    [checkForeignPermanentResident, 'USA123456789012', true],
    [checkForeignPermanentResident, '91234567890123456', false],
    [checkAgencyCode, '11001', true],
    [checkAgencyCode, '99001', false],
    [checkAgencyCode, '1100', false]
  ])('%o(%s) → %s', (check, value, ok) => {
    expect(check(value).valid).toBe(ok)
  })
  it('new foreign permanent resident cards carry a MOD 11-2 check', () => {
    const first17 = '93310119900101001'
    expect(checkForeignPermanentResident(first17 + mod11_2CheckChar(first17)).valid).toBe(true)
  })
})
