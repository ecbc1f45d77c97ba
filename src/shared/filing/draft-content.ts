import { z } from 'zod'
import { idTypes } from '../identity-api'
import { attachmentMimeTypes } from './attachment-type'

/**
 * The content of a draft application (PLATFORM-API.md, "Draft content"). It checks shape only:
 * a draft is saved while it is being written, so empty strings and empty lists are fine here and
 * completeness is the pre-submission checklist's business. Unknown fields are kept.
 */

export const applicationTypes = ['invention', 'utility_model', 'design'] as const
export type ApplicationType = (typeof applicationTypes)[number]

/** The longest title a draft stores; the rules refuse one over 40 for filing, but a paste is kept to be cut down. */
export const TITLE_STORED_MAX = 500

const text = (max: number) => z.string().max(max, `at most ${max} characters`)

export const applicantSchema = z.looseObject({
  name: text(200).default(''),
  kind: z.enum(['person', 'entity']),
  idType: z.enum(idTypes).optional(),
  idNumber: text(32).optional(),
  uscc: text(32).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code').default('CN'),
  address: text(500).optional()
})
export type Applicant = z.infer<typeof applicantSchema>

export const inventorSchema = z.looseObject({
  name: text(200).default(''),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code').optional()
})

export const agencySchema = z.looseObject({
  name: text(200).default(''),
  code: text(16).default(''),
  agents: z.array(z.looseObject({ name: text(100).default(''), licenseNo: text(32).default('') })).max(20).default([])
})

export const prioritySchema = z.looseObject({
  country: text(2).default(''),
  /** YYYY-MM-DD once complete; the checklist checks it is a real date in the priority window. */
  date: text(10).default(''),
  number: text(64).default('')
})

export const attachmentKinds = ['drawing', 'abstract_drawing', 'other'] as const
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256')

export const attachmentRefSchema = z.looseObject({
  sha256: sha256Schema,
  name: text(255),
  mime: z.enum(attachmentMimeTypes),
  size: z.number().int().nonnegative(),
  kind: z.enum(attachmentKinds)
})
export type AttachmentRef = z.infer<typeof attachmentRefSchema>

/** The largest draft, as JSON: the platform takes nothing bigger, so the client saves nothing bigger. */
export const DRAFT_MAX_BYTES = 4 * 1024 * 1024

export const draftContentSchema = z
  .looseObject({
    type: z.enum(applicationTypes),
    title: text(TITLE_STORED_MAX).default(''),
    applicants: z.array(applicantSchema).max(50).default([]),
    inventors: z.array(inventorSchema).max(100).default([]),
    agency: agencySchema.optional(),
    priorities: z.array(prioritySchema).max(50).default([]),
    examinationRequested: z.boolean().optional(),
    claims: z.array(text(50_000)).max(1_000).default([]),
    description: text(2_000_000).default(''),
    abstract: text(10_000).default(''),
    attachments: z.array(attachmentRefSchema).max(500).default([])
  })
  .refine((draft) => new TextEncoder().encode(JSON.stringify(draft)).byteLength <= DRAFT_MAX_BYTES, {
    message: `the draft is larger than ${DRAFT_MAX_BYTES / 1024 / 1024} MiB`
  })
export type DraftContent = z.infer<typeof draftContentSchema>
/** What a caller may send: every defaulted field optional. */
export type DraftContentInput = z.input<typeof draftContentSchema>
