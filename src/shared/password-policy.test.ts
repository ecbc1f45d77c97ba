import { describe, expect, it } from 'vitest'
import { checkPassword, isWellFormedText, passwordPolicyPresets } from './password-policy'

const codes = (...args: Parameters<typeof checkPassword>) => checkPassword(...args).map((b) => b.code)
const { office, nist } = passwordPolicyPresets

describe('checkPassword', () => {
  it('office: 8–20 characters with three of upper, lower, digit, symbol', () => {
    expect(codes(office, 'Abcdef1!')).toEqual([])
    expect(codes(office, 'abcdefg1')).toEqual(['TOO_FEW_CLASSES'])
    expect(codes(office, 'Ab1!')).toEqual(['TOO_SHORT'])
    expect(codes(office, 'Abcdefgh1!Abcdefgh1!x')).toEqual(['TOO_LONG'])
    expect(codes(office, '密码Abc123')).toEqual([])
  })

  it('nist: length over composition, 64 characters and more allowed, no truncation', () => {
    expect(codes(nist, 'correct horse battery staple')).toEqual([])
    expect(codes(nist, 'Sh0rt!')).toEqual(['TOO_SHORT'])
    expect(nist.maxLength).toBeGreaterThan(64)
    expect(codes(nist, 'correct horse battery staple '.repeat(4))).toEqual([])
    expect(codes(nist, 'a'.repeat(nist.maxLength + 1))).toEqual(['TOO_LONG'])
  })

  it('judges the NFKC form: full-width letters and digits count as the characters they stand for', () => {
    // Ｐａｓｓ１２３４ is "Pass1234" typed with a full-width input method: 8 characters, 3 classes.
    expect(codes(office, 'Ｐａｓｓ１２３４')).toEqual([])
    expect(codes(office, 'Ｐａｓｓ１２３４', { loginName: 'pass' })).toEqual(['CONTAINS_CONTEXT'])
  })

  it('tells well-formed text from text with a lone surrogate', () => {
    expect(isWellFormedText('密码😀Ab1')).toBe(true)
    expect(isWellFormedText('Ab1\ud800')).toBe(false)
    expect(isWellFormedText('\udc00Ab1')).toBe(false)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(codes(office, '😀😀😀😀Ab1')).toEqual(['TOO_SHORT'])
  })

  it('refuses a password that contains the login name, phone or ID number', () => {
    expect(codes(office, 'Zhangsan#2026', { loginName: 'zhangsan' })).toEqual(['CONTAINS_CONTEXT'])
    expect(codes(office, 'Pw#13812345678', { phone: '13812345678' })).toEqual(['CONTAINS_CONTEXT'])
    expect(codes(office, 'Abcdef1!', { loginName: 'li' })).toEqual([])
  })

  it('reports every broken rule at once', () => {
    expect(codes(office, 'abc', { isCommon: () => true })).toEqual(['TOO_SHORT', 'TOO_FEW_CLASSES', 'COMMON_PASSWORD'])
  })
})

describe('common-password blocklist', async () => {
  const { isCommonPassword } = await import('./common-passwords')
  it('refuses listed passwords and listed words dressed up with digits and symbols', () => {
    expect(codes(office, 'P@ssw0rd', { isCommon: isCommonPassword })).toContain('COMMON_PASSWORD')
    expect(codes(office, 'Password123!', { isCommon: isCommonPassword })).toEqual(['COMMON_PASSWORD'])
    expect(codes(nist, 'qwertyuiop123456', { isCommon: isCommonPassword })).toEqual(['COMMON_PASSWORD'])
    expect(codes(office, 'Zq7!mPatent2026', { isCommon: isCommonPassword })).toEqual([])
  })
})
