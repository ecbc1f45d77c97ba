import { inflateSync } from 'node:zlib'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { receiptPdf } from './receipt-pdf'

/** The text a PDF's pages draw: every stream inflated, every `<hex> Tj` decoded. */
function drawnText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1')
  const shown: string[] = []
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string
    try {
      body = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1')
    } catch {
      body = m[1]!
    }
    for (const t of body.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) shown.push(Buffer.from(t[1]!, 'hex').toString('latin1'))
  }
  return shown.join('\n')
}

const fields = {
  applicationNumber: '202610000001.5',
  filedAt: '2026-03-01T02:03:04.000Z',
  type: 'invention' as const,
  title: 'Folding chair',
  applicants: ['ACME Furniture Ltd'],
  receiptNoticeId: 'notice-1',
  draftId: '0b7c6a52-7a3e-4c51-9b8e-0e6f1c7d2a11'
}

describe('receiptPdf', () => {
  it('is a one-page PDF that prints the application number, filing date and parties', async () => {
    const bytes = await receiptPdf(fields)
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBe(1)
    expect(pdf.getTitle()).toBe('Filing receipt 202610000001.5')
    const text = drawnText(bytes)
    expect(text).toContain('202610000001.5')
    expect(text).toContain('2026-03-01')
    expect(text).toContain('Folding chair')
    expect(text).toContain('ACME Furniture Ltd')
  })

  it('still renders with Chinese text, keeping the number and saying where the Chinese text is', async () => {
    const bytes = await receiptPdf({ ...fields, title: '一种折叠椅', applicants: ['张三', 'ACME Furniture Ltd'] })
    const text = drawnText(bytes)
    expect(text).toContain('202610000001.5')
    expect(text).toContain('ACME Furniture Ltd')
    expect(text).toContain('(in Chinese: see the receipt notice)')
    expect(text).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
