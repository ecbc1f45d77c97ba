import { z } from 'zod'
import { DOCX_MAX_BYTES, docxImportSchema } from './docx-import-result'

/**
 * Channels of the filing workspace beyond the core's drafts and submissions: reading a Word
 * file into a draft's sections, and a filed application's receipt as a PDF. Spread into
 * `contract` in ipc-contract.ts.
 */
const accountIdSchema = z.string().trim().min(1, 'required').max(128, 'too_long')

export const workspaceChannels = {
  /**
   * Reads a .docx (base64, or bytes over Electron IPC) and answers what it would place in
   * claims, description and abstract, and what it could not place. Nothing is saved: the
   * editor asks before replacing text.
   */
  importDocx: {
    input: z
      .object({
        data: z.union([
          z.base64('invalid_format').max(Math.ceil(DOCX_MAX_BYTES / 3) * 4, 'too_long'),
          z.instanceof(Uint8Array).refine((b) => b.byteLength <= DOCX_MAX_BYTES, 'too_long')
        ])
      })
      .strict(),
    output: docxImportSchema
  },
  /** The receipt of a filed submission as a PDF (base64), with a file name to save it under. */
  receiptPdf: {
    input: z.object({ accountId: accountIdSchema.optional(), submissionId: z.string().trim().min(1, 'required').max(64, 'too_long') }).strict(),
    output: z.object({ fileName: z.string(), data: z.string() })
  }
} as const
