import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { passwordPolicyPresets } from '../../../shared/password-policy'
import { enUS } from '../i18n/en-US'
import { zhCN } from '../i18n/zh-CN'
import { passwordRuleList, passwordWords } from './password-wording'

const translator = async (lng: 'zh-CN' | 'en-US') => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } }, lng, interpolation: { escapeValue: false } })
  return i18n.t
}

describe('password wording', () => {
  it('lists the history rule when an account replaces its password, and not when a new account sets its first', async () => {
    const t = await translator('zh-CN')
    const office = passwordPolicyPresets.office
    expect(passwordRuleList(t, office, 'change').map((r) => r.text)).toContain('不与最近 5 次使用过的密码相同')
    expect(passwordRuleList(t, office, 'register').map((r) => r.key)).toEqual(['length', 'classes', 'context', 'common'])
  })

  it('does not call a new account’s first password "new", in either language', async () => {
    for (const [lng, fresh] of [['zh-CN', '新'], ['en-US', 'new']] as const) {
      const t = await translator(lng)
      const registering = Object.values(passwordWords.register).map((key) => t(key))
      expect(registering.filter((text) => text === '' || text.includes(fresh) || text.includes('register.'))).toEqual([])
      // The forced-change and reset screens keep saying "new".
      expect(t(passwordWords.change.password).toLowerCase()).toContain(fresh)
    }
  })
})
