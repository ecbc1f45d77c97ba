import { describe, expect, it } from 'vitest'
import { runChecklist } from '../../../shared/filing/checklist'
import { countBySection, fieldId, ruleKey, sectionOf } from './checklist-sections'
import { emptyQuery, listInputOf } from './draft-filter'

describe('drafts list query', () => {
  it('sends only the filters the user set, newest change first unless asked', () => {
    expect(listInputOf(emptyQuery, 0, 200)).toEqual({ sort: 'updatedAt', order: 'desc', offset: 0, limit: 200 })
    expect(listInputOf({ search: '  acme lamp ', type: 'design', state: 'filed', order: 'asc' }, 200, 200)).toEqual({
      search: 'acme lamp',
      type: 'design',
      state: 'filed',
      sort: 'updatedAt',
      order: 'asc',
      offset: 200,
      limit: 200
    })
  })
})

describe('checklist by section', () => {
  it('counts each finding on the tab where its field is, and links it to that field', () => {
    const result = runChecklist(
      { type: 'invention', title: '', claims: ['一种杯子。', '根据权利要求3所述的杯子。'], applicants: [{ name: '张三', kind: 'person', idType: 'resident_id', idNumber: '11010519491231002Y' }] },
      { today: '2026-03-01' }
    )
    const counts = countBySection(result.findings)
    expect(counts.request.errors).toBe(3) // title, ID number, inventors
    expect(counts.claims.errors).toBe(1) // claim 2 names claim 3
    expect(counts.description.errors).toBe(1)
    expect(counts.abstract.errors).toBe(1)
    expect(sectionOf('applicants.0.idNumber')).toBe('request')
    expect(fieldId('claims.1')).toBe('field-claims-1')
  })
})

describe('checklist words', () => {
  it('every rule of the shared checklist has its text in both languages', async () => {
    const { checklistRules } = await import('../../../shared/filing/checklist')
    const { filingZhCN } = await import('../i18n/filing-zh-CN')
    const { filingEnUS } = await import('../i18n/filing-en-US')
    for (const rule of checklistRules) {
      const key = ruleKey(rule.code).replace('filing.rules.', '') as keyof typeof filingZhCN.rules
      expect(filingZhCN.rules[key], rule.code).toBeTruthy()
      expect(filingEnUS.rules[key], rule.code).toBeTruthy()
    }
  })
})
