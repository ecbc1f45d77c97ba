import type { Applicant } from '../../../shared/filing/draft-content'
import type { CheckResult } from '../../../shared/validators/check-result'
import {
  checkForeignPermanentResident,
  checkHkMacaoPermit,
  checkPassport,
  checkTaiwanPermit
} from '../../../shared/validators/id-documents'
import { checkResidentId } from '../../../shared/validators/resident-id'
import { checkUscc } from '../../../shared/validators/uscc'

/** What the shared validators say of the applicant's number, or null while nothing checkable is there yet. */
function checkOf(a: Applicant, today: Date): CheckResult | null {
  if (a.kind === 'entity') return a.uscc?.trim() ? checkUscc(a.uscc.trim().toUpperCase()) : null
  const v = a.idNumber?.trim() ?? ''
  if (!v || !a.idType || a.idType === 'none') return null
  const check = {
    resident_id: (s: string) => checkResidentId(s, today),
    hk_macao_permit: checkHkMacaoPermit,
    taiwan_permit: checkTaiwanPermit,
    passport_overseas_chinese: checkPassport,
    foreign_permanent_resident: checkForeignPermanentResident
  }[a.idType]
  return check(v)
}

/**
 * The applicant's ID number checked as it is typed, by the same validators the checklist and the
 * platform use: 'ok', 'bad', or null while nothing checkable is there yet.
 */
export function applicantIdCheck(a: Applicant, today = new Date()): 'ok' | 'bad' | null {
  const result = checkOf(a, today)
  return result === null ? null : result.valid ? 'ok' : 'bad'
}

/** Why the number is refused (its format, its check character, the birth date or region in it), to say so exactly. */
export function applicantIdProblem(a: Applicant, today = new Date()): 'format' | 'checksum' | 'birth_date' | 'region' | null {
  const result = checkOf(a, today)
  return result && !result.valid ? result.reason : null
}
