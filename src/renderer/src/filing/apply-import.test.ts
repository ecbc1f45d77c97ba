import { describe, expect, it } from 'vitest'
import { draftContentSchema } from '../../../shared/filing/draft-content'
import { applyImport } from './apply-import'

const imported = { claims: ['一种杯子。'], description: '杯子', abstract: '', sections: ['claims' as const, 'description' as const], unplaced: [], numberingGaps: [] }

describe('applyImport', () => {
  it('fills empty fields without asking', () => {
    const { next, overwrites } = applyImport(draftContentSchema.parse({ type: 'invention', title: '杯子' }), imported)
    expect(next.claims).toEqual(['一种杯子。'])
    expect(next.description).toBe('杯子')
    expect(next.title).toBe('杯子')
    expect(overwrites).toEqual([])
  })
  it('names every field whose text it would replace, and leaves alone what the file did not have', () => {
    const before = draftContentSchema.parse({ type: 'invention', claims: ['旧的'], description: '旧说明书', abstract: '旧摘要' })
    const { next, overwrites } = applyImport(before, imported)
    expect(overwrites).toEqual(['claims', 'description'])
    expect(next.abstract).toBe('旧摘要')
  })
})
