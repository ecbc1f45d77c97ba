import type { DraftContent } from './draft-content'

/** Errors block a submission; warnings are shown and never block. */
export type Severity = 'error' | 'warning'
export type FieldPath = (string | number)[]

export type RuleContext = {
  /** The office's date today, `YYYY-MM-DD` (see officeDate): injected so both sides and tests agree. */
  today: string
  /** SHA-256s the checking side holds; when given, a draft naming any other attachment fails. */
  knownAttachments?: ReadonlySet<string>
}

/** One pre-submission rule: a stable code, a severity, and the fields of a draft it finds at fault. */
export type Rule = {
  code: string
  severity: Severity
  message: string
  find: (draft: DraftContent, ctx: RuleContext) => FieldPath[]
}

export const chars = (s: string): number => [...s.trim()].length
export const blank = (s: string | undefined): boolean => !s || s.trim() === ''

/** Index paths of the items of `list` that `test` picks. */
export const pathsWhere = <T>(list: readonly T[], prefix: FieldPath, test: (item: T, i: number) => boolean): FieldPath[] =>
  list.flatMap((item, i) => (test(item, i) ? [[...prefix, i]] : []))
