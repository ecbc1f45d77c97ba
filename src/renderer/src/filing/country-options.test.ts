import { describe, expect, it } from 'vitest'
import { countryOptions } from './country-options'

describe('countryOptions', () => {
  it('names countries in the user language, China first', () => {
    const zh = countryOptions('zh-CN', false)
    expect(zh[0]).toEqual({ value: 'CN', label: '中国（CN）' })
    expect(zh.find((o) => o.value === 'DE')?.label).toBe('德国（DE）')
    const en = countryOptions('en-US', false)
    expect(en[0]).toEqual({ value: 'CN', label: 'China (CN)' })
    expect(en.find((o) => o.value === 'JP')?.label).toBe('Japan (JP)')
  })

  it('lists each ISO 3166-1 country once, with Kosovo, and no pseudo-regions', () => {
    const values = countryOptions('en-US', false).map((o) => o.value)
    expect(values).toHaveLength(249 + 1)
    expect(values).toContain('XK')
    expect(new Set(values).size).toBe(values.length)
    for (const notACountry of ['EU', 'UN', 'ZZ', 'XA', 'EP', 'WO']) expect(values).not.toContain(notACountry)
  })

  it('sorts the rest alphabetically in English', () => {
    const names = countryOptions('en-US', false).slice(1).map((o) => o.label)
    expect(names.slice(0, 2)).toEqual(['Afghanistan (AF)', 'Åland Islands (AX)'])
  })

  it('offers the PCT and regional offices only for priorities', () => {
    expect(countryOptions('zh-CN', true).map((o) => o.value)).toEqual(expect.arrayContaining(['WO', 'EP']))
    expect(countryOptions('en-US', true).find((o) => o.value === 'EP')?.label).toBe('European Patent Office (EP)')
  })

  it('keeps a stored code it does not know instead of dropping it', () => {
    expect(countryOptions('zh-CN', false, 'QQ').at(-1)).toEqual({ value: 'QQ', label: 'QQ' })
    expect(countryOptions('zh-CN', false, 'DE').filter((o) => o.value === 'DE')).toHaveLength(1)
  })
})
