import type { DraftContent } from '../../src/shared/filing/draft-content'
import type { NoticeKind, ServerCopy, SubmissionReceipt } from '../../src/shared/filing/filing-api'

/**
 * The filing half of the platform's storage: drafts, attachments, submissions, notices. Every
 * method returns a promise so that a networked database can implement it; each one is a single
 * atomic step (compare-and-set on a revision, allocate-and-file), so routes never hold a
 * transaction across an await.
 */

export type DraftRecord = {
  id: string
  accountId: string
  revision: number
  deleted: boolean
  content: DraftContent | null
  updatedAt: string
  submission: { applicationNumber: string; filedAt: string } | null
}

export type DraftChangeRecord = Omit<DraftRecord, 'accountId'> & { seq: number }

/** Outcomes a route turns into status codes; "not_found" covers another account's draft too. */
export type PutDraftOutcome =
  | { kind: 'saved'; revision: number }
  | { kind: 'not_found' }
  | { kind: 'submitted' }
  | { kind: 'conflict'; server: ServerCopy }
export type DeleteDraftOutcome = { kind: 'deleted' } | { kind: 'not_found' } | { kind: 'submitted' } | { kind: 'conflict'; server: ServerCopy }

export type FileSubmissionInput = {
  accountId: string
  draftId: string
  revision: number
  idempotencyKey: string
  /** The office's year of filing and the application's type digit: the number series drawn from. */
  year: number
  typeDigit: number
  filedAt: string
  /** Formats the number once it is drawn. */
  formatNumber: (serial: number) => string
  /** The receipt notice's words, once the number is known. */
  receipt: (applicationNumber: string) => { title: string; body: string }
}
export type FileSubmissionOutcome =
  | { kind: 'filed'; receipt: SubmissionReceipt; replayed: boolean }
  | { kind: 'not_found' }
  | { kind: 'submitted' }
  | { kind: 'conflict'; server: ServerCopy }
  /** The key was used for another draft: a client error, never a second filing. */
  | { kind: 'key_reused' }

export type AttachmentRecord = { sha256: string; size: number; mime: string }

export type NewNotice = {
  id: string
  accountId: string
  kind: NoticeKind
  title: string
  body: string
  issuedAt: string
  dueDate?: string
  applicationNumber?: string
}
export type NoticeRecord = Omit<NewNotice, 'accountId'> & { read: boolean; seq: number }

export interface FilingStore {
  /** The draft with this id, whoever owns it (ids are client-made UUIDs, unique platform-wide). */
  findDraft(id: string): Promise<DraftRecord | undefined>
  /** Creates (base 0) or replaces the draft when `baseRevision` is still its revision. */
  putDraft(input: { accountId: string; id: string; baseRevision: number; content: DraftContent; at: string }): Promise<PutDraftOutcome>
  deleteDraft(input: { accountId: string; id: string; baseRevision: number; at: string }): Promise<DeleteDraftOutcome>
  /** The account's drafts changed after `afterSeq`, oldest change first. */
  draftChanges(accountId: string, afterSeq: number, limit: number): Promise<DraftChangeRecord[]>

  /**
   * Files a draft at `revision` in one step: replays the answer of an earlier filing under the
   * same key, or draws the next number of its series, records the submission, freezes the draft
   * and issues the receipt notice — all or nothing.
   */
  fileSubmission(input: FileSubmissionInput): Promise<FileSubmissionOutcome>

  /** Stores the bytes for the account; `created` is false when the account already had them. */
  putAttachment(input: { accountId: string; sha256: string; mime: string; bytes: Uint8Array; at: string }): Promise<{ created: boolean }>
  attachmentBytes(accountId: string, sha256: string): Promise<(AttachmentRecord & { bytes: Uint8Array }) | undefined>
  /** Which of `sha256s` the account holds. */
  heldAttachments(accountId: string, sha256s: readonly string[]): Promise<Set<string>>

  addNotice(notice: NewNotice): Promise<void>
  /** The account's notices after `afterSeq`, oldest first. */
  noticesSince(accountId: string, afterSeq: number, limit: number): Promise<NoticeRecord[]>
  markNoticeRead(accountId: string, id: string, at: string): Promise<boolean>

  close(): Promise<void>
}
