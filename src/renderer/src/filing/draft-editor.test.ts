import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { draftContentSchema, type ApplicationType, type DraftContent } from '../../../shared/filing/draft-content'
import { enUS } from '../i18n/en-US'
import { filingEnUS } from '../i18n/filing-en-US'
import { filingZhCN } from '../i18n/filing-zh-CN'
import { zhCN } from '../i18n/zh-CN'
import { ClaimsSection } from './ClaimsSection'
import { DraftEditor } from './DraftEditor'
import { RequestSection } from './RequestSection'

await i18n.use(initReactI18next).init({
  lng: 'zh-CN',
  resources: { 'zh-CN': { translation: { ...zhCN, filing: filingZhCN } }, 'en-US': { translation: { ...enUS, filing: filingEnUS } } },
  interpolation: { escapeValue: false }
})

const noop = () => {}
const draft = (type: ApplicationType, more: Partial<DraftContent> = {}): DraftContent => ({ ...draftContentSchema.parse({ type }), ...more })
const request = (type: ApplicationType) => renderToString(createElement(RequestSection, { content: draft(type), readOnly: false, onChange: noop }))
const editor = (content: DraftContent) =>
  renderToString(createElement(DraftEditor, { content, readOnly: false, saveState: 'idle', gate: { state: 'open', online: true }, onChange: noop, onSubmit: noop, onAddAttachment: noop }))

describe('the title field', () => {
  it('is called what the type’s request form calls it, in both languages', async () => {
    const labels: Record<string, Record<ApplicationType, string>> = {
      'zh-CN': { invention: '发明名称', utility_model: '实用新型名称', design: '使用外观设计的产品名称' },
      'en-US': { invention: 'Title of the invention', utility_model: 'Title of the utility model', design: 'Product using the design' }
    }
    for (const [language, byType] of Object.entries(labels)) {
      await i18n.changeLanguage(language)
      for (const [type, label] of Object.entries(byType) as [ApplicationType, string][]) {
        expect(request(type)).toContain(`for="field-title">${label}</label>`)
      }
    }
    await i18n.changeLanguage('zh-CN')
  })

  it('is named the same way by the checklist when it is missing', () => {
    expect(editor(draft('design'))).toContain('请填写使用外观设计的产品名称')
    expect(editor(draft('utility_model'))).toContain('请填写实用新型名称')
    expect(editor(draft('design'))).not.toContain('请填写发明名称')
  })
})

describe('a new draft', () => {
  it('counts what is missing in the checklist but paints no field red before the user has been in it', () => {
    const html = editor(draft('invention'))
    expect(html).toContain('6 个错误')
    expect(html).not.toContain('ant-form-item-has-error')
  })
})

describe('the claims tab', () => {
  it('starts with claim 1: no empty row above it when the list has no finding', () => {
    const html = renderToString(createElement(ClaimsSection, { claims: ['一种杯子。'], readOnly: false, onChange: noop }))
    // One form item per claim, the first one claim 1's.
    const items = html.match(/class="ant-form-item /g) ?? []
    expect(items).toHaveLength(1)
    expect(html).toContain('权利要求 1')
  })
})
