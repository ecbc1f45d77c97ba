import type { ClientDatabase } from './database'

export type SentSupportRequest = { requestId: string; kind: string; sentAt: string }

/** The support requests sent from this computer, per platform: kind, date and the platform's id, nothing personal. */
export function createSupportRequestLog(db: ClientDatabase, origin: string) {
  const q = {
    add: db.prepare('INSERT OR IGNORE INTO support_requests (origin, request_id, kind, sent_at) VALUES (?, ?, ?, ?)'),
    list: db.prepare<[string], { request_id: string; kind: string; sent_at: string }>(
      'SELECT request_id, kind, sent_at FROM support_requests WHERE origin = ? ORDER BY sent_at DESC, rowid DESC'
    )
  }
  return {
    add: (r: SentSupportRequest) => void q.add.run(origin, r.requestId, r.kind, r.sentAt),
    list: (): SentSupportRequest[] =>
      q.list.all(origin).map((r) => ({ requestId: r.request_id, kind: r.kind, sentAt: r.sent_at }))
  }
}
export type SupportRequestLog = ReturnType<typeof createSupportRequestLog>
