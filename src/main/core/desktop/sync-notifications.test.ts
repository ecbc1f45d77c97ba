import { describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../shared/ipc-contract'
import { createNotifier } from './notifier'
import { notifyFromSync } from './sync-notifications'

const notice = (id: string, read = false) => ({
  id,
  kind: 'correction' as const,
  title: `补正通知书 ${id}`,
  body: '',
  issuedAt: '2026-03-01T00:00:00Z',
  read
})

function setUp() {
  const shown: AppNotification[] = []
  const badges: number[] = []
  const notifier = createNotifier({
    settings: () => ({ notifications: true, language: 'zh-CN' }),
    notify: (n) => shown.push(n),
    badge: (t) => badges.push(t)
  })
  const numbers: Record<string, string> = { s1: '202610000012.5' }
  return { shown, badges, onEvent: notifyFromSync(notifier, 'acc-1', (id) => numbers[id] ?? null) }
}

describe('sync events on the desktop', () => {
  it('announces unread notices that arrived and puts the unread count on the badge', () => {
    const { shown, badges, onEvent } = setUp()
    onEvent({ type: 'notices', added: [notice('n1'), notice('n0', true)], unread: 3 })
    expect(shown.map((n) => n.link)).toEqual([{ kind: 'openNotice', accountId: 'acc-1', noticeId: 'n1' }])
    expect(badges).toEqual([3])
  })

  it('announces a filed submission with its application number, not one that needs attention', () => {
    const { shown, onEvent } = setUp()
    onEvent({ type: 'submission', submissionId: 's1', draftId: 'd1', state: 'filed' })
    onEvent({ type: 'submission', submissionId: 's2', draftId: 'd2', state: 'needs_attention' })
    expect(shown).toEqual([expect.objectContaining({ kind: 'filing', body: '申请号 202610000012.5' })])
  })

  it('takes a signed-out account off the badge', () => {
    const { badges, onEvent } = setUp()
    onEvent({ type: 'notices', added: [], unread: 2 })
    onEvent({ type: 'status', status: { state: 'signed_out' } })
    expect(badges).toEqual([2, 0])
  })
})
