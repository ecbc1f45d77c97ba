import { describe, expect, it } from 'vitest'
import type { AppLinkAction } from '../../../shared/app-link-action'
import type { AppError } from '../../../shared/result'
import { createLinkInbox } from './link-inbox'

function setUp() {
  const opened: AppLinkAction[] = []
  const messages: AppError[] = []
  const inbox = createLinkInbox({
    knownAccountIds: () => ['acc-1'],
    openLink: (a) => opened.push(a),
    message: (m) => messages.push(m)
  })
  return { inbox, opened, messages }
}

describe('link inbox', () => {
  it('holds a link that started the app until the window asks, then delivers later ones at once', () => {
    const { inbox, opened } = setUp()
    inbox.receive('patentdesk://notice/acc-1/n1')
    expect(opened).toEqual([])
    expect(inbox.take().actions).toEqual([{ kind: 'openNotice', accountId: 'acc-1', noticeId: 'n1' }])
    inbox.receive('patentdesk://draft/acc-1/d1')
    expect(opened).toEqual([{ kind: 'openDraft', accountId: 'acc-1', draftId: 'd1' }])
    expect(inbox.take().actions).toEqual([])
  })

  it('answers a bad, foreign or other-account link with a message and opens nothing', () => {
    const { inbox, opened, messages } = setUp()
    inbox.take()
    inbox.receive('patentdesk://draft/../../etc')
    inbox.receive('https://evil.example/')
    inbox.receive('patentdesk://draft/acc-9/d1')
    expect(opened).toEqual([])
    expect(messages.map((m) => m.code)).toEqual(['LINK_INVALID', 'LINK_INVALID', 'LINK_ACCOUNT_UNKNOWN'])
  })

  it('keeps only the last few links when nobody asks', () => {
    const { inbox } = setUp()
    for (let i = 0; i < 50; i++) inbox.receive(`patentdesk://draft/acc-1/d${i}`)
    const { actions } = inbox.take()
    expect(actions).toHaveLength(8)
    expect(actions.at(-1)).toMatchObject({ draftId: 'd49' })
  })
})
