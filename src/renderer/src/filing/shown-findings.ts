import type { Finding } from '../../../shared/filing/checklist'

/** The checklist's findings by field path, so each field shows its own. */
export function findingsByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) map.set(f.path, [...(map.get(f.path) ?? []), f])
  return map
}

/**
 * The findings a field shows: only those of fields the user has been in (typed, left, or was led
 * to from the checklist), or all of them once a submission was tried. A new draft is not painted
 * red before anything is typed; the checklist and the tab counts still tell what is missing.
 */
export function shownFindings(byPath: ReadonlyMap<string, Finding[]>, touched: ReadonlySet<string>, all: boolean): ReadonlyMap<string, Finding[]> {
  if (all) return byPath
  return new Map([...byPath].filter(([path]) => touched.has(path)))
}
