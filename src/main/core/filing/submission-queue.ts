import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { fieldsOf, runChecklist } from '../../../shared/filing/checklist'
import type { DraftContent } from '../../../shared/filing/draft-content'
import type { SubmissionReceipt } from '../../../shared/filing/filing-api'
import type { SubmissionState, SubmissionView } from '../../../shared/filing/filing-channels'
import { officeDate } from '../../../shared/filing/office-date'
import { err, ok, type AppError, type Result } from '../../../shared/result'
import type { AttachmentStore } from './attachment-store'
import { searchTextOf, type DraftStore } from './draft-store'

export type { SubmissionState }
/** A submission as the queue keeps it: the view's fields without the draft's, and the key that files it once. */
export type Submission = Omit<SubmissionView, 'title' | 'type'> & { idempotencyKey: string }
type SubmissionRow = Omit<Submission, 'error'> & { error: string | null }

const columns = `id, draft_id AS draftId, idempotency_key AS idempotencyKey, state, attempts, error,
  application_number AS applicationNumber, filed_at AS filedAt, receipt_notice_id AS receiptNoticeId,
  created_at AS createdAt, updated_at AS updatedAt`
const toSubmission = (row: SubmissionRow): Submission => ({ ...row, error: row.error ? (JSON.parse(row.error) as AppError) : null })

/**
 * Submissions, stored with their idempotency key before anything is sent, so that however often
 * the app dies between Submit and the platform's answer, the platform files the draft once. A
 * submission the platform refuses for good waits as "needs attention"; it never disappears.
 */
export function createSubmissionQueue(db: Database, drafts: DraftStore, attachments: AttachmentStore, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date())
  const q = {
    insert: db.prepare(`INSERT INTO submissions (id, draft_id, idempotency_key, state, created_at, updated_at)
      VALUES (?, ?, ?, 'queued', ?, ?)`),
    get: db.prepare<[string], SubmissionRow>(`SELECT ${columns} FROM submissions WHERE id = ?`),
    openFor: db.prepare<[string], SubmissionRow>(`SELECT ${columns} FROM submissions WHERE draft_id = ? AND state != 'filed'`),
    queued: db.prepare<[], SubmissionRow>(`SELECT ${columns} FROM submissions WHERE state = 'queued' ORDER BY created_at, id`),
    all: db.prepare<[], SubmissionRow>(`SELECT ${columns} FROM submissions ORDER BY created_at DESC, id`),
    setState: db.prepare('UPDATE submissions SET state = ?, error = ?, updated_at = ? WHERE id = ?'),
    attempt: db.prepare(`UPDATE submissions SET attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'queued'`),
    remove: db.prepare('DELETE FROM submissions WHERE id = ?'),
    filed: db.prepare(`UPDATE submissions SET state = 'filed', error = NULL, application_number = @applicationNumber,
      filed_at = @filedAt, receipt_notice_id = @receiptNoticeId, updated_at = @at WHERE id = @id`),
    draftStatus: db.prepare('UPDATE drafts SET status = ? WHERE id = ?'),
    draftFiled: db.prepare(`UPDATE drafts SET status = 'submitted', application_number = ?, filed_at = ?, search_text = ? WHERE id = ?`)
  }

  /** The same checklist the platform runs, against the attachments this computer holds. */
  function check(content: DraftContent): Result<null> {
    const result = runChecklist(content, {
      today: officeDate(now()),
      knownAttachments: attachments.held(content.attachments.map((a) => a.sha256))
    })
    if (result.passes) return ok(null)
    return err('VALIDATION', `The application is not ready to file: ${result.errors.map((e) => e.code).join(', ')}`, {
      fields: fieldsOf(result.errors),
      rules: result.errors.map((e) => e.code)
    })
  }

  const submit = db.transaction((draftId: string): Result<Submission> => {
    const draft = drafts.get(draftId)
    if (!draft) return err('NOT_FOUND', 'No such draft')
    if (draft.status !== 'draft') return err('DRAFT_SUBMITTED', 'This draft has already been submitted')
    const checked = check(draft.content)
    if (!checked.ok) return checked
    const id = randomUUID()
    const at = now().toISOString()
    const earlier = q.openFor.get(draftId)
    // A submission that needed attention is sent again under its own key: the platform kept nothing of a refusal.
    if (earlier) q.setState.run('queued', null, at, earlier.id)
    else q.insert.run(id, draftId, randomUUID(), at, at)
    q.draftStatus.run('submitting', draftId)
    return ok(toSubmission(q.get.get(earlier?.id ?? id)!))
  })

  const recordFiled = db.transaction((id: string, receipt: SubmissionReceipt) => {
    const submission = q.get.get(id)!
    q.filed.run({ id, ...receipt, at: now().toISOString() })
    const draft = drafts.internal.row(submission.draftId)
    const searchText = draft ? searchTextOf(JSON.parse(draft.content) as DraftContent, receipt.applicationNumber) : ''
    q.draftFiled.run(receipt.applicationNumber, receipt.filedAt, searchText, submission.draftId)
  })

  const needsAttention = db.transaction((id: string, error: AppError) => {
    const submission = q.get.get(id)
    if (!submission) return // withdrawn while its attachments were uploading
    q.setState.run('needs_attention', JSON.stringify(error), now().toISOString(), id)
    // The applicant has to act (fix the draft, complete the profile): the draft is editable again.
    q.draftStatus.run('draft', submission.draftId)
  })

  /**
   * Withdraws a submission never sent (no attempt counted) or refused. A sending counts its
   * attempt synchronously before the request leaves, so a cancel either comes first and the
   * sync skips the submission, or comes after and is refused: never both filed and withdrawn.
   */
  const cancel = db.transaction((id: string): Result<{ draftId: string }> => {
    const submission = q.get.get(id)
    if (!submission) return err('NOT_FOUND', 'No such submission')
    if (submission.state === 'filed') return err('DRAFT_SUBMITTED', 'This application has been filed')
    if (submission.state === 'queued' && submission.attempts > 0) {
      return err('SUBMISSION_SENT', 'This submission has been sent to the platform and may have been filed; wait for its answer')
    }
    q.remove.run(id)
    q.draftStatus.run('draft', submission.draftId)
    return ok({ draftId: submission.draftId })
  })

  return {
    /** Queues the draft for filing, offline or not; it becomes read-only until the platform answers. */
    submit: (draftId: string): Result<Submission> => submit(draftId),
    list: () => q.all.all().map(toSubmission),
    get: (id: string) => {
      const row = q.get.get(id)
      return row ? toSubmission(row) : undefined
    },
    queued: () => q.queued.all().map(toSubmission),
    /**
     * Counts a sending, right before the request goes out; false when the submission is no
     * longer queued (withdrawn meanwhile), and then it must not be sent.
     */
    recordAttempt: (id: string): boolean => q.attempt.run(now().toISOString(), id).changes === 1,
    cancel: (id: string): Result<{ draftId: string }> => cancel(id),
    recordFiled: (id: string, receipt: SubmissionReceipt) => recordFiled(id, receipt),
    needsAttention: (id: string, error: AppError) => needsAttention(id, error)
  }
}
export type SubmissionQueue = ReturnType<typeof createSubmissionQueue>
