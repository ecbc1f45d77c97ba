import { describe, expect, it } from 'vitest'
import { versionSizes, type VersionSummary } from './version-sizes'

const v = (version: number, more: Partial<VersionSummary> = {}): VersionSummary => ({
  version,
  savedAt: '2026-05-01T10:00:00Z',
  title: '水杯',
  applicants: 1,
  claims: 0,
  descriptionLength: 0,
  abstractLength: 0,
  attachments: 0,
  ...more
})

describe('a version in the history', () => {
  it('shows the size of each part written and what grew or shrank since the version before', () => {
    expect(versionSizes(v(3, { claims: 3, descriptionLength: 120 }), v(2, { claims: 2, descriptionLength: 140 }))).toEqual([
      { part: 'applicants', size: 1, change: 0 },
      { part: 'claims', size: 3, change: 1 },
      { part: 'description', size: 120, change: -20 }
    ])
  })

  it('names a part emptied since the version before, and leaves out parts never written', () => {
    expect(versionSizes(v(2, { applicants: 0 }), v(1))).toEqual([{ part: 'applicants', size: 0, change: -1 }])
    expect(versionSizes(v(1, { applicants: 0 }))).toEqual([])
  })
})
