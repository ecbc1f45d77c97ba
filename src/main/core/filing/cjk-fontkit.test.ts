import { readFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { cjkFontkit, padLastGlyphRecord, usableCjkFont } from './cjk-fontkit'

const MICROHEI = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

describe('the font engine for Chinese receipts', () => {
  it('lets pdf-lib embed a font collection (.ttc), taking one of its faces', async () => {
    const pdf = await PDFDocument.create()
    pdf.registerFontkit(cjkFontkit)
    const font = await pdf.embedFont(await readFile(MICROHEI), { subset: true })
    expect(font.name).toMatch(/^WenQuanYiMicroHei/)
    expect(font.widthOfTextAtSize('申请号', 10)).toBeGreaterThan(20)
  })

  it('pads an odd-length glyph record, so the halved offsets of a short loca stay exact', () => {
    const state = { glyf: [new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])], offset: 5 }
    padLastGlyphRecord(state, 1)
    expect([...state.glyf[1]!]).toEqual([3, 4, 5, 0])
    expect(state.offset).toBe(6)
    padLastGlyphRecord(state, 0)
    expect(state.glyf[0]!.length).toBe(2)
    expect(state.offset).toBe(6)
  })

  it('accepts a TrueType font that draws Chinese and refuses what is not one', async () => {
    expect(usableCjkFont(await readFile(MICROHEI))).toBe(true)
    expect(usableCjkFont(new TextEncoder().encode('OTTO and then nothing'))).toBe(false)
  })
})
