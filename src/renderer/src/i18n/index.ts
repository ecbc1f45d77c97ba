import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { languages, type Language } from '../../../shared/languages'
import { enUS } from './en-US'
import { filingEnUS } from './filing-en-US'
import { filingZhCN } from './filing-zh-CN'
import { zhCN } from './zh-CN'

export { languages, type Language }
const storageKey = 'patentdesk.language'

const saved = localStorage.getItem(storageKey)
const initial: Language = languages.includes(saved as Language) ? (saved as Language) : 'zh-CN'

void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, filing: filingZhCN } },
    'en-US': { translation: { ...enUS, filing: filingEnUS } }
  },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }
})

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language)
  document.documentElement.lang = language
  void i18next.changeLanguage(language)
}

export default i18next
