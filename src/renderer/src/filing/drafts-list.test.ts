import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { enUS } from '../i18n/en-US'
import { filingEnUS } from '../i18n/filing-en-US'
import { emptyQuery } from './draft-filter'
import { DraftsList, type DraftsListProps } from './DraftsList'

await i18n.use(initReactI18next).init({ lng: 'en-US', resources: { 'en-US': { translation: { ...enUS, filing: filingEnUS } } } })

const noop = () => {}
const html = (props: Partial<DraftsListProps>) =>
  renderToString(
    createElement(DraftsList, { rows: [], total: 0, query: emptyQuery, onQuery: noop, onLoadMore: noop, onOpen: noop, onNew: noop, onDuplicate: noop, onDelete: noop, ...props })
  )

describe('drafts list before its first answer', () => {
  it('does not tell a user with drafts that there are none while the first page is on its way', () => {
    const noDrafts = filingEnUS.list.empty
    expect(html({ loading: true })).not.toContain(noDrafts)
    expect(html({ loading: true })).toContain('data-testid="drafts-list"')
    expect(html({ loading: false })).toContain(noDrafts)
  })
})

describe('drafts list count', () => {
  it('says "1 draft" for one and "2 drafts" for two, in English', () => {
    expect(html({ total: 1 })).toMatch(/>1 draft</)
    expect(html({ total: 2 })).toMatch(/>2 drafts</)
  })
})
