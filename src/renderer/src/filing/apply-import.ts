import type { DocxImport } from '../../../shared/filing/docx-import-result'
import type { DraftContent } from '../../../shared/filing/draft-content'

export type ImportField = 'claims' | 'description' | 'abstract'

/**
 * The draft with what a Word file placed, and which fields already held text that the import
 * would replace — the editor asks before replacing any of them. A section the file did not have
 * leaves the draft's field as it is.
 */
export function applyImport(content: DraftContent, imported: DocxImport): { next: DraftContent; overwrites: ImportField[] } {
  const next = { ...content }
  const overwrites: ImportField[] = []
  const has = (s: string) => s.trim() !== ''
  if (imported.claims.length) {
    if (content.claims.some(has)) overwrites.push('claims')
    next.claims = imported.claims
  }
  if (has(imported.description)) {
    if (has(content.description)) overwrites.push('description')
    next.description = imported.description
  }
  if (has(imported.abstract)) {
    if (has(content.abstract)) overwrites.push('abstract')
    next.abstract = imported.abstract
  }
  return { next, overwrites }
}
