import { describe, expect, it } from 'vitest'
import { orgCodeCheckChar } from '../validators/org-code'
import { usccCheckChar } from '../validators/uscc'
import { checklistRules, fieldsOf, runChecklist, SHAPE_RULE } from './checklist'
import { claimReferences } from './claim-references'
import type { DraftContentInput } from './draft-content'

const today = '2026-11-25'
const sha = (c: string) => c.repeat(64)

/** A complete invention application: it passes every rule. */
const complete = (): DraftContentInput => ({
  type: 'invention',
  title: '一种可折叠的太阳能充电装置',
  applicants: [
    { name: '张三', kind: 'person', idType: 'resident_id', idNumber: '11010519491231002X', country: 'CN' },
    { name: '某某科技有限公司', kind: 'entity', uscc: '91350100M000100Y43', country: 'CN' }
  ],
  inventors: [{ name: '张三' }],
  priorities: [{ country: 'US', date: '2026-01-10', number: '63/123,456' }],
  examinationRequested: true,
  claims: ['1. 一种充电装置,包括……', '2. 根据权利要求1所述的充电装置,其特征在于……', '3. 根据权利要求1或2所述的充电装置……'],
  description: '技术领域……背景技术……',
  abstract: '本发明公开了一种可折叠的太阳能充电装置。',
  attachments: [{ sha256: sha('a'), name: 'fig1.png', mime: 'image/png', size: 1024, kind: 'drawing' }]
})
const utilityModel = (): DraftContentInput => ({ ...complete(), type: 'utility_model', examinationRequested: false })
const design = (): DraftContentInput => ({
  ...complete(),
  type: 'design',
  claims: [],
  examinationRequested: undefined,
  priorities: [{ country: 'JP', date: '2026-06-01', number: '2026-001234' }]
})

const check = (draft: DraftContentInput, extra: { knownAttachments?: Set<string> } = {}) => runChecklist(draft, { today, ...extra })
const findings = (draft: DraftContentInput, extra?: { knownAttachments?: Set<string> }) =>
  check(draft, extra).findings.map((f) => `${f.severity} ${f.code} @${f.path}`)

/** A USCC whose own check is right but whose embedded organization code check is not. */
function usccWithBadOrgCheck(): string {
  const org8 = '12345678'
  const bad = orgCodeCheckChar(org8) === '0' ? '1' : '0'
  const first17 = `91110000${org8}${bad}`
  return first17 + usccCheckChar(first17)
}

type Case = [code: string, draft: () => DraftContentInput, expected: string[]]

const cases: Case[] = [
  ['title.required', () => ({ ...complete(), title: '   ' }), ['error title.required @title']],
  ['title.long', () => ({ ...complete(), title: '一'.repeat(26) }), ['warning title.long @title']],
  ['title.too_long', () => ({ ...complete(), title: '一'.repeat(41) }), ['error title.too_long @title']],
  ['applicants.required', () => ({ ...complete(), applicants: [] }), ['error applicants.required @applicants']],
  [
    'applicant.name_required',
    () => ({ ...complete(), applicants: [{ ...complete().applicants![0]!, name: '' }] }),
    ['error applicant.name_required @applicants.0.name']
  ],
  [
    'applicant.id_missing',
    () => ({ ...complete(), applicants: [{ name: '李四', kind: 'person', country: 'CN' }, { name: '公司', kind: 'entity', country: 'CN' }] }),
    ['error applicant.id_missing @applicants.0.idType', 'error applicant.id_missing @applicants.1.uscc']
  ],
  [
    'applicant.id_invalid',
    () => ({
      ...complete(),
      applicants: [
        { name: '李四', kind: 'person', idType: 'resident_id', idNumber: '110105194912310021', country: 'CN' },
        { name: '公司', kind: 'entity', uscc: '91350100M000100Y44', country: 'CN' },
        { name: 'John Roe', kind: 'person', idType: 'passport_overseas_chinese', idNumber: 'X1234', country: 'US' }
      ]
    }),
    ['error applicant.id_invalid @applicants.0.idNumber', 'error applicant.id_invalid @applicants.1.uscc', 'error applicant.id_invalid @applicants.2.idNumber']
  ],
  [
    'applicant.uscc_org_code',
    () => ({ ...complete(), applicants: [{ name: '公司', kind: 'entity', uscc: usccWithBadOrgCheck(), country: 'CN' }] }),
    ['warning applicant.uscc_org_code @applicants.0.uscc']
  ],
  ['inventors.required', () => ({ ...complete(), inventors: [] }), ['error inventors.required @inventors']],
  ['inventor.name_required', () => ({ ...complete(), inventors: [{ name: '张三' }, { name: ' ' }] }), ['error inventor.name_required @inventors.1.name']],
  [
    'agency.code_invalid',
    () => ({ ...complete(), agency: { name: '某某专利代理事务所', code: '99001', agents: [{ name: '王五', licenseNo: '1101234' }] } }),
    ['error agency.code_invalid @agency.code']
  ],
  [
    'agency.agent_required',
    () => ({ ...complete(), agency: { name: '某某专利代理事务所', code: '11001', agents: [{ name: '王五', licenseNo: '' }] } }),
    ['error agency.agent_required @agency.agents']
  ],
  ['claims.required', () => ({ ...complete(), claims: [' '] }), ['error claims.required @claims']],
  ['claim.empty', () => ({ ...complete(), claims: ['1. 一种装置', ''] }), ['error claim.empty @claims.1']],
  [
    'claim.reference_invalid',
    () => ({ ...complete(), claims: ['1. 一种装置', '2. 根据权利要求3所述的装置', '3. 根据权利要求2所述的装置', '4. The device of claim 4'] }),
    ['error claim.reference_invalid @claims.1', 'error claim.reference_invalid @claims.3']
  ],
  ['claims.not_allowed', () => ({ ...design(), claims: ['1. 一种外观'] }), ['error claims.not_allowed @claims']],
  ['description.required', () => ({ ...complete(), description: '' }), ['error description.required @description']],
  ['abstract.required', () => ({ ...utilityModel(), abstract: '' }), ['error abstract.required @abstract']],
  ['abstract.too_long', () => ({ ...complete(), abstract: '字'.repeat(301) }), ['error abstract.too_long @abstract']],
  ['drawings.required', () => ({ ...utilityModel(), attachments: [] }), ['error drawings.required @attachments']],
  ['examination.invention_only', () => ({ ...utilityModel(), examinationRequested: true }), ['error examination.invention_only @examinationRequested']],
  [
    'priority.country_required',
    () => ({ ...complete(), priorities: [{ country: '', date: '2026-01-10', number: '1' }] }),
    ['error priority.country_required @priorities.0.country']
  ],
  [
    'priority.number_required',
    () => ({ ...complete(), priorities: [{ country: 'US', date: '2026-01-10', number: '' }] }),
    ['error priority.number_required @priorities.0.number']
  ],
  [
    'priority.date_invalid',
    () => ({ ...complete(), priorities: [{ country: 'US', date: '2026-02-30', number: '1' }] }),
    ['error priority.date_invalid @priorities.0.date']
  ],
  [
    'priority.date_future',
    () => ({ ...complete(), priorities: [{ country: 'US', date: '2026-11-26', number: '1' }] }),
    ['error priority.date_future @priorities.0.date']
  ],
  [
    'priority.date_expired',
    () => ({ ...complete(), priorities: [{ country: 'US', date: '2025-11-24', number: '1' }] }),
    ['error priority.date_expired @priorities.0.date']
  ]
]

describe('pre-submission checklist', () => {
  it('passes complete inventions, utility models and designs with no finding', () => {
    expect(findings(complete())).toEqual([])
    expect(findings(utilityModel())).toEqual([])
    expect(findings(design())).toEqual([])
  })

  it.each(cases)('%s', (_code, draft, expected) => {
    expect(findings(draft())).toEqual(expected)
  })

  it('has a case for every rule it runs', () => {
    const testedBelow = ['attachment.not_uploaded']
    expect(new Set([...cases.map(([code]) => code), ...testedBelow])).toEqual(new Set(checklistRules.map((r) => r.code)))
  })

  it('lets warnings through and blocks on errors', () => {
    expect(check({ ...complete(), title: '一'.repeat(30) }).passes).toBe(true)
    expect(check({ ...complete(), title: '一'.repeat(41) }).passes).toBe(false)
  })

  it('counts characters, not UTF-16 units, at the limits', () => {
    expect(findings({ ...complete(), title: '𠀀'.repeat(25) })).toEqual([])
    expect(findings({ ...complete(), abstract: '𠀀'.repeat(300) })).toEqual([])
    expect(findings({ ...complete(), title: '一'.repeat(40) })).toEqual(['warning title.long @title'])
  })

  it('keeps the priority window to the day: 12 months, 6 for a design', () => {
    const on = (date: string, draft = complete()) => findings({ ...draft, priorities: [{ country: 'US', date, number: '1' }] })
    expect(on('2025-11-25')).toEqual([])
    expect(on('2026-11-25')).toEqual([])
    expect(on('2026-05-25', design())).toEqual([])
    expect(on('2026-05-24', design())).toEqual(['error priority.date_expired @priorities.0.date'])
  })

  it('does not ask a foreign applicant for a Chinese ID', () => {
    expect(findings({ ...complete(), applicants: [{ name: 'ACME Inc.', kind: 'entity', country: 'US' }] })).toEqual([])
  })

  it('finds attachments the checking side does not hold, when told which it holds', () => {
    expect(findings(complete(), { knownAttachments: new Set([sha('a')]) })).toEqual([])
    expect(findings(complete(), { knownAttachments: new Set() })).toEqual(['error attachment.not_uploaded @attachments.0.sha256'])
  })

  it('reports a draft of the wrong shape as a blocking shape finding', () => {
    const result = runChecklist({ type: 'invention', claims: [42] }, { today })
    expect(result.passes).toBe(false)
    expect(result.errors[0]).toMatchObject({ code: SHAPE_RULE, path: 'claims.0' })
  })

  it('gives the fields of a 422 answer as path → rule code', () => {
    expect(fieldsOf(check({ ...complete(), title: '', inventors: [] }).errors)).toEqual({
      title: 'title.required',
      inventors: 'inventors.required'
    })
  })
})

describe('claim references', () => {
  it.each([
    ['根据权利要求1所述的装置', [1]],
    ['根据权利要求1或2所述的装置', [1, 2]],
    ['如权利要求1至3中任一项所述', [1, 3]],
    ['如权利要求2、4所述', [2, 4]],
    ['The device according to claim 3', [3]],
    ['A method as in any of claims 1 to 4, or claim 6', [1, 4, 6]],
    ['一种装置,包括3个支架', []]
  ])('%s → %o', (text, refs) => {
    expect(claimReferences(text)).toEqual(refs)
  })
})
