import { claimReferences } from '../claim-references'
import type { ApplicationType } from '../draft-content'
import { blank, chars, pathsWhere, type Rule } from '../rule'

export const ABSTRACT_MAX = 300

/** Inventions and utility models are claimed and described in words; designs are shown in drawings. */
const worded = (t: ApplicationType) => t === 'invention' || t === 'utility_model'

export const documentRules: Rule[] = [
  {
    code: 'claims.required',
    severity: 'error',
    message: 'An invention or utility model needs at least one claim',
    find: (d) => (worded(d.type) && !d.claims.some((c) => !blank(c)) ? [['claims']] : [])
  },
  {
    code: 'claim.empty',
    severity: 'error',
    message: 'A claim may not be empty',
    find: (d) => (worded(d.type) && d.claims.some((c) => !blank(c)) ? pathsWhere(d.claims, ['claims'], (c) => blank(c)) : [])
  },
  {
    code: 'claim.reference_invalid',
    severity: 'error',
    message: 'A dependent claim may refer only to earlier claims',
    find: (d) =>
      worded(d.type)
        ? pathsWhere(d.claims, ['claims'], (c, i) => claimReferences(c).some((n) => n < 1 || n > i))
        : []
  },
  {
    code: 'claims.not_allowed',
    severity: 'error',
    message: 'A design application has no claims',
    find: (d) => (d.type === 'design' && d.claims.some((c) => !blank(c)) ? [['claims']] : [])
  },
  {
    code: 'description.required',
    severity: 'error',
    message: 'An invention or utility model needs a description',
    find: (d) => (worded(d.type) && blank(d.description) ? [['description']] : [])
  },
  {
    code: 'abstract.required',
    severity: 'error',
    message: 'An invention or utility model needs an abstract',
    find: (d) => (worded(d.type) && blank(d.abstract) ? [['abstract']] : [])
  },
  {
    code: 'abstract.too_long',
    severity: 'error',
    message: `The abstract may not be longer than ${ABSTRACT_MAX} characters`,
    find: (d) => (worded(d.type) && chars(d.abstract) > ABSTRACT_MAX ? [['abstract']] : [])
  },
  {
    code: 'drawings.required',
    severity: 'error',
    message: 'A utility model or design needs at least one drawing',
    find: (d) => (d.type !== 'invention' && !d.attachments.some((a) => a.kind === 'drawing') ? [['attachments']] : [])
  },
  {
    code: 'examination.invention_only',
    severity: 'error',
    message: 'Substantive examination is requested for inventions only',
    find: (d) => (d.examinationRequested && d.type !== 'invention' ? [['examinationRequested']] : [])
  },
  {
    code: 'attachment.not_uploaded',
    severity: 'error',
    message: 'This attachment has not reached the platform',
    find: (d, ctx) =>
      ctx.knownAttachments
        ? pathsWhere(d.attachments, ['attachments'], (a) => !ctx.knownAttachments!.has(a.sha256)).map((p) => [...p, 'sha256'])
        : []
  }
]
