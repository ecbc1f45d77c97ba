import type { AttachmentRef } from '../../../../shared/filing/draft-content'
import { err, ok } from '../../../../shared/result'
import { onAccount, summaryView, type FilingAccounts } from './filing-accounts'

/** Bytes as they come over IPC: base64 from the browser host's JSON, a Uint8Array from Electron's structured clone. */
const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'base64') : data)

/** Files kept by SHA-256 in the account's folder, checked as the platform checks them. */
export function attachmentHandlers(accounts: FilingAccounts) {
  return onAccount<'addAttachment' | 'listAttachments' | 'attachmentPreview'>(accounts, {
    addAttachment: async (ws, input) => {
      if (input.draftId) {
        // Refused before the file is stored, so a wrong draft costs nothing.
        const target = ws.drafts.get(input.draftId)
        if (!target) return err('NOT_FOUND', 'No such draft')
        if (target.status !== 'draft') return err('DRAFT_SUBMITTED', 'This draft has been submitted and can no longer be changed')
      }
      const stored = await ws.attachments.add(bytesOf(input.data))
      if (!stored.ok) return stored
      const { sha256, size, mime, created } = stored.value
      const attachment: AttachmentRef = { sha256, size, mime, name: input.name, kind: input.kind }
      if (!input.draftId) return ok({ attachment, created, draft: null })
      const draft = ws.drafts.get(input.draftId)
      if (!draft) return err('NOT_FOUND', 'No such draft')
      const listed = draft.content.attachments
      if (listed.some((a) => a.sha256 === sha256 && a.kind === input.kind)) return ok({ attachment, created, draft: summaryView(draft) })
      const updated = ws.drafts.update(draft.id, { patch: { attachments: [...listed, attachment] } })
      if (!updated.ok) return updated
      ws.changed()
      return ok({ attachment, created, draft: summaryView(updated.value) })
    },
    listAttachments: async (ws, input) => {
      const draft = ws.drafts.get(input.draftId)
      if (!draft) return err('NOT_FOUND', 'No such draft')
      return ok({
        items: draft.content.attachments.map((ref) => {
          const local = ws.attachments.get(ref.sha256)
          return { ...ref, held: local !== undefined, uploaded: local?.uploaded ?? false }
        })
      })
    },
    attachmentPreview: async (ws, input) => {
      const stored = ws.attachments.get(input.sha256)
      if (!stored) return err('NOT_FOUND', 'This computer does not hold that attachment')
      if (!stored.mime.startsWith('image/')) return err('UNSUPPORTED_TYPE', 'Only images have a preview')
      const bytes = await ws.attachments.read(input.sha256)
      if (!bytes) return err('NOT_FOUND', 'The file is missing or damaged on this computer')
      return ok({ sha256: stored.sha256, mime: stored.mime, size: stored.size, data: Buffer.from(bytes).toString('base64') })
    }
  })
}
