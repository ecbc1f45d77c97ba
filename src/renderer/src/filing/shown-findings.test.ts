import { describe, expect, it } from 'vitest'
import { runChecklist } from '../../../shared/filing/checklist'
import { findingsByPath, shownFindings } from './shown-findings'

const byPath = findingsByPath(
  runChecklist({ type: 'invention', title: '', applicants: [{ name: '张三', kind: 'person', idType: 'resident_id', idNumber: '11010519491231002Y' }] }, { today: '2026-03-01' })
    .findings
)

describe('findings shown at the fields', () => {
  it('are only those of fields the user has been in, until a submission is tried', () => {
    expect(byPath.has('title')).toBe(true)
    expect(byPath.has('applicants.0.idNumber')).toBe(true)
    expect([...shownFindings(byPath, new Set(), false).keys()]).toEqual([])
    expect([...shownFindings(byPath, new Set(['applicants.0.idNumber']), false).keys()]).toEqual(['applicants.0.idNumber'])
    expect(shownFindings(byPath, new Set(), true)).toEqual(byPath)
  })
})
