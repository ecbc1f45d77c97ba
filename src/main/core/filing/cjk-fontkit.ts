import * as fontkit from '@pdf-lib/fontkit'
import type { PDFDocument } from 'pdf-lib'

/**
 * The font engine pdf-lib embeds a Chinese font with: @pdf-lib/fontkit, adapted to the fonts
 * systems ship. Two things the plain engine gets wrong for them:
 *
 * - Most system CJK fonts are collections (.ttc). pdf-lib asks the engine for one font and gets
 *   the collection, which it cannot lay out; here a collection answers with one of its faces.
 * - The engine's subsetter writes the short `loca` format (offsets halved) whenever the subset
 *   is small, without padding glyph records to an even length: after one odd-length record
 *   every later glyph is read from the wrong byte and prints blank or garbled, with no error.
 *   Each record is padded to an even length as it is added, which keeps halved offsets exact.
 */

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]
type Face = ReturnType<typeof fontkit.create>
type Collection = { fonts: Face[] }
/** The subsetter's own state, as @pdf-lib/fontkit 1.1.1 keeps it while encoding a TrueType subset. */
export type TrueTypeSubsetState = { glyf: Uint8Array[]; offset: number }

/** Faces drawing the simplified forms the office prints, when a collection holds several. */
const SIMPLIFIED_FACE = /(?:CJKsc|SC|GB)-(?:Regular|Light|Medium)$/

function faceOf(parsed: Face | Collection, postscriptName?: string): Face {
  if (!('fonts' in parsed)) return parsed
  const faces = parsed.fonts
  const named = postscriptName ? faces.find((f) => f.postscriptName === postscriptName) : undefined
  const face = named ?? faces.find((f) => SIMPLIFIED_FACE.test(f.postscriptName ?? '')) ?? faces[0]
  if (!face) throw new Error('The font collection holds no font')
  return face
}

/** Pads the glyph record just added to an even length, moving the running offset with it. */
export function padLastGlyphRecord(state: TrueTypeSubsetState, index: number): void {
  const record = state.glyf[index]
  if (!record || record.length % 2 === 0) return
  const padded = Buffer.alloc(record.length + 1)
  padded.set(record)
  state.glyf[index] = padded
  state.offset += 1
}

function withEvenGlyphRecords(face: Face): Face {
  const createSubset = face.createSubset.bind(face)
  face.createSubset = () => {
    const subset = createSubset() as ReturnType<typeof createSubset> & { _addGlyph?: (gid: number) => number }
    const addGlyph = subset._addGlyph
    // CFF subsets have no glyph records to pad (and no such method).
    if (typeof addGlyph === 'function') {
      subset._addGlyph = function (this: TrueTypeSubsetState, gid: number) {
        const index = addGlyph.call(this, gid)
        padLastGlyphRecord(this, index)
        return index
      }
    }
    return subset
  }
  return face
}

/** Registered with `PDFDocument.registerFontkit`. */
export const cjkFontkit: Fontkit = {
  create: (bytes, postscriptName) =>
    withEvenGlyphRecords(faceOf(fontkit.create(bytes) as Face | Collection, postscriptName)) as unknown as ReturnType<
      Fontkit['create']
    >
}

/** Characters a receipt always prints with the font: its bilingual labels begin with these. */
const PROBE = '专利申请回执申请号'

/**
 * Whether these font bytes can print a Chinese receipt: TrueType outlines (the engine's CFF
 * subsets are unreadable to viewers, and a whole CFF CJK font is 15 MB or more) and glyphs for
 * Chinese. Anything the engine cannot parse is not usable either.
 */
export function usableCjkFont(bytes: Uint8Array): boolean {
  try {
    const face = faceOf(fontkit.create(bytes) as Face | Collection) as Face & { directory?: { tables?: Record<string, unknown> } }
    if (!face.directory?.tables?.glyf) return false
    return [...PROBE].every((c) => face.hasGlyphForCodePoint(c.codePointAt(0)!))
  } catch {
    return false
  }
}
