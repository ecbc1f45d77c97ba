import type { Database } from 'better-sqlite3'

/**
 * The changes of this account not yet on the platform, first in first out. A draft's write and
 * its outbox row are committed together; a confirmed push removes the rows it covered (a put
 * covers every earlier write of the same draft), and a row the platform refuses for good is
 * parked with the reason instead of blocking the rows behind it.
 */
export type OutboxKind = 'put_draft' | 'delete_draft' | 'read_notice'
export type OutboxRow = { seq: number; kind: OutboxKind; target: string; version: number }

export function createOutbox(db: Database) {
  const q = {
    append: db.prepare('INSERT INTO outbox (kind, target, version, created_at) VALUES (?, ?, ?, ?)'),
    next: db.prepare<[number], OutboxRow>(
      'SELECT seq, kind, target, version FROM outbox WHERE parked_error IS NULL AND seq > ? ORDER BY seq LIMIT 1'
    ),
    pending: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE parked_error IS NULL'),
    settle: db.prepare('DELETE FROM outbox WHERE kind = ? AND target = ? AND version <= ?'),
    dropTarget: db.prepare('DELETE FROM outbox WHERE target = ? AND kind IN (?, ?)'),
    remove: db.prepare('DELETE FROM outbox WHERE seq = ?'),
    park: db.prepare('UPDATE outbox SET parked_error = ? WHERE seq = ?'),
    hasPending: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM outbox WHERE target = ? LIMIT 1'),
    parkedFor: db.prepare<[string], { parked_error: string }>(
      'SELECT parked_error FROM outbox WHERE target = ? AND parked_error IS NOT NULL ORDER BY seq DESC LIMIT 1'
    )
  }
  return {
    append: (kind: OutboxKind, target: string, version: number, at: Date) => void q.append.run(kind, target, version, at.toISOString()),
    /** The oldest row not parked, after `afterSeq` (rows skipped in this round). */
    next: (afterSeq = 0) => q.next.get(afterSeq),
    pendingCount: () => q.pending.get()!.n,
    /** Removes the rows of `kind` for `target` up to `version`: what one confirmed push covered. */
    settle: (kind: OutboxKind, target: string, version: number) => void q.settle.run(kind, target, version),
    /** Forgets every draft row for `target` (a draft never pushed, then deleted; a draft resolved by a conflict). */
    dropDraft: (target: string) => void q.dropTarget.run(target, 'put_draft', 'delete_draft'),
    remove: (seq: number) => void q.remove.run(seq),
    park: (seq: number, error: string) => void q.park.run(error, seq),
    /** Something of `target` is not on the platform yet (parked rows included: their text is local only). */
    hasPending: (target: string) => q.hasPending.get(target) !== undefined,
    parkedError: (target: string) => q.parkedFor.get(target)?.parked_error ?? null
  }
}
export type Outbox = ReturnType<typeof createOutbox>
