import { describe, expect, it } from 'vitest'
import { runChecklist } from '../../../shared/filing/checklist'
import { countBySection, fieldId, ruleKey, sectionOf } from './checklist-sections'
import { filterDrafts, emptyQuery, type DraftRow } from './draft-filter'

const row = (over: Partial<DraftRow>): DraftRow => ({
  id: 'x',
  type: 'invention',
  title: '',
  applicants: '',
  state: 'draft',
  updatedAt: '2026-01-01T00:00:00.000Z',
  applicationNumber: null,
  ...over
})

describe('drafts list filtering', () => {
  const rows = [
    row({ id: 'a', title: '折叠椅', applicants: '张三', updatedAt: '2026-01-02T00:00:00.000Z' }),
    row({ id: 'b', title: 'Cup with lid', applicants: 'ACME Ltd', type: 'utility_model', state: 'queued', updatedAt: '2026-01-03T00:00:00.000Z' }),
    row({ id: 'c', title: 'Lamp', applicants: 'ACME Ltd', type: 'design', state: 'filed', applicationNumber: '202630000001.2', updatedAt: '2026-01-01T00:00:00.000Z' })
  ]
  it('finds drafts by title, applicant or application number, every word required', () => {
    expect(filterDrafts(rows, { ...emptyQuery, search: 'acme' }).map((r) => r.id)).toEqual(['b', 'c'])
    expect(filterDrafts(rows, { ...emptyQuery, search: 'acme lamp' }).map((r) => r.id)).toEqual(['c'])
    expect(filterDrafts(rows, { ...emptyQuery, search: '张三' }).map((r) => r.id)).toEqual(['a'])
    expect(filterDrafts(rows, { ...emptyQuery, search: '20263' }).map((r) => r.id)).toEqual(['c'])
  })
  it('filters by type and state and sorts by last change, newest first unless asked', () => {
    expect(filterDrafts(rows, emptyQuery).map((r) => r.id)).toEqual(['b', 'a', 'c'])
    expect(filterDrafts(rows, { ...emptyQuery, order: 'asc' }).map((r) => r.id)).toEqual(['c', 'a', 'b'])
    expect(filterDrafts(rows, { ...emptyQuery, type: 'design' }).map((r) => r.id)).toEqual(['c'])
    expect(filterDrafts(rows, { ...emptyQuery, state: 'queued' }).map((r) => r.id)).toEqual(['b'])
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
