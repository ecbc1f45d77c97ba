import mammoth from 'mammoth'
import type { DocxImport, SectionKey } from '../../../shared/filing/docx-import-result'
import { err, ok, type Result } from '../../../shared/result'

export type { DocxImport } from '../../../shared/filing/docx-import-result'

/**
 * Reads a Word file laid out the way Chinese filings are written — 权利要求书 (claims),
 * 说明书 (description), 说明书摘要 (abstract), 说明书附图 / 摘要附图 (drawings) — and places its
 * text into a draft's claims, description and abstract. mammoth reads the .docx; this file only
 * sorts its paragraphs. Whatever has no place (text before the first heading, drawings pages,
 * pictures) is reported, never silently dropped.
 */

/** Heading text (spaces removed) → section. Longest first: 说明书摘要 before 说明书. */
const headings: [string, SectionKey][] = [
  ['说明书摘要', 'abstract'],
  ['摘要附图', 'drawings'],
  ['说明书附图', 'drawings'],
  ['权利要求书', 'claims'],
  ['说明书', 'description'],
  ['摘要', 'abstract'],
  ['附图', 'drawings']
]

const headingOf = (text: string): SectionKey | null => {
  const bare = text.replace(/[\s\u3000]/g, '')
  return headings.find(([h]) => bare === h)?.[1] ?? null
}

/** "1. …", "1、…", "1．…", "1) …", "（1）…" at the start of a paragraph. */
const claimStart = /^\s*[（(]?(\d{1,4})\s*(?:[.．、)）]|\s)\s*/

type Block = { text: string; listItem: boolean; images: string[] }

const IMAGE_SCHEME = 'patentdesk-image:'

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e]!)

/** mammoth's HTML as paragraphs in order: its output is a flat run of p, h1–h6 and list items. */
function blocksOf(html: string, images: string[]): Block[] {
  const blocks: Block[] = []
  for (const m of html.matchAll(/<(p|h[1-6]|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    const inner = m[2]!
    const found = [...inner.matchAll(new RegExp(`src="${IMAGE_SCHEME}(\\d+)"`, 'g'))].map((i) => images[Number(i[1])]!)
    const text = decode(inner.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim()
    blocks.push({ text, listItem: m[1] === 'li', images: found })
  }
  return blocks
}

/** Sorts paragraphs into sections; exported so the placement rules are testable without Word. */
export function placeSections(blocks: readonly Block[]): DocxImport {
  const result: DocxImport = { claims: [], description: '', abstract: '', sections: [], unplaced: [], numberingGaps: [] }
  const description: string[] = []
  const abstract: string[] = []
  let section: SectionKey | 'preamble' = 'preamble'
  let expected = 1
  let inClaim = false

  for (const block of blocks) {
    for (const mime of block.images) result.unplaced.push({ section, kind: 'image', text: mime })
    if (!block.text) continue
    const heading = headingOf(block.text)
    if (heading) {
      section = heading
      result.sections.push(heading)
      inClaim = false
      continue
    }
    if (section === 'claims') {
      const numbered = claimStart.exec(block.text)
      if (numbered || block.listItem) {
        const n = numbered ? Number(numbered[1]) : expected
        if (n !== expected) result.numberingGaps.push(n)
        expected = n + 1
        result.claims.push(numbered ? block.text.slice(numbered[0].length).trim() : block.text)
        inClaim = true
      } else if (inClaim) {
        // A claim may run over several paragraphs (a preamble, then its features).
        result.claims[result.claims.length - 1] += `\n${block.text}`
      } else {
        result.unplaced.push({ section, kind: 'text', text: block.text })
      }
    } else if (section === 'description') description.push(block.text)
    else if (section === 'abstract') abstract.push(block.text)
    else result.unplaced.push({ section, kind: 'text', text: block.text })
  }
  result.description = description.join('\n')
  result.abstract = abstract.join('\n')
  return result
}

/** Reads a .docx's bytes. A file Word cannot have written answers `IMPORT_UNREADABLE`. */
export async function importDocx(bytes: Uint8Array): Promise<Result<DocxImport>> {
  const images: string[] = []
  let html: string
  try {
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Pictures are not text: note where each was and leave its bytes alone.
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push(image.contentType)
          return { src: `${IMAGE_SCHEME}${images.length - 1}` }
        })
      }
    )
    html = converted.value
  } catch {
    return err('IMPORT_UNREADABLE', 'The file is not a Word document (.docx) that can be read')
  }
  const placed = placeSections(blocksOf(html, images))
  if (placed.sections.length === 0) {
    return err('IMPORT_NO_SECTIONS', 'No 权利要求书, 说明书 or 说明书摘要 heading was found in the document')
  }
  return ok(placed)
}
