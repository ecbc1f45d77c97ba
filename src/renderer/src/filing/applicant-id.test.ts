import { describe, expect, it } from 'vitest'
import { applicantIdCheck, applicantIdProblem } from './applicant-id'

const person = (idNumber: string) => ({ name: '张三', kind: 'person' as const, idType: 'resident_id' as const, idNumber, country: 'CN' })

describe('an applicant’s ID number as typed', () => {
  it('says what is wrong with a refused one: its format or its check character; nothing for a good one', () => {
    expect(applicantIdProblem(person('11010519491231002'))).toBe('format')
    expect(applicantIdProblem(person('110105194912310021'))).toBe('checksum')
    expect(applicantIdProblem(person('11010519491231002X'))).toBeNull()
    expect(applicantIdCheck(person('11010519491231002X'))).toBe('ok')
    expect(applicantIdCheck(person(''))).toBeNull()
  })
})
