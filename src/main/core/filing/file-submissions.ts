import type { DraftContent } from '../../../shared/filing/draft-content'
import { serverCopySchema } from '../../../shared/filing/filing-api'
import type { AppError } from '../../../shared/result'
import type { Submission } from './submission-queue'
import type { SyncContext } from './sync-context'
import { stopUnlessItem } from './sync-errors'

/** How often a submission puts back a draft the platform lost before it asks the applicant. */
const MAX_REPUSHES = 5

/**
 * Files the queued submissions: the draft must be on the platform as it is here, its
 * attachments are uploaded first, then the submission is sent with the key it was stored with
 * (a resend after a crash gets the first answer back, never a second filing).
 */
export async function fileSubmissions(ctx: SyncContext): Promise<{ filed: number }> {
  const queued = ctx.submissions.queued()
  let filed = 0
  if (queued.length) ctx.emit({ type: 'progress', phase: 'submit', done: 0, total: queued.length })
  for (const [i, submission] of queued.entries()) {
    if (await fileOne(ctx, submission)) filed++
    ctx.emit({ type: 'progress', phase: 'submit', done: i + 1, total: queued.length })
  }
  return { filed }
}

async function fileOne(ctx: SyncContext, submission: Submission): Promise<boolean> {
  const draft = ctx.drafts.internal.row(submission.draftId)
  if (!draft || draft.deleted) return attention(ctx, submission, { code: 'NOT_FOUND', message: 'The draft of this submission is gone' })
  // The platform refused the draft's text itself: filing its older text instead would be wrong.
  const parked = ctx.outbox.parkedError(draft.id)
  if (parked) return attention(ctx, submission, JSON.parse(parked) as AppError)
  if (ctx.outbox.hasPending(draft.id) || draft.serverRevision === 0) return false // the next round files it, once pushed
  const content = JSON.parse(draft.content) as DraftContent
  for (const ref of content.attachments) {
    const local = ctx.attachments.get(ref.sha256)
    if (local?.uploaded) continue
    const bytes = local ? await ctx.attachments.read(ref.sha256) : undefined
    if (!local || !bytes) {
      return attention(ctx, submission, { code: 'NOT_FOUND', message: `The attachment ${ref.name} is missing on this computer`, fields: { attachments: ref.sha256 } })
    }
    const uploaded = await ctx.withAccess((token) => ctx.client.putAttachment(token, ref.sha256, bytes, local.mime))
    if (!uploaded.ok) {
      stopUnlessItem(uploaded.error)
      return attention(ctx, submission, uploaded.error)
    }
    ctx.attachments.markUploaded(ref.sha256)
  }
  // Withdrawn while the attachments went up: not sent.
  if (!ctx.submissions.recordAttempt(submission.id)) return false
  const answer = await ctx.withAccess((token) =>
    ctx.client.submit(token, { draftId: draft.id, revision: draft.serverRevision, idempotencyKey: submission.idempotencyKey })
  )
  if (!answer.ok) {
    stopUnlessItem(answer.error)
    if (answer.error.code === 'NOT_FOUND' && submission.attempts < MAX_REPUSHES) {
      // Deleted on the platform (from another computer) while this one waited to file it: put it back first.
      ctx.db.transaction(() => {
        ctx.db.prepare('UPDATE drafts SET server_revision = 0 WHERE id = ?').run(draft.id)
        ctx.outbox.append('put_draft', draft.id, draft.version, ctx.now())
      })()
      return false
    }
    if (answer.error.code === 'CONFLICT') adoptPlatformCopy(ctx, draft.id, answer.error)
    return attention(ctx, submission, answer.error)
  }
  ctx.submissions.recordFiled(submission.id, answer.value)
  ctx.emit({
    type: 'submission',
    submissionId: submission.id,
    draftId: draft.id,
    state: 'filed',
    applicationNumber: answer.value.applicationNumber,
    title: content.title
  })
  ctx.emit({ type: 'drafts_changed', ids: [draft.id] })
  return true
}

/**
 * Changed on another computer after this one submitted it: the submission waits for the
 * applicant, who now sees the platform's text (nothing local is lost: nothing was pending).
 */
function adoptPlatformCopy(ctx: SyncContext, id: string, error: AppError) {
  const server = serverCopySchema.safeParse(error.details?.server)
  if (!server.success || !server.data.content) return
  const content = server.data.content
  ctx.db.transaction(() => {
    ctx.drafts.internal.writeContent(id, content, ctx.now(), false)
    ctx.db.prepare('UPDATE drafts SET server_revision = ? WHERE id = ?').run(server.data.revision, id)
  })()
}

function attention(ctx: SyncContext, submission: Submission, error: AppError): false {
  ctx.submissions.needsAttention(submission.id, error)
  ctx.emit({ type: 'submission', submissionId: submission.id, draftId: submission.draftId, state: 'needs_attention' })
  return false
}
