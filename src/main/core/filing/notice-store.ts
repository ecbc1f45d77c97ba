import type { Database } from 'better-sqlite3'
import type { Notice } from '../../../shared/filing/filing-api'
import { err, ok, type Result } from '../../../shared/result'
import { createOutbox } from './outbox'
import { createSyncState } from './sync-state'

type NoticeRow = Omit<Notice, 'read' | 'dueDate' | 'applicationNumber'> & {
  read: number
  dueDate: string | null
  applicationNumber: string | null
}
const toNotice = ({ read, dueDate, applicationNumber, ...n }: NoticeRow): Notice => ({
  ...n,
  read: read === 1,
  ...(dueDate ? { dueDate } : {}),
  ...(applicationNumber ? { applicationNumber } : {})
})

/**
 * The account's official notices, kept in its file so they can be read offline. Marking one
 * read is local at once and queued for the platform.
 */
export function createNoticeStore(db: Database, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date())
  const outbox = createOutbox(db)
  const state = createSyncState(db)
  const q = {
    insert: db.prepare(`INSERT OR IGNORE INTO notices (id, kind, title, body, issued_at, due_date, application_number, read, received_at)
      VALUES (@id, @kind, @title, @body, @issuedAt, @dueDate, @applicationNumber, @read, @receivedAt)`),
    list: db.prepare<[number, number, number], NoticeRow>(`SELECT id, kind, title, body, issued_at AS issuedAt, due_date AS dueDate,
      application_number AS applicationNumber, read FROM notices WHERE (? = 0 OR read = 0) ORDER BY issued_at DESC, id LIMIT ? OFFSET ?`),
    get: db.prepare<[string], NoticeRow>(`SELECT id, kind, title, body, issued_at AS issuedAt, due_date AS dueDate,
      application_number AS applicationNumber, read FROM notices WHERE id = ?`),
    unread: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM notices WHERE read = 0'),
    markRead: db.prepare('UPDATE notices SET read = 1 WHERE id = ? AND read = 0')
  }

  /** Stores one page from the platform and its cursor together; returns the notices that are new here. */
  const applyPage = db.transaction((notices: readonly Notice[], cursor: string): Notice[] => {
    const added = notices.filter(
      (n) =>
        q.insert.run({
          dueDate: null,
          applicationNumber: null,
          ...n,
          read: n.read ? 1 : 0,
          receivedAt: now().toISOString()
        }).changes === 1
    )
    state.saveCursor('notices', cursor)
    return added
  })

  const markRead = db.transaction((id: string): Result<{ read: true }> => {
    if (!q.get.get(id)) return err('NOT_FOUND', 'No such notice')
    if (q.markRead.run(id).changes === 1) outbox.append('read_notice', id, 0, now())
    return ok({ read: true })
  })

  return {
    applyPage: (notices: readonly Notice[], cursor: string): Notice[] => applyPage(notices, cursor),
    cursor: () => state.cursor('notices'),
    list: (query: { unreadOnly?: boolean; limit?: number; offset?: number } = {}) =>
      q.list.all(query.unreadOnly ? 1 : 0, Math.min(query.limit ?? 50, 500), query.offset ?? 0).map(toNotice),
    get: (id: string) => {
      const row = q.get.get(id)
      return row ? toNotice(row) : undefined
    },
    unreadCount: () => q.unread.get()!.n,
    markRead: (id: string): Result<{ read: true }> => markRead(id)
  }
}
export type NoticeStore = ReturnType<typeof createNoticeStore>
