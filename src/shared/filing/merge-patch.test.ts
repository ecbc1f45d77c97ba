import { describe, expect, it } from 'vitest'
import { applyMergePatch } from './merge-patch'

describe('JSON merge patch', () => {
  it('changes only the fields it names, removes nulls, replaces lists whole', () => {
    const draft = { type: 'invention', title: 'A', agency: { name: 'X', code: '11001' }, claims: ['1', '2'] }
    expect(applyMergePatch(draft, { title: 'B', agency: { code: null }, claims: ['1'] })).toEqual({
      type: 'invention',
      title: 'B',
      agency: { name: 'X' },
      claims: ['1']
    })
    expect(draft.title).toBe('A')
  })
  it('follows the RFC 7386 examples for non-object patches', () => {
    expect(applyMergePatch({ a: 'b' }, ['c'])).toEqual(['c'])
    expect(applyMergePatch({ a: ['b'] }, { a: 'c' })).toEqual({ a: 'c' })
    expect(applyMergePatch({ e: null }, { a: 1 })).toEqual({ e: null, a: 1 })
  })
})
