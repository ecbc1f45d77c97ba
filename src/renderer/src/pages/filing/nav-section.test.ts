import { describe, expect, it } from 'vitest'
import { sectionOf } from './nav-section'

describe('navigation tab of a route', () => {
  it('marks no tab on the home page, which shows the account summary', () => {
    expect(sectionOf('/')).toBeNull()
    expect(sectionOf('/account')).toBeNull()
  })

  it('marks the tab of the screen shown, a draft being the drafts tab', () => {
    expect(sectionOf('/drafts')).toBe('/drafts')
    expect(sectionOf('/drafts/abc/conflict')).toBe('/drafts')
    expect(sectionOf('/submissions')).toBe('/submissions')
    expect(sectionOf('/notices')).toBe('/notices')
    expect(sectionOf('/agenda')).toBe('/agenda')
  })

  it('does not take a longer word for a tab', () => {
    expect(sectionOf('/draftsmanship')).toBeNull()
  })
})
