import { typeDigits } from '../../../../shared/filing/application-number'
import type { ApplicationType } from '../../../../shared/filing/draft-content'
import { err, ok } from '../../../../shared/result'
import type { Handlers } from '../../ipc/dispatcher'
import { importDocx } from '../docx-import'
import { receiptPdf } from '../receipt-pdf'
import { findCjkFont } from '../system-cjk-font'
import type { FilingAccounts } from './filing-accounts'

/** Bytes as they come over IPC: base64 from the browser host's JSON, a Uint8Array from Electron's structured clone. */
const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'base64') : data)

const typeOfNumber = (number: string): ApplicationType =>
  (Object.entries(typeDigits).find(([, digit]) => String(digit) === number[4])?.[0] as ApplicationType | undefined) ?? 'invention'

/** The workspace's channels: a Word file read into sections, and a filed application's receipt as a PDF. */
export function workspaceHandlers(
  accounts: FilingAccounts,
  options: {
    /** A font that draws Chinese for the receipt, looked up at each export (a font installed meanwhile counts). */
    receiptFont?: () => Promise<Uint8Array | null>
  } = {}
): Pick<Handlers, 'importDocx' | 'receiptPdf'> {
  const receiptFont = options.receiptFont ?? (async () => (await findCjkFont())?.bytes ?? null)
  return {
    importDocx: async (input) => importDocx(bytesOf(input.data)),
    receiptPdf: async (input) => {
      const workspace = accounts.resolve(input.accountId)
      if (!workspace.ok) return workspace
      const submission = workspace.value.submissions.get(input.submissionId)
      if (!submission) return err('NOT_FOUND', 'No such submission')
      if (submission.state !== 'filed' || !submission.applicationNumber || !submission.filedAt) {
        return err('NOT_FOUND', 'This submission has not been filed yet: it has no receipt')
      }
      const draft = workspace.value.drafts.get(submission.draftId)
      const bytes = await receiptPdf(
        {
          applicationNumber: submission.applicationNumber,
          filedAt: submission.filedAt,
          // The type digit of the number says it too, should the draft be gone from this computer.
          type: draft?.content.type ?? typeOfNumber(submission.applicationNumber),
          title: draft?.content.title ?? '',
          applicants: draft?.content.applicants.map((a) => a.name) ?? [],
          receiptNoticeId: submission.receiptNoticeId,
          draftId: submission.draftId
        },
        { cjkFont: await receiptFont() }
      )
      return ok({ fileName: `receipt-${submission.applicationNumber}.pdf`, data: Buffer.from(bytes).toString('base64') })
    }
  }
}
