import { randomUUID } from 'node:crypto'
import type { DraftContent } from '../../../shared/filing/draft-content'
import { draftContentSchema } from '../../../shared/filing/draft-content'
import type { ServerCopy } from '../../../shared/filing/filing-api'
import type { SyncContext } from './sync-context'

/** JSON with keys in one order, so two copies of the same draft compare equal however they were built. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  )
export const sameContent = (a: unknown, b: unknown): boolean =>
  canonical(draftContentSchema.parse(a)) === canonical(draftContentSchema.parse(b))

const setServerRevision = (ctx: SyncContext, id: string, revision: number) =>
  ctx.db.prepare('UPDATE drafts SET server_revision = ? WHERE id = ?').run(revision, id)

/** Keeps the local text as a new draft beside `id` (pushed as a draft of its own), and returns its id. */
function keepLocalCopy(ctx: SyncContext, id: string, content: DraftContent): string {
  const copyId = randomUUID()
  ctx.drafts.internal.insertDraft({ id: copyId, content, serverRevision: 0, conflictOf: id }, ctx.now(), true)
  return copyId
}

/**
 * A push refused with 409 CONFLICT: someone else changed the draft on the platform. The
 * platform's copy takes the draft's place; the local text, with every edit made here since the
 * last sync, is kept as a conflict copy beside it. Both stay visible; nothing is lost.
 */
export function resolveConflict(ctx: SyncContext, id: string, server: ServerCopy): { copyId: string | null } {
  return ctx.db.transaction(() => {
    const row = ctx.drafts.internal.row(id)
    if (!row) return { copyId: null }
    const local = JSON.parse(row.content) as DraftContent
    if (server.deleted || !server.content) {
      if (row.deleted) {
        // Deleted on both sides: nothing left to send; the tombstone waits for its purge.
        ctx.outbox.dropDraft(id)
        setServerRevision(ctx, id, server.revision)
        return { copyId: null }
      }
      // Deleted elsewhere, edited here: the edits bring it back, on top of the platform's deletion.
      setServerRevision(ctx, id, server.revision)
      return { copyId: null }
    }
    if (!row.deleted && sameContent(local, server.content)) {
      // Our own earlier write whose answer was lost: the platform already has this text.
      setServerRevision(ctx, id, server.revision)
      ctx.outbox.settle('put_draft', id, row.version)
      return { copyId: null }
    }
    const copyId = row.deleted ? null : keepLocalCopy(ctx, id, local)
    ctx.outbox.dropDraft(id)
    ctx.db.prepare('UPDATE drafts SET deleted = 0 WHERE id = ?').run(id)
    ctx.drafts.internal.writeContent(id, draftContentSchema.parse(server.content), ctx.now(), false)
    setServerRevision(ctx, id, server.revision)
    return { copyId }
  })()
}

/** A push refused because the draft was filed meanwhile (elsewhere): local edits become a copy. */
export function keepEditsOfFiledDraft(ctx: SyncContext, id: string): { copyId: string | null } {
  return ctx.db.transaction(() => {
    const row = ctx.drafts.internal.row(id)
    if (!row) return { copyId: null }
    const copyId = row.deleted ? null : keepLocalCopy(ctx, id, JSON.parse(row.content) as DraftContent)
    ctx.outbox.dropDraft(id)
    // Read-only from now on; the next pull brings the platform's text and the application number.
    ctx.db.prepare(`UPDATE drafts SET deleted = 0, status = 'submitted' WHERE id = ?`).run(id)
    return { copyId }
  })()
}
