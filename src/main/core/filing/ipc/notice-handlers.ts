import { addDays, officeDate } from '../../../../shared/filing/office-date'
import { err, ok } from '../../../../shared/result'
import { createNoticeQueries } from '../notice-queries'
import { onAccount, type FilingAccounts } from './filing-accounts'
import type { FilingHandlers } from './filing-handlers'

/** The notices inbox of each account, read offline, and the deadlines of all open accounts together. */
export function noticeHandlers(
  accounts: FilingAccounts,
  options: { now?: () => Date } = {}
): Pick<FilingHandlers, 'listNotices' | 'getNotice' | 'markNoticeRead' | 'unreadCounts' | 'deadlineAgenda'> {
  const now = options.now ?? (() => new Date())

  return {
    ...onAccount<'listNotices' | 'getNotice' | 'markNoticeRead'>(accounts, {
      listNotices: async (ws, { accountId: _accountId, ...query }) => {
        const page = createNoticeQueries(ws.account.db).list(query, officeDate(ws.now()))
        return ok({ ...page, unread: ws.notices.unreadCount() })
      },
      getNotice: async (ws, input) => {
        const notice = createNoticeQueries(ws.account.db).get(input.id, officeDate(ws.now()))
        return notice ? ok(notice) : err('NOT_FOUND', 'No such notice')
      },
      markNoticeRead: async (ws, input) => {
        const marked = ws.notices.markRead(input.id)
        if (!marked.ok) return marked
        ws.changed()
        return ok({ read: true as const, unread: ws.notices.unreadCount() })
      }
    }),
    unreadCounts: async () => ok({ accounts: accounts.all().map((ws) => ({ accountId: ws.accountId, unread: ws.notices.unreadCount() })) }),
    deadlineAgenda: async ({ days, pastDays }) => {
      const today = officeDate(now())
      const items = accounts
        .all()
        .flatMap((ws) =>
          createNoticeQueries(ws.account.db)
            .dueBetween(addDays(today, -pastDays), addDays(today, days), today)
            .map((n) => ({
              accountId: ws.accountId,
              noticeId: n.id,
              kind: n.kind,
              title: n.title,
              dueDate: n.dueDate!,
              daysLeft: n.daysLeft!,
              applicationNumber: n.applicationNumber ?? null,
              read: n.read
            }))
        )
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.accountId.localeCompare(b.accountId))
      return ok({ today, items })
    }
  }
}
