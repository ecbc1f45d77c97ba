import { z } from 'zod'
import { appErrorSchema } from '../result'
import { ATTACHMENT_MAX_BYTES, attachmentMimeTypes } from './attachment-type'
import { applicationTypes, attachmentKinds, attachmentRefSchema, draftContentSchema, sha256Schema } from './draft-content'
import { noticeKinds, noticeSchema } from './filing-api'

/**
 * The filing half of the IPC contract (spread into `contract` and `events` in ipc-contract.ts):
 * drafts, conflicts, attachments, submissions, notices and sync, each call made for one open
 * account. `accountId` is optional everywhere: without it the call acts on the current account.
 * Paths in a draft's VALIDATION `fields` are relative to the draft's content (`title`,
 * `applicants.0.idNumber`), the same paths the checklist reports.
 */

const accountIdSchema = z.string().trim().min(1, 'required').max(128, 'too_long')
const forAccount = <S extends z.ZodRawShape>(shape: S) => z.object({ accountId: accountIdSchema.optional(), ...shape }).strict()
const localId = z.string().trim().min(1, 'required').max(64, 'too_long')
const page = { limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) }

/**
 * Where a draft stands, one value for lists and badges: being written (`draft`), waiting to be
 * filed (`queued`), filed (`filed`), a conflict copy or the draft it was kept beside
 * (`conflict`), or refused by the platform and waiting for the applicant (`needs_attention`).
 */
export const draftStates = ['draft', 'queued', 'filed', 'conflict', 'needs_attention'] as const
export type DraftState = (typeof draftStates)[number]

export const draftSummarySchema = z.object({
  id: z.string(),
  type: z.enum(applicationTypes),
  title: z.string(),
  state: z.enum(draftStates),
  /** Changes with every local write; an update may name it as `baseVersion`. */
  version: z.number().int(),
  /** Every local change is on the platform. */
  synced: z.boolean(),
  /** Why the platform refused this draft's last change (the change is kept here). */
  syncError: appErrorSchema.nullable(),
  /** On a conflict copy: the draft whose platform version took this text's place. */
  conflictOf: z.string().nullable(),
  applicationNumber: z.string().nullable(),
  filedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type DraftSummaryView = z.infer<typeof draftSummarySchema>
export const draftViewSchema = draftSummarySchema.extend({ content: draftContentSchema })
export type DraftViewOutput = z.infer<typeof draftViewSchema>

const findingSchema = z.object({ code: z.string(), path: z.string(), severity: z.enum(['error', 'warning']), message: z.string() })

/** At most this many bytes of a file, base64 or raw, are accepted over IPC (the store checks the exact limit). */
const ATTACHMENT_WIRE_MAX = ATTACHMENT_MAX_BYTES + 1024
const attachmentBytesSchema = z.union([
  z.base64('invalid_format').max(Math.ceil(ATTACHMENT_WIRE_MAX / 3) * 4, 'too_long'),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= ATTACHMENT_WIRE_MAX, 'too_long')
])

export const submissionStates = ['queued', 'filed', 'needs_attention'] as const
export const submissionViewSchema = z.object({
  id: z.string(),
  draftId: z.string(),
  /** The draft's title and type now (null when the draft is gone). */
  title: z.string().nullable(),
  type: z.enum(applicationTypes).nullable(),
  state: z.enum(submissionStates),
  attempts: z.number().int(),
  /** Why it needs attention: the platform's refusal, `fields` naming what to fix. */
  error: appErrorSchema.nullable(),
  applicationNumber: z.string().nullable(),
  filedAt: z.string().nullable(),
  receiptNoticeId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type SubmissionView = z.infer<typeof submissionViewSchema>
export type SubmissionState = SubmissionView['state']

export const noticeViewSchema = noticeSchema.extend({
  /** Days from the office's today to `dueDate` (negative once it has passed); null without a due date. */
  daysLeft: z.number().int().nullable()
})

export const syncStates = ['synced', 'syncing', 'offline', 'conflict'] as const
export const syncStatusSchema = z.object({
  accountId: z.string(),
  /** `conflict`: synced, but conflict copies wait for the applicant to keep one version or both. */
  state: z.enum(syncStates),
  signedIn: z.boolean(),
  lastSyncedAt: z.string().nullable(),
  /** While offline: when the next attempt is due, and what failed. */
  retryAt: z.string().nullable(),
  error: appErrorSchema.nullable(),
  /** Local changes not yet on the platform, and submissions waiting to be filed. */
  pendingChanges: z.number().int(),
  queuedSubmissions: z.number().int(),
  conflicts: z.number().int()
})
export type SyncStatusView = z.infer<typeof syncStatusSchema>

export const filingChannels = {
  /** A new, empty draft of an application type (the editor fills it by updates). */
  createDraft: {
    input: forAccount({ type: z.enum(applicationTypes), title: z.string().max(500, 'too_long').optional() }),
    output: draftViewSchema
  },
  getDraft: { input: forAccount({ id: localId }), output: draftViewSchema },
  /**
   * Saves the whole content or a JSON merge patch of it (arrays replace) in one transaction, as
   * the draft's next version. With `baseVersion`, a draft changed meanwhile (by a sync) answers
   * CONFLICT instead of overwriting the change. Answers the summary, not the content.
   */
  updateDraft: {
    input: forAccount({
      id: localId,
      content: z.record(z.string(), z.unknown()).optional(),
      patch: z.record(z.string(), z.unknown()).optional(),
      baseVersion: z.number().int().min(1).optional()
    }).superRefine((input, ctx) => {
      if ((input.content === undefined) === (input.patch === undefined)) {
        ctx.addIssue({ code: 'custom', path: [input.content === undefined ? 'content' : 'patch'], message: input.content === undefined ? 'required' : 'must_be_empty' })
      }
    }),
    output: draftSummarySchema
  },
  /** Deletes a draft being written (a filed or queued one is refused with DRAFT_SUBMITTED). */
  deleteDraft: { input: forAccount({ id: localId }), output: z.object({ deleted: z.literal(true) }) },
  /**
   * Undoes a deletion: the same draft (id, versions, attachments) is back and synced again.
   * NOT_FOUND when the draft is not deleted, or was deleted too long ago to come back.
   */
  restoreDraft: { input: forAccount({ id: localId }), output: draftViewSchema },
  /** A new draft with the same content (a filed one included), to start a similar application. */
  duplicateDraft: { input: forAccount({ id: localId }), output: draftViewSchema },
  /** Search (all words, in title, applicants, inventors, application number), filters, paging. */
  listDrafts: {
    input: forAccount({
      search: z.string().max(200, 'too_long').optional(),
      type: z.enum(applicationTypes).optional(),
      state: z.enum(draftStates).optional(),
      sort: z.enum(['updatedAt', 'createdAt', 'title']).default('updatedAt'),
      order: z.enum(['asc', 'desc']).optional(),
      ...page
    }),
    output: z.object({ items: z.array(draftSummarySchema), total: z.number().int() })
  },
  /** The kept versions (the last 20), newest first. */
  draftVersions: {
    input: forAccount({ id: localId }),
    output: z.object({
      versions: z.array(
        z.object({
          version: z.number().int(),
          savedAt: z.string(),
          title: z.string(),
          /** Sizes that tell versions apart: counts of list items, characters of texts. */
          applicants: z.number().int(),
          claims: z.number().int(),
          descriptionLength: z.number().int(),
          abstractLength: z.number().int(),
          attachments: z.number().int()
        })
      )
    })
  },
  /** Saves a kept version as the draft's next one (nothing is overwritten: the current one stays in the history). */
  restoreDraftVersion: { input: forAccount({ id: localId, version: z.number().int().min(1) }), output: draftViewSchema },
  /**
   * The shared pre-submission checklist on the saved draft, with the office's today and the
   * attachments this computer holds. `onSubmit` says what Submit would do now.
   */
  draftChecklist: {
    input: forAccount({ id: localId }),
    output: z.object({
      passes: z.boolean(),
      errors: z.array(findingSchema),
      warnings: z.array(findingSchema),
      onSubmit: z.enum(['file_now', 'queue_until_online'])
    })
  },
  /** Both versions of a conflict: `id` is the conflict copy or the draft it was kept beside (its newest copy). */
  draftConflict: {
    input: forAccount({ id: localId }),
    output: z.object({ server: draftViewSchema.nullable(), local: draftViewSchema })
  },
  /**
   * Ends a conflict: `server` deletes the local copy, `local` saves its text as the draft's next
   * version and deletes the copy, `both` keeps the copy as a draft of its own.
   */
  resolveDraftConflict: {
    input: forAccount({ id: localId, keep: z.enum(['local', 'server', 'both']) }),
    output: z.object({ kept: z.array(draftSummarySchema) })
  },
  /**
   * Stores a file (base64, or bytes over Electron IPC) by its SHA-256 after the same size and
   * type checks as the platform (TOO_LARGE, UNSUPPORTED_TYPE); with `draftId`, also adds it to
   * that draft's attachments.
   */
  addAttachment: {
    input: forAccount({
      name: z.string().trim().min(1, 'required').max(255, 'too_long'),
      kind: z.enum(attachmentKinds),
      data: attachmentBytesSchema,
      draftId: localId.optional()
    }),
    output: z.object({ attachment: attachmentRefSchema, created: z.boolean(), draft: draftSummarySchema.nullable() })
  },
  /** A draft's attachments, each with whether this computer holds the file and whether the platform has it. */
  listAttachments: {
    input: forAccount({ draftId: localId }),
    output: z.object({ items: z.array(attachmentRefSchema.extend({ held: z.boolean(), uploaded: z.boolean() })) })
  },
  /** An image attachment's bytes (base64) for a preview; PDF answers UNSUPPORTED_TYPE. */
  attachmentPreview: {
    input: forAccount({ sha256: sha256Schema }),
    output: z.object({ sha256: z.string(), mime: z.enum(attachmentMimeTypes), size: z.number().int(), data: z.string() })
  },
  /**
   * Queues the draft for filing (checklist errors answer VALIDATION with their fields and
   * rules). Signed in and the platform answering: it is filed before the answer (`filed`);
   * otherwise it waits (`queued`, with the reason) and is filed by the sync once possible.
   */
  submitDraft: {
    input: forAccount({ draftId: localId }),
    output: z.object({
      outcome: z.enum(['filed', 'queued', 'needs_attention']),
      reason: z.enum(['offline', 'signed_out']).nullable(),
      submission: submissionViewSchema
    })
  },
  /**
   * Withdraws a submission not yet sent (or refused): the draft is editable again. One already
   * sent may have been filed: SUBMISSION_SENT.
   */
  cancelSubmission: { input: forAccount({ id: localId }), output: z.object({ cancelled: z.literal(true), draft: draftSummarySchema.nullable() }) },
  listSubmissions: {
    input: forAccount({ state: z.enum(submissionStates).optional(), ...page }),
    output: z.object({ items: z.array(submissionViewSchema), total: z.number().int() })
  },
  /** Notices kept on this computer; `urgency` puts the nearest due date first (passed ones first of all). */
  listNotices: {
    input: forAccount({
      unreadOnly: z.boolean().default(false),
      kind: z.enum(noticeKinds).optional(),
      withDueDate: z.boolean().default(false),
      applicationNumber: z.string().max(32, 'too_long').optional(),
      sort: z.enum(['newest', 'urgency']).default('newest'),
      ...page
    }),
    output: z.object({ items: z.array(noticeViewSchema), total: z.number().int(), unread: z.number().int() })
  },
  getNotice: { input: forAccount({ id: localId }), output: noticeViewSchema },
  /** Read here at once, told to the platform by the next sync. */
  markNoticeRead: { input: forAccount({ id: localId }), output: z.object({ read: z.literal(true), unread: z.number().int() }) },
  /** Unread notices of every open account (the account switcher's badges). */
  unreadCounts: {
    input: z.object({}).strict().default({}),
    output: z.object({ accounts: z.array(z.object({ accountId: z.string(), unread: z.number().int() })) })
  },
  /**
   * Deadlines of every open account, due within the next `days` or passed within the last
   * `pastDays` (0: none), nearest first: an agency's morning view.
   */
  deadlineAgenda: {
    input: z
      .object({ days: z.number().int().min(1).max(366).default(60), pastDays: z.number().int().min(0).max(366).default(30) })
      .strict()
      .default({ days: 60, pastDays: 30 }),
    output: z.object({
      today: z.string(),
      items: z.array(
        z.object({
          accountId: z.string(),
          noticeId: z.string(),
          kind: z.enum(noticeKinds),
          title: z.string(),
          dueDate: z.string(),
          daysLeft: z.number().int(),
          applicationNumber: z.string().nullable(),
          read: z.boolean()
        })
      )
    })
  },
  syncStatus: { input: forAccount({}), output: syncStatusSchema },
  /** Runs a sync round now (joining one already running) and answers the status after it. */
  syncNow: { input: forAccount({}), output: syncStatusSchema }
} as const

export const filingEvents = {
  /** Per account, at each step of a round and at each change of state; `done`/`total` count the current phase. */
  syncProgress: z.object({
    accountId: z.string(),
    state: z.enum(syncStates),
    phase: z.enum(['push', 'submit', 'pull_drafts', 'pull_notices']).nullable(),
    done: z.number().int().min(0),
    total: z.number().int().min(0)
  }),
  /** New notices pulled from the platform (a desktop notification's matter). */
  noticesArrived: z.object({
    accountId: z.string(),
    count: z.number().int().min(1),
    unread: z.number().int().min(0),
    notices: z.array(z.object({ id: z.string(), kind: z.enum(noticeKinds), title: z.string(), dueDate: z.string().optional() }))
  }),
  /** A queued submission the platform filed, with its application number (announced once, when notifications are on). */
  submissionFiled: z.object({
    accountId: z.string(),
    submissionId: z.string(),
    draftId: z.string(),
    applicationNumber: z.string(),
    title: z.string()
  }),
  /**
   * Drafts changed by something other than the renderer's own calls: a sync (pulled from the
   * platform, filed), a conflict (the ids include the new copy), a submission filed or refused.
   */
  draftChanged: z.object({
    accountId: z.string(),
    ids: z.array(z.string()).min(1),
    reason: z.enum(['synced', 'conflict', 'submission'])
  })
} as const
