import type { Notice } from '../../../shared/filing/filing-api'

/** Whole days from `today` to `due` (both YYYY-MM-DD, the office's calendar): 0 is "due today", negative is overdue. */
export function daysLeft(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

export type Urgency = 'overdue' | 'urgent' | 'soon' | 'later' | 'none'

/** Overdue, within 7 days, within 30, later; a notice with no deadline has none. */
export function urgencyOf(n: Pick<Notice, 'dueDate'>, today: string): Urgency {
  if (!n.dueDate) return 'none'
  const d = daysLeft(n.dueDate, today)
  return d < 0 ? 'overdue' : d <= 7 ? 'urgent' : d <= 30 ? 'soon' : 'later'
}

/**
 * The inbox's order: notices with a deadline first, nearest deadline first (overdue on top),
 * then the rest newest first. An unread notice goes before a read one with the same deadline.
 */
export function byUrgency<T extends Pick<Notice, 'dueDate' | 'issuedAt' | 'read'>>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => {
    if (a.dueDate && b.dueDate && a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
    if (!!a.dueDate !== !!b.dueDate) return a.dueDate ? -1 : 1
    if (a.read !== b.read) return a.read ? 1 : -1
    return a.issuedAt < b.issuedAt ? 1 : a.issuedAt > b.issuedAt ? -1 : 0
  })
}

export type AgendaItem = Notice & { accountId: string; accountName: string }

/** Upcoming deadlines of every signed-in account in one list, nearest first, unanswered only (unread or due ahead). */
export function agendaOf(byAccount: readonly { accountId: string; accountName: string; notices: readonly Notice[] }[], today: string, horizonDays = 60): AgendaItem[] {
  const items = byAccount.flatMap((a) =>
    a.notices
      .filter((n) => n.dueDate && daysLeft(n.dueDate, today) <= horizonDays && daysLeft(n.dueDate, today) >= -30)
      .map((n) => ({ ...n, accountId: a.accountId, accountName: a.accountName }))
  )
  return byUrgency(items)
}
