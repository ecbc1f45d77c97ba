import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { enUS } from '../i18n/en-US'
import { filingEnUS } from '../i18n/filing-en-US'
import { emptyQuery, type DraftRow } from './draft-filter'
import { DraftsList, type DraftsListProps } from './DraftsList'

await i18n.use(initReactI18next).init({ lng: 'en-US', resources: { 'en-US': { translation: { ...enUS, filing: filingEnUS } } } })

const noop = () => {}
const html = (props: Partial<DraftsListProps>) =>
  renderToString(
    createElement(DraftsList, { rows: [], total: 0, query: emptyQuery, onQuery: noop, onLoadMore: noop, onOpen: noop, onNew: noop, onDuplicate: noop, onDelete: noop, ...props })
  )

describe('drafts list before its first answer', () => {
  it('does not tell a user with drafts that there are none while the first page is on its way', () => {
    const noDrafts = filingEnUS.list.none
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

describe('drafts list with nothing to show', () => {
  it('tells a new user there are no drafts yet and offers to create one', () => {
    const page = html({ total: 0 })
    expect(page).toContain(filingEnUS.list.none)
    expect(page).toContain('data-testid="new-draft-empty"')
    expect(page).not.toContain(filingEnUS.list.empty)
  })

  it('says "no draft matches" once a search or filter is set, with a way to clear it', () => {
    for (const query of [{ ...emptyQuery, search: 'lamp' }, { ...emptyQuery, type: 'design' as const }, { ...emptyQuery, state: 'filed' as const }]) {
      const page = html({ total: 0, query })
      expect(page).toContain(filingEnUS.list.empty)
      expect(page).toContain(filingEnUS.list.clearFilters)
      expect(page).not.toContain(filingEnUS.list.none)
    }
  })
})

describe('drafts list delete', () => {
  const row = (id: string, state: DraftRow['state']): DraftRow => ({ id, type: 'utility_model', title: `t-${id}`, state, updatedAt: '2026-03-01T00:00:00Z', applicationNumber: null })

  it('offers delete on drafts only: a filed or queued application shows it disabled', () => {
    const page = html({ rows: [row('a', 'draft'), row('b', 'filed'), row('c', 'queued'), row('d', 'needs_attention')], total: 4 })
    expect(page.match(/aria-label="Delete"/g)).toHaveLength(2)
    expect(page.match(/data-testid="delete-refused"/g)).toHaveLength(2)
    expect(page).toContain(`aria-label="Delete: ${filingEnUS.list.cannotDeleteFiled}"`)
    expect(page).toContain(`aria-label="Delete: ${filingEnUS.list.cannotDeleteQueued}"`)
  })
})
