import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Notice } from '../../../shared/filing/filing-api'
import { migrateAccountDatabase } from './account-migrations'
import { createNoticeStore, type NoticeStore } from './notice-store'

let db: Database.Database
let notices: NoticeStore
const notice = (id: string, issuedAt: string, extra: Partial<Notice> = {}): Notice => ({
  id,
  kind: 'correction',
  title: `通知 ${id}`,
  body: '…',
  issuedAt,
  read: false,
  ...extra
})

beforeEach(() => {
  db = new Database(':memory:')
  migrateAccountDatabase(db)
  notices = createNoticeStore(db)
})

describe('notice store', () => {
  it('stores a page with its cursor, says which notices are new, and lists newest first', () => {
    expect(notices.applyPage([notice('n1', '2026-05-01T00:00:00Z', { dueDate: '2026-07-01' })], '7').map((n) => n.id)).toEqual(['n1'])
    expect(notices.applyPage([notice('n1', '2026-05-01T00:00:00Z'), notice('n2', '2026-05-02T00:00:00Z')], '9').map((n) => n.id)).toEqual(['n2'])
    expect(notices.cursor()).toBe('9')
    expect(notices.list().map((n) => n.id)).toEqual(['n2', 'n1'])
    expect(notices.get('n1')).toEqual(notice('n1', '2026-05-01T00:00:00Z', { dueDate: '2026-07-01' }))
  })

  it('keeps the old cursor when a page cannot be stored, so the page comes again', () => {
    notices.applyPage([notice('n1', '2026-05-01T00:00:00Z')], '1')
    db.exec(`CREATE TRIGGER fail BEFORE INSERT ON notices WHEN NEW.id = 'n3' BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect(() => notices.applyPage([notice('n2', '2026-05-02T00:00:00Z'), notice('n3', '2026-05-03T00:00:00Z')], '3')).toThrow()
    expect(notices.cursor()).toBe('1')
    expect(notices.list().map((n) => n.id)).toEqual(['n1'])
  })

  it('marks read at once and queues it for the platform once only', () => {
    notices.applyPage([notice('n1', '2026-05-01T00:00:00Z'), notice('n2', '2026-05-02T00:00:00Z')], '2')
    expect(notices.unreadCount()).toBe(2)
    notices.markRead('n1')
    notices.markRead('n1')
    expect([notices.unreadCount(), notices.list({ unreadOnly: true }).map((n) => n.id)]).toEqual([1, ['n2']])
    expect(db.prepare('SELECT kind, target FROM outbox').all()).toEqual([{ kind: 'read_notice', target: 'n1' }])
    expect(notices.markRead('nope')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
