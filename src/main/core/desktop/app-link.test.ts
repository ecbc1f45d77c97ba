import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appLinkActionSchema } from '../../../shared/app-link-action'
import { formatAppLink, linkInArgv, parseAppLink } from './app-link'

describe('patentdesk:// links', () => {
  it('opens a draft or a notice of an account', () => {
    expect(parseAppLink('patentdesk://draft/acc-1/0b7c8a3e-2f44-4c1e-9d7a-1a2b3c4d5e6f')).toEqual({
      kind: 'openDraft',
      accountId: 'acc-1',
      draftId: '0b7c8a3e-2f44-4c1e-9d7a-1a2b3c4d5e6f'
    })
    expect(parseAppLink('PatentDesk://notice/acc_2/n42/')).toEqual({ kind: 'openNotice', accountId: 'acc_2', noticeId: 'n42' })
  })

  it.each([
    ['https://evil.example/draft/a/b', 'foreign-scheme'],
    ['javascript:alert(1)', 'foreign-scheme'],
    ['file:///etc/passwd', 'foreign-scheme'],
    ['patentdesk://settings/a/b', 'unknown-route'],
    ['patentdesk://draft/a', 'unknown-route'],
    ['patentdesk://draft/a/b/c', 'unknown-route'],
    ['patentdesk://draft/a/b?x=1', 'unknown-route'],
    ['patentdesk://draft/a/b#x', 'unknown-route'],
    ['patentdesk://user:pw@draft/a/b', 'unknown-route'],
    ['patentdesk://draft:8080/a/b', 'unknown-route'],
    ['patentdesk:draft/a/b', 'unknown-route'],
    ['patentdesk://draft/../b', 'bad-id'],
    ['patentdesk://draft/a%2F..%2Fb/c', 'bad-id'],
    ['patentdesk://draft/a/<script>', 'bad-id'],
    ['patentdesk://draft//b', 'bad-id'],
    ['patentdesk://notice/账号/1', 'bad-id'],
    [`patentdesk://draft/a/${'x'.repeat(600)}`, 'too-long'],
    ['', 'not-a-link'],
    ['draft/a/b', 'not-a-link']
  ])('refuses %s as %s', (input, reason) => {
    expect(parseAppLink(input)).toEqual({ kind: 'unknown', reason })
  })

  it('never throws, and anything it accepts is a well-formed action', () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 700 }),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc
        .tuple(
          fc.constantFrom('patentdesk://', 'PATENTDESK://', 'patentdesk:', 'patentdesk:///'),
          fc.constantFrom('draft', 'notice', 'Draft', 'x', ''),
          fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 4 })
        )
        .map(([scheme, route, parts]) => `${scheme}${route}/${parts.join('/')}`),
      fc.anything()
    )
    fc.assert(
      fc.property(anything, (input) => {
        const parsed = parseAppLink(input)
        if (parsed.kind === 'unknown') return true
        return appLinkActionSchema.safeParse(parsed).success && formatAppLink(parsed).length <= 512
      }),
      { numRuns: 3000 }
    )
  })

  it('reads back every link it makes', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
    fc.assert(
      fc.property(fc.constantFrom('openDraft', 'openNotice'), id, id, (kind, accountId, other) => {
        const action =
          kind === 'openDraft' ? { kind, accountId, draftId: other } : { kind, accountId, noticeId: other }
        expect(parseAppLink(formatAppLink(action as never))).toEqual(action)
      })
    )
  })

  it('finds the link a second launch hands over, and ignores switches', () => {
    expect(linkInArgv(['/opt/PatentDesk/patentdesk', '--no-sandbox', 'patentdesk://notice/a/n1'])).toBe('patentdesk://notice/a/n1')
    expect(linkInArgv(['PatentDesk.exe', '--allow-file-access-from-files', '--flag=patentdesk://draft/a/b'])).toBeNull()
    expect(linkInArgv([])).toBeNull()
  })
})
