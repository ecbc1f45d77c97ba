import { serverCopySchema } from '../../../shared/filing/filing-api'
import type { AppError } from '../../../shared/result'
import { keepEditsOfFiledDraft, resolveConflict } from './draft-conflicts'
import type { OutboxRow } from './outbox'
import type { SyncContext } from './sync-context'
import { stopUnlessItem } from './sync-errors'

const serverCopyOf = (error: AppError) => serverCopySchema.safeParse(error.details?.server)

/**
 * Sends the outbox to the platform, oldest first. Transient failures stop the round (the rows
 * stay, in order); a row the platform refuses for good is parked so the rest can go.
 */
export async function pushOutbox(ctx: SyncContext): Promise<{ pushed: number }> {
  const total = ctx.outbox.pendingCount()
  let done = 0
  let after = 0
  if (total) ctx.emit({ type: 'progress', phase: 'push', done, total })
  for (let row = ctx.outbox.next(); row; row = ctx.outbox.next(after)) {
    const outcome = await pushRow(ctx, row)
    // A row left in place (it waits for something) is skipped for the rest of this round.
    if (outcome === 'skipped') after = row.seq
    done++
    ctx.emit({ type: 'progress', phase: 'push', done: Math.min(done, total), total })
    if (done > total * 4 + 100) break // writes keep arriving faster than they go: the next round takes the rest
  }
  return { pushed: done }
}

async function pushRow(ctx: SyncContext, row: OutboxRow): Promise<'done' | 'skipped'> {
  switch (row.kind) {
    case 'put_draft':
      return putDraft(ctx, row)
    case 'delete_draft':
      return deleteDraft(ctx, row)
    case 'read_notice':
      return markNoticeRead(ctx, row)
  }
}

async function putDraft(ctx: SyncContext, row: OutboxRow): Promise<'done' | 'skipped'> {
  const draft = ctx.drafts.internal.row(row.target)
  if (!draft || draft.deleted) {
    ctx.outbox.remove(row.seq)
    return 'done'
  }
  const sent = { version: draft.version, baseRevision: draft.serverRevision }
  const result = await ctx.withAccess((token) =>
    ctx.client.putDraft(token, draft.id, { baseRevision: sent.baseRevision, content: JSON.parse(draft.content) })
  )
  if (result.ok) {
    ctx.db.transaction(() => {
      ctx.db.prepare('UPDATE drafts SET server_revision = ? WHERE id = ?').run(result.value.revision, draft.id)
      // Writes made while this one travelled stay queued: they are newer than what was sent.
      ctx.outbox.settle('put_draft', draft.id, sent.version)
      // Deleted while its first put travelled (nothing to tell the platform then): now there is.
      const after = ctx.drafts.internal.row(draft.id)
      if (after?.deleted && !ctx.outbox.hasPending(draft.id)) ctx.outbox.append('delete_draft', draft.id, after.version, ctx.now())
    })()
    return 'done'
  }
  stopUnlessItem(result.error)
  const { code } = result.error
  if (code === 'CONFLICT') {
    const server = serverCopyOf(result.error)
    if (!server.success) return park(ctx, row, result.error)
    const { copyId } = resolveConflict(ctx, draft.id, server.data)
    if (copyId) ctx.emit({ type: 'conflict', draftId: draft.id, copyId })
    ctx.emit({ type: 'drafts_changed', ids: copyId ? [draft.id, copyId] : [draft.id] })
    return 'done'
  }
  if (code === 'DRAFT_SUBMITTED') {
    const { copyId } = keepEditsOfFiledDraft(ctx, draft.id)
    if (copyId) ctx.emit({ type: 'conflict', draftId: draft.id, copyId })
    ctx.emit({ type: 'drafts_changed', ids: copyId ? [draft.id, copyId] : [draft.id] })
    return 'done'
  }
  if (code === 'NOT_FOUND' && sent.baseRevision > 0) {
    // The platform no longer has it (restored from a backup, say): create it again.
    ctx.db.prepare('UPDATE drafts SET server_revision = 0 WHERE id = ? AND server_revision = ?').run(draft.id, sent.baseRevision)
    return 'skipped'
  }
  return park(ctx, row, result.error)
}

async function deleteDraft(ctx: SyncContext, row: OutboxRow): Promise<'done' | 'skipped'> {
  const draft = ctx.drafts.internal.row(row.target)
  if (!draft) {
    ctx.outbox.remove(row.seq)
    return 'done'
  }
  const result = await ctx.withAccess((token) => ctx.client.deleteDraft(token, draft.id, { baseRevision: draft.serverRevision }))
  if (result.ok || (!result.ok && result.error.code === 'NOT_FOUND')) {
    // The tombstone stays for an undo (purged later). Brought back while this travelled, the
    // draft no longer has this row: its own put follows and meets the deletion as a conflict.
    ctx.outbox.remove(row.seq)
    return 'done'
  }
  stopUnlessItem(result.error)
  if (result.error.code === 'CONFLICT') {
    // Changed elsewhere after this computer last saw it: the newer text wins over the deletion.
    const server = serverCopyOf(result.error)
    if (!server.success) return park(ctx, row, result.error)
    resolveConflict(ctx, draft.id, server.data)
    ctx.emit({ type: 'drafts_changed', ids: [draft.id] })
    return 'done'
  }
  if (result.error.code === 'DRAFT_SUBMITTED') {
    keepEditsOfFiledDraft(ctx, draft.id)
    ctx.emit({ type: 'drafts_changed', ids: [draft.id] })
    return 'done'
  }
  return park(ctx, row, result.error)
}

async function markNoticeRead(ctx: SyncContext, row: OutboxRow): Promise<'done' | 'skipped'> {
  const result = await ctx.withAccess((token) => ctx.client.markNoticeRead(token, row.target))
  if (result.ok || result.error.code === 'NOT_FOUND') {
    ctx.outbox.remove(row.seq)
    return 'done'
  }
  stopUnlessItem(result.error)
  // Business closed until the profile is complete: it goes once it is.
  if (result.error.code === 'PROFILE_INCOMPLETE') return 'skipped'
  return park(ctx, row, result.error)
}

function park(ctx: SyncContext, row: OutboxRow, error: AppError): 'done' {
  ctx.outbox.park(row.seq, JSON.stringify({ code: error.code, message: error.message, fields: error.fields }))
  return 'done'
}
