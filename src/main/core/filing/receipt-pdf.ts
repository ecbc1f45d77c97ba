import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import type { ApplicationType } from '../../../shared/filing/draft-content'
import { officeDate } from '../../../shared/filing/office-date'
import { cjkFontkit } from './cjk-fontkit'

/**
 * The filing receipt as a PDF the applicant can keep or print. The office's receipt notice is
 * the authoritative record; this is its printable copy.
 *
 * With a font that draws Chinese (a system font, see system-cjk-font.ts) the labels are in
 * Chinese and English and the title and applicants print as written; only the characters it
 * uses are embedded. Without one, pdf-lib's standard fonts print Latin script only: the labels
 * are in English, and Chinese text is left out with a note pointing to the receipt notice.
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

export type ReceiptOptions = {
  /** Bytes of a TrueType font (or collection) that draws Chinese; null or absent: Latin only. */
  cjkFont?: Uint8Array | null
}

type Words = { zh: string; en: string }

const labels = {
  heading: { zh: '专利申请回执', en: 'Filing receipt' },
  applicationNumber: { zh: '申请号', en: 'Application number' },
  filingDate: { zh: '申请日', en: 'Filing date' },
  filedAt: { zh: '提交时间（UTC）', en: 'Filed at (UTC)' },
  type: { zh: '专利类型', en: 'Type' },
  title: { zh: '发明创造名称', en: 'Title' },
  applicants: { zh: '申请人', en: 'Applicants' },
  receiptNotice: { zh: '受理通知书', en: 'Receipt notice' },
  draft: { zh: '草稿', en: 'Draft' }
} satisfies Record<string, Words>

const typeNames: Record<ApplicationType, Words> = {
  invention: { zh: '发明专利', en: 'Invention patent' },
  utility_model: { zh: '实用新型专利', en: 'Utility model patent' },
  design: { zh: '外观设计专利', en: 'Design patent' }
}

const notes = {
  copy: {
    zh: '本回执为打印副本，以 PatentDesk 中的受理通知书为准。',
    en: 'A printable copy: the receipt notice in PatentDesk is the authoritative record.'
  },
  latinOnly: 'Chinese text is kept in the receipt notice in PatentDesk; this copy prints Latin script only.',
  missing: { zh: '（见受理通知书）', en: '(see the receipt notice)' },
  missingLatin: '(in Chinese: see the receipt notice)'
}

const PAGE: [number, number] = [595.28, 841.89] // A4
const MARGIN = 56
const VALUE_X = 200
const VALUE_WIDTH = PAGE[0] - MARGIN - VALUE_X
const GREY = rgb(0.35, 0.35, 0.35)

/** Punctuation a Chinese line may not begin with: it stays at the end of the line before. */
const NO_LINE_START = new Set('、，。；：！？）》」』】〉’”,.;:!?)')

/**
 * Lines of at most `width`: Chinese breaks between any two characters (closing punctuation
 * stays with the character before it), Latin at the last space when the line has one.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (line === '' || measure(line + ch) <= width || NO_LINE_START.has(ch)) {
      line += ch
      continue
    }
    const space = line.lastIndexOf(' ')
    if (ch !== ' ' && space > 0) {
      lines.push(line.slice(0, space))
      line = line.slice(space + 1) + ch
    } else {
      lines.push(line.trimEnd())
      line = ch === ' ' ? '' : ch
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

export async function receiptPdf(fields: ReceiptFields, options: ReceiptOptions = {}): Promise<Uint8Array> {
  if (options.cjkFont) {
    try {
      return await drawReceipt(fields, options.cjkFont)
    } catch {
      // A font the engine accepted but cannot lay out or subset after all: the Latin receipt
      // (pointing to the receipt notice for the Chinese text) is better than none.
    }
  }
  return drawReceipt(fields, null)
}

async function drawReceipt(fields: ReceiptFields, cjkFont: Uint8Array | null): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Filing receipt ${fields.applicationNumber}`)
  pdf.setProducer('PatentDesk')
  pdf.setCreationDate(new Date(fields.filedAt))

  let cjk: PDFFont | null = null
  if (cjkFont) {
    pdf.registerFontkit(cjkFontkit)
    // A subset: the whole font (a collection, often) would make the receipt megabytes long.
    cjk = await pdf.embedFont(cjkFont, { subset: true })
  }
  const regular = cjk ?? (await pdf.embedFont(StandardFonts.Helvetica))
  const bold = cjk ?? (await pdf.embedFont(StandardFonts.HelveticaBold))
  const drawable = new Set(regular.getCharacterSet())

  let page: PDFPage = pdf.addPage(PAGE)
  let y = PAGE[1] - MARGIN - 6
  const room = (height: number) => {
    if (y - height >= MARGIN) return
    page = pdf.addPage(PAGE)
    y = PAGE[1] - MARGIN
  }

  let omitted = false
  /** The text as written, or a pointer to the receipt notice when the font cannot draw all of it. */
  const shown = (text: string): string => {
    const flat = text.replace(/\s+/g, ' ').trim()
    if ([...flat].every((c) => drawable.has(c.codePointAt(0)!))) return flat
    omitted = true
    return cjk ? `${notes.missing.zh} ${notes.missing.en}` : notes.missingLatin
  }

  const row = (label: Words | null, value: string, size = 11) => {
    const lines = wrapText(value, VALUE_WIDTH, (s) => regular.widthOfTextAtSize(s, size))
    const labelHeight = !label ? 0 : cjk ? 24 : 14
    room(Math.max(labelHeight, lines.length * (size + 4)))
    const top = y
    if (label && cjk) {
      page.drawText(label.zh, { x: MARGIN, y: top, size: 10.5, font: cjk, color: GREY })
      page.drawText(label.en, { x: MARGIN, y: top - 12, size: 8, font: cjk, color: GREY })
    } else if (label) {
      page.drawText(label.en, { x: MARGIN, y: top, size: 11, font: bold, color: GREY })
    }
    lines.forEach((text, i) => page.drawText(text, { x: VALUE_X, y: top - i * (size + 4), size, font: regular }))
    y = top - Math.max(labelHeight, lines.length * (size + 4)) - 10
  }
  const both = (words: Words) => (cjk ? `${words.zh} ${words.en}` : words.en)

  page.drawText(cjk ? `${labels.heading.zh}  ${labels.heading.en}` : labels.heading.en, { x: MARGIN, y, size: 20, font: bold })
  y -= 44
  row(labels.applicationNumber, fields.applicationNumber, 14)
  // The office dates a filing by the day in Beijing, as the submissions list shows it.
  row(labels.filingDate, officeDate(new Date(fields.filedAt)))
  row(labels.filedAt, fields.filedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''))
  row(labels.type, both(typeNames[fields.type]))
  row(labels.title, shown(fields.title))
  fields.applicants.forEach((name, i) => row(i === 0 ? labels.applicants : null, shown(name)))
  if (fields.receiptNoticeId) row(labels.receiptNotice, fields.receiptNoticeId)
  row(labels.draft, fields.draftId)

  const footer = cjk ? [notes.copy.zh, notes.copy.en] : omitted ? [notes.latinOnly] : []
  room(footer.length * 13 + 12)
  y -= 12
  for (const text of footer) {
    page.drawText(text, { x: MARGIN, y, size: 9, font: regular, color: GREY })
    y -= 13
  }
  return pdf.save()
}
