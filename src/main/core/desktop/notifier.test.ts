import { describe, expect, it } from 'vitest'
import { notificationSchema, type AppNotification } from '../../../shared/ipc-contract'
import type { Language } from '../../../shared/settings'
import { createNotifier } from './notifier'

function setUp(settings: { notifications: boolean; language: Language }) {
  const shown: AppNotification[] = []
  const badges: number[] = []
  const notifier = createNotifier({ settings: () => settings, notify: (n) => shown.push(n), badge: (t) => badges.push(t) })
  return { notifier, shown, badges, settings }
}

describe('notifications and badge', () => {
  it('announces each new notice with a link to it, in the user’s language', () => {
    const { notifier, shown } = setUp({ notifications: true, language: 'zh-CN' })
    notifier.newNotices('acc-1', [{ id: 'n1', title: '补正通知书' }])
    expect(shown).toEqual([
      { kind: 'notice', accountId: 'acc-1', title: '新通知', body: '补正通知书', link: { kind: 'openNotice', accountId: 'acc-1', noticeId: 'n1' } }
    ])
    for (const n of shown) expect(notificationSchema.safeParse(n).success).toBe(true)
  })

  it('sums up a burst of notices in one notification', () => {
    const { notifier, shown } = setUp({ notifications: true, language: 'en-US' })
    notifier.newNotices('acc-1', Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, title: `Notice ${i}` })))
    expect(shown).toEqual([{ kind: 'notice', accountId: 'acc-1', title: '12 new notices', body: 'Open PatentDesk to read them.' }])
  })

  it('announces a finished filing with its application number and title, opening its draft', () => {
    const { notifier, shown, settings } = setUp({ notifications: true, language: 'en-US' })
    notifier.filed('acc-1', { draftId: 'd1', applicationNumber: '202610000012.5', title: '一种折叠椅' })
    settings.language = 'zh-CN'
    notifier.filed('acc-1', { draftId: 'd2', applicationNumber: '202620000034.1', title: ' ' })
    expect(shown).toEqual([
      { kind: 'filing', accountId: 'acc-1', title: 'Filed: 202610000012.5', body: '一种折叠椅', link: { kind: 'openDraft', accountId: 'acc-1', draftId: 'd1' } },
      { kind: 'filing', accountId: 'acc-1', title: '已提交：202620000034.1', body: '申请号 202620000034.1', link: { kind: 'openDraft', accountId: 'acc-1', draftId: 'd2' } }
    ])
    for (const n of shown) expect(notificationSchema.safeParse(n).success).toBe(true)
  })

  it('announces each filing once, however often it is reported', () => {
    const { notifier, shown } = setUp({ notifications: true, language: 'en-US' })
    const filing = { draftId: 'd1', applicationNumber: '202610000012.5', title: 'Folding chair' }
    notifier.filed('acc-1', filing)
    notifier.filed('acc-1', filing)
    notifier.filed('acc-2', { ...filing, applicationNumber: '202610000013.3' })
    expect(shown.map((n) => n.title)).toEqual(['Filed: 202610000012.5', 'Filed: 202610000013.3'])
  })

  it('shows nothing while notifications are off', () => {
    const { notifier, shown } = setUp({ notifications: false, language: 'zh-CN' })
    notifier.newNotices('acc-1', [{ id: 'n1', title: 'x' }])
    notifier.filed('acc-1', { draftId: 'd1', applicationNumber: '202610000012.5', title: 'x' })
    expect(shown).toEqual([])
  })

  it('badges the unread total over every account, only when it changes', () => {
    const { notifier, badges } = setUp({ notifications: false, language: 'zh-CN' })
    notifier.unread('a1', 2)
    notifier.unread('a2', 3)
    notifier.unread('a2', 3)
    notifier.forget('a1')
    notifier.unread('a2', 0)
    notifier.unread('a3', 4)
    notifier.unread('a4', 1)
    notifier.keepOnly(['a4'])
    expect(badges).toEqual([2, 5, 3, 0, 4, 5, 1])
  })
})
