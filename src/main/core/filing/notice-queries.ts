import type { Database } from 'better-sqlite3'
import type { Notice, NoticeKind } from '../../../shared/filing/filing-api'
import { daysBetween } from '../../../shared/filing/office-date'

export type NoticeView = Notice & { daysLeft: number | null }
export type NoticeQuery = {
  unreadOnly?: boolean
  kind?: NoticeKind
  withDueDate?: boolean
  applicationNumber?: string
  /** `urgency`: the nearest due date first (passed ones first of all), notices without one last. */
  sort?: 'newest' | 'urgency'
  limit?: number
  offset?: number
}

type Row = Omit<Notice, 'read' | 'dueDate' | 'applicationNumber'> & { read: number; dueDate: string | null; applicationNumber: string | null }
const columns = `id, kind, title, body, issued_at AS issuedAt, due_date AS dueDate, application_number AS applicationNumber, read`

/** A notice as the inbox shows it: with the days left to its due date, counted from the office's `today`. */
export const noticeView = ({ read, dueDate, applicationNumber, ...n }: Row, today: string): NoticeView => ({
  ...n,
  read: read === 1,
  ...(dueDate ? { dueDate } : {}),
  ...(applicationNumber ? { applicationNumber } : {}),
  daysLeft: dueDate ? daysBetween(today, dueDate) : null
})

/** The inbox's reads of an account's notices: filters, urgency, deadlines in a date range. */
export function createNoticeQueries(db: Database) {
  const get = db.prepare<[string], Row>(`SELECT ${columns} FROM notices WHERE id = ?`)
  const due = db.prepare<[string, string], Row>(
    `SELECT ${columns} FROM notices WHERE due_date IS NOT NULL AND due_date >= ? AND due_date <= ? ORDER BY due_date, issued_at, id`
  )

  function list(query: NoticeQuery, today: string): { items: NoticeView[]; total: number } {
    const where: string[] = []
    const params: unknown[] = []
    if (query.unreadOnly) where.push('read = 0')
    if (query.withDueDate) where.push('due_date IS NOT NULL')
    if (query.kind) {
      where.push('kind = ?')
      params.push(query.kind)
    }
    if (query.applicationNumber) {
      where.push('application_number = ?')
      params.push(query.applicationNumber)
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const order = query.sort === 'urgency' ? 'due_date IS NULL, due_date, issued_at DESC, id' : 'issued_at DESC, id'
    const rows = db
      .prepare<unknown[], Row>(`SELECT ${columns} FROM notices ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, Math.min(query.limit ?? 50, 500), query.offset ?? 0)
    const total = db.prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM notices ${filter}`).get(...params)!.n
    return { items: rows.map((row) => noticeView(row, today)), total }
  }

  return {
    list,
    get: (id: string, today: string): NoticeView | undefined => {
      const row = get.get(id)
      return row ? noticeView(row, today) : undefined
    },
    /** Notices due from `from` to `until` (both `YYYY-MM-DD`, inclusive), the nearest first. */
    dueBetween: (from: string, until: string, today: string): NoticeView[] => due.all(from, until).map((row) => noticeView(row, today))
  }
}
