import * as fontkit from '@pdf-lib/fontkit'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { receiptPdf, wrapText } from './receipt-pdf'
import { findCjkFont } from './system-cjk-font'

type Doc = Awaited<ReturnType<typeof PDFDocument.load>>

const streamBytes = (doc: Doc, object: PDFObject | undefined): Uint8Array => {
  const stream = object instanceof PDFRef ? doc.context.lookup(object) : object
  if (!(stream instanceof PDFRawStream)) throw new Error('not a stream')
  return decodePDFRawStream(stream).decode()
}
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')
const utf16be = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le')

/** A ToUnicode CMap's code → text (bfchar and bfrange entries). */
function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1]!, 16), utf16be(m[2]!))
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)]
      for (let code = lo; code <= hi; code++) map.set(code, String.fromCodePoint(first + code - lo))
    }
  }
  return map
}

/**
 * The text a PDF's pages draw, read back the way a viewer's copy or search does: each `Tj` is
 * decoded through its font's ToUnicode map (two-byte codes), or as single bytes for a
 * standard font. One line per `Tj`.
 */
async function drawnText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes)
  const shown: string[] = []
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
    const cmaps = new Map<string, Map<number, string> | null>()
    for (const [name, ref] of fonts.entries()) {
      const toUnicode = doc.context.lookup(ref, PDFDict).get(PDFName.of('ToUnicode'))
      cmaps.set(name.asString(), toUnicode ? parseCMap(latin1(streamBytes(doc, toUnicode))) : null)
    }
    const contents = page.node.Contents()!
    const parts = contents instanceof PDFArray ? contents.asArray() : [contents]
    const content = parts.map((p) => latin1(streamBytes(doc, p))).join('\n')
    let cmap: Map<number, string> | null = null
    for (const m of content.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1]) {
        cmap = cmaps.get(m[1]) ?? null
        continue
      }
      const hex = m[2]!
      if (!cmap) shown.push(latin1(Buffer.from(hex, 'hex')))
      else shown.push((hex.match(/.{4}/g) ?? []).map((code) => cmap!.get(parseInt(code, 16)) ?? '\uFFFD').join(''))
    }
  }
  return shown.join('\n')
}

/** The embedded font programs: their kind and their bytes. */
async function embeddedFonts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes)
  const found: { file: 'FontFile2' | 'FontFile3' | 'FontFile'; bytes: Uint8Array; cmap: Map<number, string> }[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/Font') continue
    const descendants = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)
    if (!descendants) continue
    const descriptor = doc.context.lookup(descendants.get(0), PDFDict).lookup(PDFName.of('FontDescriptor'), PDFDict)
    const cmap = parseCMap(latin1(streamBytes(doc, object.get(PDFName.of('ToUnicode')))))
    for (const file of ['FontFile2', 'FontFile3', 'FontFile'] as const) {
      const program = descriptor.get(PDFName.of(file))
      if (program) found.push({ file, bytes: streamBytes(doc, program), cmap })
    }
  }
  return found
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
const chinese = { ...fields, title: '一种可折叠的座椅及其锁定机构', applicants: ['张三', '深圳市某某科技有限公司', 'ACME Furniture Ltd'] }

describe('receiptPdf without a Chinese font', () => {
  it('is a one-page PDF that prints the application number, filing date and parties', async () => {
    const bytes = await receiptPdf(fields)
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBe(1)
    expect(pdf.getTitle()).toBe('Filing receipt 202610000001.5')
    const text = await drawnText(bytes)
    expect(text).toContain('202610000001.5')
    expect(text).toContain('2026-03-01')
    expect(text).toContain('Folding chair')
    expect(text).toContain('ACME Furniture Ltd')
  })

  it('still renders with Chinese text, keeping the number and saying where the Chinese text is', async () => {
    const bytes = await receiptPdf({ ...fields, title: '一种折叠椅', applicants: ['张三', 'ACME Furniture Ltd'] }, { cjkFont: null })
    const text = await drawnText(bytes)
    expect(text).toContain('202610000001.5')
    expect(text).toContain('ACME Furniture Ltd')
    expect(text).toContain('(in Chinese: see the receipt notice)')
    expect(text).toContain('this copy prints Latin script only')
    expect(text).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('falls back to the Latin receipt when the font given cannot be embedded after all', async () => {
    const bytes = await receiptPdf({ ...fields, title: '一种折叠椅' }, { cjkFont: new TextEncoder().encode('not a font at all') })
    const text = await drawnText(bytes)
    expect(text).toContain('202610000001.5')
    expect(text).toContain('(in Chinese: see the receipt notice)')
  })

  it('dates the filing by the day in Beijing, as the office does', async () => {
    // 17:30 UTC is 01:30 the next morning in Beijing.
    const text = await drawnText(await receiptPdf({ ...fields, filedAt: '2026-03-01T17:30:00.000Z' }))
    expect(text).toContain('2026-03-02')
    expect(text).toContain('2026-03-01 17:30:00')
  })
})

describe('receiptPdf with the system’s Chinese font', () => {
  let font: Uint8Array
  beforeAll(async () => {
    // Linux's WenQuanYi Micro Hei (fonts-wqy-microhei, installed by .ci/run), a .ttc collection.
    const found = await findCjkFont({ platform: 'linux', env: {} })
    if (!found) throw new Error('No CJK font found: install fonts-wqy-microhei')
    font = found.bytes
  })

  it('prints the Chinese title and applicants, with labels in Chinese and English', async () => {
    const bytes = await receiptPdf(chinese, { cjkFont: font })
    const text = await drawnText(bytes)
    expect(text).toContain('专利申请回执  Filing receipt')
    expect(text).toContain('申请号\nApplication number\n202610000001.5')
    expect(text).toContain('申请人\nApplicants\n张三')
    expect(text).toContain('深圳市某某科技有限公司')
    expect(text).toContain('ACME Furniture Ltd')
    expect(text).toContain('发明专利 Invention patent')
    expect(text.replace(/\n/g, '')).toContain('一种可折叠的座椅及其锁定机构')
    expect(text).not.toContain('see the receipt notice)')
    expect(text).not.toContain('\uFFFD')
  })

  it('embeds only the characters it prints: a small TrueType subset, not the 5 MB collection', async () => {
    const bytes = await receiptPdf(chinese, { cjkFont: font })
    const fonts = await embeddedFonts(bytes)
    expect(fonts).toHaveLength(1)
    expect(fonts[0]!.file).toBe('FontFile2')
    expect(fonts[0]!.bytes.byteLength).toBeLessThan(60_000)
    expect(bytes.byteLength).toBeLessThan(60_000)
    expect(font.byteLength).toBeGreaterThan(1_000_000)
  })

  it('draws every character with the system font’s own outline (no blank or garbled glyph)', async () => {
    const [embedded] = await embeddedFonts(await receiptPdf(chinese, { cjkFont: font }))
    const subset = fontkit.create(embedded!.bytes)
    const collection = fontkit.create(font) as unknown as { fonts: ReturnType<typeof fontkit.create>[] }
    const original = collection.fonts[0]!
    let compared = 0
    for (const [gid, char] of embedded!.cmap) {
      if (char.trim() === '') continue
      expect(subset.getGlyph(gid).path.toSVG(), char).toBe(original.glyphForCodePoint(char.codePointAt(0)!).path.toSVG())
      compared++
    }
    expect(compared).toBeGreaterThan(60)
  })

  it('points to the receipt notice for a name with a character the font cannot draw, and prints the rest', async () => {
    // U+20000 (CJK Extension B) is beyond WenQuanYi Micro Hei.
    const bytes = await receiptPdf({ ...chinese, applicants: ['\u{20000}某', '张三'] }, { cjkFont: font })
    const text = await drawnText(bytes)
    expect(text).toContain('（见受理通知书） (see the receipt notice)')
    expect(text).toContain('张三')
    expect(text.replace(/\n/g, '')).toContain('一种可折叠的座椅及其锁定机构')
  })

  it('wraps a long title within the page instead of running off its edge', async () => {
    const title = '一种用于高速铁路接触网的多功能检测装置及其数据处理方法、系统、电子设备和计算机可读存储介质'
    const bytes = await receiptPdf({ ...chinese, title }, { cjkFont: font })
    const text = await drawnText(bytes)
    const lines = text.split('\n').filter((l) => title.includes(l) && l.length > 3)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(title)
  })
})

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10
  it('breaks Latin at spaces and Chinese between any two characters', () => {
    expect(wrapText('Folding chair with a lock', 130, measure)).toEqual(['Folding chair', 'with a lock'])
    expect(wrapText('一种可折叠的座椅', 50, measure)).toEqual(['一种可折叠', '的座椅'])
    expect(wrapText('一种座椅、系统', 40, measure)).toEqual(['一种座椅、', '系统'])
    expect(wrapText('', 50, measure)).toEqual([''])
  })
})
