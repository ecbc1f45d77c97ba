import type { IdType } from '../../identity-api'
import type { CheckResult } from '../../validators/check-result'
import {
  checkAgencyCode,
  checkForeignPermanentResident,
  checkHkMacaoPermit,
  checkPassport,
  checkTaiwanPermit
} from '../../validators/id-documents'
import { checkResidentId } from '../../validators/resident-id'
import { checkUscc } from '../../validators/uscc'
import type { Applicant } from '../draft-content'
import { blank, pathsWhere, type FieldPath, type Rule } from '../rule'

const documentChecks: Record<Exclude<IdType, 'none'>, (value: string, today: Date) => CheckResult> = {
  resident_id: (v, today) => checkResidentId(v, today),
  hk_macao_permit: checkHkMacaoPermit,
  taiwan_permit: checkTaiwanPermit,
  passport_overseas_chinese: checkPassport,
  foreign_permanent_resident: checkForeignPermanentResident
}

type IdVerdict = { state: 'valid'; warnings: string[] } | { state: 'missing' | 'invalid'; at: string }

/**
 * A domestic applicant files under its Chinese identity document (a person) or its unified
 * social credit code (an entity). A foreign applicant has neither, so none is required of it;
 * one it does give must still be valid.
 */
function applicantId(a: Applicant, today: string): IdVerdict {
  const domestic = a.country === 'CN'
  if (a.kind === 'entity') {
    if (blank(a.uscc)) return domestic ? { state: 'missing', at: 'uscc' } : { state: 'valid', warnings: [] }
    const result = checkUscc(a.uscc!.trim())
    return result.valid ? { state: 'valid', warnings: result.warnings } : { state: 'invalid', at: 'uscc' }
  }
  if (!a.idType || a.idType === 'none') {
    return domestic || !blank(a.idNumber) ? { state: 'missing', at: 'idType' } : { state: 'valid', warnings: [] }
  }
  if (blank(a.idNumber)) return { state: 'missing', at: 'idNumber' }
  const result = documentChecks[a.idType](a.idNumber!.trim(), new Date(`${today}T00:00:00Z`))
  return result.valid ? { state: 'valid', warnings: result.warnings } : { state: 'invalid', at: 'idNumber' }
}

const applicantsWith = (state: 'missing' | 'invalid'): Rule['find'] => (d, ctx) =>
  d.applicants.flatMap((a, i): FieldPath[] => {
    const verdict = applicantId(a, ctx.today)
    return verdict.state !== 'valid' && verdict.state === state ? [['applicants', i, verdict.at]] : []
  })

export const partyRules: Rule[] = [
  {
    code: 'applicants.required',
    severity: 'error',
    message: 'The application needs at least one applicant',
    find: (d) => (d.applicants.length === 0 ? [['applicants']] : [])
  },
  {
    code: 'applicant.name_required',
    severity: 'error',
    message: 'Every applicant needs a name',
    find: (d) => pathsWhere(d.applicants, ['applicants'], (a) => blank(a.name)).map((p) => [...p, 'name'])
  },
  {
    code: 'applicant.id_missing',
    severity: 'error',
    message: 'A domestic applicant needs its identity document number (a person) or unified social credit code (an entity)',
    find: applicantsWith('missing')
  },
  {
    code: 'applicant.id_invalid',
    severity: 'error',
    message: 'The applicant’s ID number is not valid for its document type',
    find: applicantsWith('invalid')
  },
  {
    code: 'applicant.uscc_org_code',
    severity: 'warning',
    message: 'The organization code inside this credit code has a wrong check character; check it against the licence',
    find: (d, ctx) =>
      d.applicants.flatMap((a, i): FieldPath[] => {
        const verdict = applicantId(a, ctx.today)
        return verdict.state === 'valid' && verdict.warnings.includes('org_code_check') ? [['applicants', i, 'uscc']] : []
      })
  },
  {
    code: 'inventors.required',
    severity: 'error',
    message: 'The application needs at least one inventor or designer',
    find: (d) => (d.inventors.length === 0 ? [['inventors']] : [])
  },
  {
    code: 'inventor.name_required',
    severity: 'error',
    message: 'Every inventor needs a name',
    find: (d) => pathsWhere(d.inventors, ['inventors'], (p) => blank(p.name)).map((p) => [...p, 'name'])
  },
  {
    code: 'agency.code_invalid',
    severity: 'error',
    message: 'The agency code is five digits, the first two a province',
    find: (d) => (d.agency && !checkAgencyCode(d.agency.code.trim()).valid ? [['agency', 'code']] : [])
  },
  {
    code: 'agency.agent_required',
    severity: 'error',
    message: 'An agency files through at least one named agent with a licence number',
    find: (d) =>
      d.agency && !d.agency.agents.some((a) => !blank(a.name) && !blank(a.licenseNo)) ? [['agency', 'agents']] : []
  }
]
