import { z } from 'zod'

/** What reading a Word file placed into a draft, and what it could not (see core/filing/docx-import.ts). */
export const importSectionKeys = ['claims', 'description', 'abstract', 'drawings'] as const

export const docxImportSchema = z.object({
  claims: z.array(z.string()),
  description: z.string(),
  abstract: z.string(),
  sections: z.array(z.enum(importSectionKeys)),
  unplaced: z.array(
    z.object({
      section: z.enum([...importSectionKeys, 'preamble']),
      kind: z.enum(['text', 'image']),
      /** The text, or the picture's type (image/png …). */
      text: z.string()
    })
  ),
  /** Claim numbers that were not 1, 2, 3 … in order (the claims are kept in document order). */
  numberingGaps: z.array(z.number())
})
export type DocxImport = z.infer<typeof docxImportSchema>
export type SectionKey = DocxImport['sections'][number]
export type Unplaced = DocxImport['unplaced'][number]

/** The largest .docx the app reads: a filing's text is far smaller; pictures make the rest. */
export const DOCX_MAX_BYTES = 20 * 1024 * 1024
