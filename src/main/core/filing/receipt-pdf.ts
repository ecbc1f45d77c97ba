import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib'
import type { ApplicationType } from '../../../shared/filing/draft-content'

/**
 * The filing receipt as a PDF the applicant can keep or print. The office's receipt notice is
 * the authoritative record; this is its printable copy.
 *
 * Only pdf-lib's standard fonts are used: embedding a CJK font needs @pdf-lib/fontkit, which the
 * app does not ship. So the fields are printed in Latin script, and any Chinese text (a title, an
 * applicant's name) is left out with a note pointing to the receipt notice, which keeps it.
 */
export type ReceiptFields = {
  applicationNumber: string
  /** ISO timestamp of the filing. */
  filedAt: string
  type: ApplicationType
  title: string
  applicants: string[]
  receiptNoticeId?: string | null
  draftId: string
}

const typeNames: Record<ApplicationType, string> = {
  invention: 'Invention patent',
  utility_model: 'Utility model patent',
  design: 'Design patent'
}

/** Text the standard fonts can draw (WinAnsi); anything else marks the field as not printable. */
const printable = (font: PDFFont, text: string): string | null => {
  try {
    font.encodeText(text)
    font.widthOfTextAtSize(text, 10)
    return text
  } catch {
    return null
  }
}

export async function receiptPdf(fields: ReceiptFields): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Filing receipt ${fields.applicationNumber}`)
  pdf.setProducer('PatentDesk')
  pdf.setCreationDate(new Date(fields.filedAt))
  const page = pdf.addPage([595.28, 841.89]) // A4
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  let y = 780
  const line = (label: string, value: string, size = 11) => {
    page.drawText(label, { x: 56, y, size, font: bold, color: rgb(0.3, 0.3, 0.3) })
    page.drawText(value, { x: 200, y, size, font: regular })
    y -= size + 12
  }
  let omitted = false
  const maybe = (text: string) => {
    const shown = printable(regular, text)
    if (shown === null) omitted = true
    return shown ?? '(in Chinese: see the receipt notice)'
  }

  page.drawText('Filing receipt', { x: 56, y, size: 20, font: bold })
  y -= 40
  line('Application number', fields.applicationNumber, 14)
  line('Filing date', fields.filedAt.slice(0, 10))
  line('Filed at (UTC)', fields.filedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''))
  line('Type', typeNames[fields.type])
  line('Title', maybe(fields.title))
  fields.applicants.forEach((name, i) => line(i === 0 ? 'Applicants' : '', maybe(name)))
  if (fields.receiptNoticeId) line('Receipt notice', fields.receiptNoticeId)
  line('Draft', fields.draftId)
  y -= 12
  if (omitted) {
    page.drawText('Chinese text is kept in the receipt notice in PatentDesk; this copy prints Latin script only.', {
      x: 56,
      y,
      size: 9,
      font: regular,
      color: rgb(0.4, 0.4, 0.4)
    })
  }
  return pdf.save()
}
