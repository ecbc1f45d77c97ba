import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { enUS } from '../i18n/en-US'
import { zhCN } from '../i18n/zh-CN'
import { keychainAdvice } from './keychain-advice'

const translator = async (lng: 'zh-CN' | 'en-US') => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } }, lng, interpolation: { escapeValue: false } })
  return i18n.t
}

/** Each OS's own store, as its users know it, and the names that would mislead them. */
const stores = [
  { os: 'win32', own: { 'zh-CN': '凭据管理器', 'en-US': 'Credential Manager' } },
  { os: 'darwin', own: { 'zh-CN': '钥匙串访问', 'en-US': 'Keychain Access' } },
  { os: 'linux', own: { 'zh-CN': 'GNOME Keyring', 'en-US': 'GNOME Keyring' } }
] as const
const linuxOnly = /Secret Service|GNOME Keyring|KWallet/

describe('keychain advice', () => {
  it('names the credential store of the OS the app runs on, in both languages, and no other OS’s', async () => {
    for (const lng of ['zh-CN', 'en-US'] as const) {
      const t = await translator(lng)
      for (const { os, own } of stores) {
        const { why, fix } = keychainAdvice(os)
        const text = `${t(why)} ${t(fix)}`
        expect(text).toContain(own[lng])
        for (const other of stores.filter((s) => s.os !== os)) expect(text).not.toContain(other.own[lng])
        if (os !== 'linux') expect(text).not.toMatch(linuxOnly)
      }
    }
  })

  it('gives advice naming no product while the OS is not known', async () => {
    for (const lng of ['zh-CN', 'en-US'] as const) {
      const t = await translator(lng)
      const { why, fix } = keychainAdvice(null)
      const text = `${t(why)} ${t(fix)}`
      expect(text).not.toMatch(/accounts\.|Credential Manager|凭据管理器|Keychain Access|钥匙串访问|Secret Service|GNOME|KWallet/)
      expect(text.length).toBeGreaterThan(20)
    }
  })
})
