import { draftContentSchema } from './draft-content'
import type { RuleContext, Severity } from './rule'
import { documentRules } from './rules/documents'
import { partyRules } from './rules/parties'
import { priorityRules } from './rules/priorities'
import { titleRules } from './rules/title'

export type { RuleContext, Severity } from './rule'

/** Every rule of the pre-submission checklist, in the order a form shows them. */
export const checklistRules = [...titleRules, ...partyRules, ...documentRules, ...priorityRules]

/** Content that is not even a draft (wrong shape) fails with this code at the offending field. */
export const SHAPE_RULE = 'content.shape'

export type Finding = { code: string; path: string; severity: Severity; message: string }
export type ChecklistResult = {
  findings: Finding[]
  errors: Finding[]
  warnings: Finding[]
  /** No error-level finding: the draft may be submitted. */
  passes: boolean
}

/**
 * The checklist as one zod schema: the draft's shape, then every rule as a refinement that
 * reports its code and severity in the issue's params. The platform and the client both run it.
 */
export const checklistSchema = (ctx: RuleContext) =>
  draftContentSchema.superRefine((draft, issues) => {
    for (const rule of checklistRules) {
      for (const path of rule.find(draft, ctx)) {
        issues.addIssue({ code: 'custom', path, message: rule.message, params: { rule: rule.code, severity: rule.severity } })
      }
    }
  })

export function runChecklist(content: unknown, ctx: RuleContext): ChecklistResult {
  const parsed = checklistSchema(ctx).safeParse(content)
  const findings: Finding[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const params = issue.code === 'custom' ? (issue.params as { rule?: string; severity?: Severity } | undefined) : undefined
        return {
          code: params?.rule ?? SHAPE_RULE,
          path: issue.path.length ? issue.path.join('.') : '(content)',
          severity: params?.severity ?? 'error',
          message: issue.message
        }
      })
  const errors = findings.filter((f) => f.severity === 'error')
  return { findings, errors, warnings: findings.filter((f) => f.severity === 'warning'), passes: errors.length === 0 }
}

/** `{path: rule code}` of the blocking findings: the `fields` of a 422 VALIDATION answer. */
export function fieldsOf(errors: readonly Finding[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const f of errors) fields[f.path] ??= f.code
  return fields
}
