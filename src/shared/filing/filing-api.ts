import { z } from 'zod'
import { attachmentMimeTypes } from './attachment-type'
import { draftContentSchema, sha256Schema } from './draft-content'

/** Schemas of the filing half of the platform API (PLATFORM-API.md, "Filing"), shared by the server and the client. */

export const filingPaths = {
  drafts: '/api/v1/drafts',
  draft: '/api/v1/drafts/:id',
  submissions: '/api/v1/submissions',
  attachment: '/api/v1/attachments/:sha256',
  notices: '/api/v1/notices',
  noticeRead: '/api/v1/notices/:id/read'
} as const

/** A position in a change feed, as the platform last answered it; absent means "from the start". */
export const cursorSchema = z.string().regex(/^\d{1,15}$/, 'a cursor from an earlier answer')
export const sinceQuerySchema = z.object({ since: cursorSchema.optional() })

export const draftIdSchema = z.uuid('a UUID made by the client')
export const revisionSchema = z.number().int().nonnegative()

export const putDraftRequestSchema = z.object({ baseRevision: revisionSchema, content: draftContentSchema })
export const putDraftResponseSchema = z.object({ revision: revisionSchema })
export const deleteDraftRequestSchema = z.object({ baseRevision: revisionSchema })

export const submissionSummarySchema = z.object({ applicationNumber: z.string(), filedAt: z.string() })

export const draftChangeSchema = z.object({
  id: z.string(),
  revision: revisionSchema,
  deleted: z.boolean(),
  content: draftContentSchema.nullable(),
  updatedAt: z.string(),
  /** Set once the draft is filed: it is read-only from then on, on every device. */
  submission: submissionSummarySchema.nullable().optional()
})
export type DraftChange = z.infer<typeof draftChangeSchema>

export const draftChangesResponseSchema = z.object({
  changes: z.array(draftChangeSchema),
  cursor: cursorSchema,
  /** More changes wait after this page: ask again with the new cursor. */
  hasMore: z.boolean().optional()
})

/** The platform's copy of a draft, sent with 409 CONFLICT so the client can keep both. */
export const serverCopySchema = z.object({
  revision: revisionSchema,
  content: draftContentSchema.nullable(),
  deleted: z.boolean().optional()
})
export type ServerCopy = z.infer<typeof serverCopySchema>

export const submissionRequestSchema = z.object({
  draftId: draftIdSchema,
  revision: revisionSchema.min(1),
  idempotencyKey: z.string().trim().min(1, 'required').max(128)
})
export type SubmissionRequest = z.infer<typeof submissionRequestSchema>

export const submissionResponseSchema = z.object({
  applicationNumber: z.string(),
  filedAt: z.string(),
  receiptNoticeId: z.string()
})
export type SubmissionReceipt = z.infer<typeof submissionResponseSchema>

/** A failing checklist rule in a 422 answer to a submission. */
export const ruleFindingSchema = z.object({ code: z.string(), path: z.string(), severity: z.enum(['error', 'warning']) })

export const attachmentParamsSchema = z.object({ sha256: sha256Schema })
export const attachmentResponseSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
  mime: z.enum(attachmentMimeTypes)
})

export const noticeKinds = ['receipt', 'correction', 'acceptance', 'fee', 'grant', 'rejection', 'other'] as const
export type NoticeKind = (typeof noticeKinds)[number]

export const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(noticeKinds),
  title: z.string(),
  body: z.string(),
  issuedAt: z.string(),
  /** The last day to answer (a correction notice's deadline), YYYY-MM-DD. */
  dueDate: z.string().optional(),
  applicationNumber: z.string().optional(),
  read: z.boolean()
})
export type Notice = z.infer<typeof noticeSchema>

export const noticesResponseSchema = z.object({
  notices: z.array(noticeSchema),
  cursor: cursorSchema,
  hasMore: z.boolean().optional()
})
