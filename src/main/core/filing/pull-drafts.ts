import type { DraftContent } from '../../../shared/filing/draft-content'
import type { DraftChange } from '../../../shared/filing/filing-api'
import { searchTextOf } from './draft-store'
import type { SyncContext } from './sync-context'
import { stopUnlessItem } from './sync-errors'

/**
 * Brings the platform's draft changes into the account's file, page by page; each page and the
 * cursor after it are one transaction, so a crash re-applies at most the page it interrupted.
 * A draft with local writes still queued is left alone: its push settles the difference.
 */
export async function pullDrafts(ctx: SyncContext): Promise<{ pulled: number }> {
  let pulled = 0
  for (;;) {
    const page = await ctx.withAccess((token) => ctx.client.draftChanges(token, ctx.state.cursor('drafts')))
    if (!page.ok) {
      stopUnlessItem(page.error)
      return { pulled }
    }
    const { changes, cursor, hasMore } = page.value
    const changed = ctx.db.transaction(() => {
      const ids = changes.filter((change) => applyChange(ctx, change)).map((c) => c.id)
      ctx.state.saveCursor('drafts', cursor)
      return ids
    })()
    pulled += changes.length
    if (changes.length) ctx.emit({ type: 'progress', phase: 'pull_drafts', done: pulled, total: pulled + (hasMore ? 1 : 0) })
    if (changed.length) ctx.emit({ type: 'drafts_changed', ids: changed })
    if (!hasMore || !changes.length) return { pulled }
  }
}

/** Applies one change; true when the local draft changed. */
function applyChange(ctx: SyncContext, change: DraftChange): boolean {
  const row = ctx.drafts.internal.row(change.id)
  const at = ctx.now()
  if (!row) {
    if (change.deleted || !change.content) return false
    ctx.drafts.internal.insertDraft({ id: change.id, content: change.content, serverRevision: change.revision }, at, false)
    if (change.submission) markFiled(ctx, change.id, change.content, change.submission)
    return true
  }
  if (ctx.outbox.hasPending(change.id)) return false
  if (row.deleted) {
    if (change.deleted || !change.content) return false
    if (row.serverRevision === 0) {
      // Its first put reached the platform but the answer never came back: the deletion follows it.
      ctx.db.prepare('UPDATE drafts SET server_revision = ? WHERE id = ?').run(change.revision, change.id)
      ctx.outbox.append('delete_draft', change.id, row.version, at)
      return false
    }
    // Deleted here and on the platform, then brought back there (edited on another computer):
    // the tombstone gives way, as if it had been purged already.
    ctx.db.prepare('UPDATE drafts SET deleted = 0 WHERE id = ?').run(change.id)
  }
  if (change.deleted) {
    if (row.status === 'draft' && !hasOpenSubmission(ctx, change.id)) {
      ctx.drafts.internal.purge(change.id)
      return true
    }
    // Deleted on another device while this one waits to file it: it is put back on the platform.
    ctx.db.prepare('UPDATE drafts SET server_revision = ? WHERE id = ?').run(change.revision, change.id)
    ctx.outbox.append('put_draft', change.id, row.version, at)
    return false
  }
  let changed = false
  // A draft waiting to be filed keeps the text the applicant submitted; its filing meets the newer one as a conflict.
  if (change.content && change.revision > row.serverRevision && row.status !== 'submitting') {
    ctx.drafts.internal.writeContent(change.id, change.content, at, false)
    ctx.db.prepare('UPDATE drafts SET server_revision = ? WHERE id = ?').run(change.revision, change.id)
    changed = true
  }
  if (change.submission && row.status !== 'submitted') {
    markFiled(ctx, change.id, change.content ?? (JSON.parse(row.content) as DraftContent), change.submission)
    changed = true
  }
  return changed
}

const hasOpenSubmission = (ctx: SyncContext, draftId: string) =>
  ctx.db.prepare(`SELECT 1 FROM submissions WHERE draft_id = ? AND state != 'filed' LIMIT 1`).get(draftId) !== undefined

function markFiled(ctx: SyncContext, id: string, content: DraftContent, filed: { applicationNumber: string; filedAt: string }) {
  ctx.db
    .prepare(`UPDATE drafts SET status = 'submitted', application_number = ?, filed_at = ?, search_text = ? WHERE id = ?`)
    .run(filed.applicationNumber, filed.filedAt, searchTextOf(content, filed.applicationNumber), id)
}
