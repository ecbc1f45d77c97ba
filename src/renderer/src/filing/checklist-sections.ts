import type { Finding } from '../../../shared/filing/checklist'

/** The editor's tabs; every checklist path belongs to one of them. */
export const editorSections = ['request', 'claims', 'description', 'abstract', 'attachments'] as const
export type EditorSection = (typeof editorSections)[number]

/** The tab a finding's field lives on: claims.2 → claims, applicants.0.idNumber → request. */
export function sectionOf(path: string): EditorSection {
  const head = path.split('.')[0]
  if (head === 'claims' || head === 'description' || head === 'abstract' || head === 'attachments') return head
  return 'request'
}

export type SectionCounts = Record<EditorSection, { errors: number; warnings: number }>

export function countBySection(findings: readonly Finding[]): SectionCounts {
  const counts = Object.fromEntries(editorSections.map((s) => [s, { errors: 0, warnings: 0 }])) as SectionCounts
  for (const f of findings) counts[sectionOf(f.path)][f.severity === 'error' ? 'errors' : 'warnings'] += 1
  return counts
}

/**
 * The DOM id of a field, from its checklist path: the checklist links to it and the editor puts
 * it on the input. A path naming a list (applicants) points at the list's "add" button.
 */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`

/** An i18n key for a rule code: `title.required` → `filing.rules.title_required`. */
export const ruleKey = (code: string): string => `filing.rules.${code.replace(/\./g, '_')}`
