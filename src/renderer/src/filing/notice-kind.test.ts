import { describe, expect, it } from 'vitest'
import { filingEnUS } from '../i18n/filing-en-US'
import { filingZhCN } from '../i18n/filing-zh-CN'
import { kindWorthShowing } from './notice-kind'

describe('a notice kind beside its title', () => {
  it('is left out when the title already starts with it', () => {
    expect(kindWorthShowing('缴费通知书', filingZhCN.notices.kinds.fee)).toBe(false)
    expect(kindWorthShowing('  补正通知书(说明书附图)', filingZhCN.notices.kinds.correction)).toBe(false)
    expect(kindWorthShowing('fee notice for 2026', filingEnUS.notices.kinds.fee)).toBe(false)
  })

  it('is shown when it says something the title does not', () => {
    expect(kindWorthShowing('缴费通知书', filingEnUS.notices.kinds.fee)).toBe(true)
    expect(kindWorthShowing('审查意见通知书', filingZhCN.notices.kinds.other)).toBe(true)
    expect(kindWorthShowing('电子申请回执 202610000001.9', filingZhCN.notices.kinds.receipt)).toBe(true)
  })
})
