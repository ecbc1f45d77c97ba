import type { AppNotification } from '../../../shared/ipc-contract'
import type { Language } from '../../../shared/settings'

export type NoticeSummary = { id: string; title: string }
export type FilingSummary = { draftId: string; applicationNumber: string; title: string }

const words = {
  'zh-CN': {
    notice: '新通知',
    notices: (n: number) => `${n} 条新通知`,
    noticesBody: '打开 PatentDesk 查看。',
    filed: (number: string) => `已提交：${number}`,
    filedBody: (number: string) => `申请号 ${number}`
  },
  'en-US': {
    notice: 'New notice',
    notices: (n: number) => `${n} new notices`,
    noticesBody: 'Open PatentDesk to read them.',
    filed: (number: string) => `Filed: ${number}`,
    filedBody: (number: string) => `Application number ${number}`
  }
} satisfies Record<Language, unknown>

/** More than this many at once become one summary: a first sync must not bury the desktop. */
const MAX_SEPARATE = 3

export type NotifierOptions = {
  settings: () => { notifications: boolean; language: Language }
  notify: (notification: AppNotification) => void
  /** The unread total over every account, when it changes (the dock / taskbar badge). */
  badge: (total: number) => void
}

/**
 * Desktop notifications for new notices and finished filings, and the unread badge. The sync
 * of notices and filings calls it; it decides what is shown, in the user's language, and
 * shows nothing while notifications are off (the badge stays: it is not an interruption).
 */
export function createNotifier(options: NotifierOptions) {
  const unread = new Map<string, number>()
  let shownTotal = -1
  /** Filings already announced (account and application number): a filing is news once. */
  const announced = new Set<string>()

  return {
    newNotices(accountId: string, notices: readonly NoticeSummary[]): void {
      const s = options.settings()
      if (!s.notifications || notices.length === 0) return
      const w = words[s.language]
      if (notices.length > MAX_SEPARATE) {
        options.notify({ kind: 'notice', accountId, title: w.notices(notices.length), body: w.noticesBody })
        return
      }
      for (const n of notices) {
        options.notify({
          kind: 'notice',
          accountId,
          title: w.notice,
          body: n.title.slice(0, 1000),
          link: { kind: 'openNotice', accountId, noticeId: n.id }
        })
      }
    },
    filed(accountId: string, filing: FilingSummary): void {
      const key = `${accountId}\n${filing.applicationNumber}`
      if (announced.has(key)) return
      announced.add(key)
      const s = options.settings()
      if (!s.notifications) return
      const w = words[s.language]
      const title = filing.title.trim()
      options.notify({
        kind: 'filing',
        accountId,
        title: w.filed(filing.applicationNumber),
        body: title ? title.slice(0, 1000) : w.filedBody(filing.applicationNumber),
        link: { kind: 'openDraft', accountId, draftId: filing.draftId }
      })
    },
    unread(accountId: string, count: number): void {
      if (count > 0) unread.set(accountId, Math.floor(count))
      else unread.delete(accountId)
      const total = [...unread.values()].reduce((a, b) => a + b, 0)
      if (total === shownTotal) return
      shownTotal = total
      options.badge(total)
    },
    /** An account that signs out takes its unread count off the badge. */
    forget(accountId: string): void {
      this.unread(accountId, 0)
    },
    /** Only the accounts still open count towards the badge. */
    keepOnly(openIds: readonly string[]): void {
      for (const id of [...unread.keys()]) if (!openIds.includes(id)) this.forget(id)
    }
  }
}
export type Notifier = ReturnType<typeof createNotifier>
