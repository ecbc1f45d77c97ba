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

/**
 * The applicant's ID number checked as it is typed, by the same validators the checklist and the
 * platform use: 'ok', 'bad', or null while nothing checkable is there yet.
 */
export function applicantIdCheck(a: Applicant, today = new Date()): 'ok' | 'bad' | null {
  let result: CheckResult
  if (a.kind === 'entity') {
    if (!a.uscc?.trim()) return null
    result = checkUscc(a.uscc.trim().toUpperCase())
  } else {
    const v = a.idNumber?.trim() ?? ''
    if (!v || !a.idType || a.idType === 'none') return null
    const check = {
      resident_id: (s: string) => checkResidentId(s, today),
      hk_macao_permit: checkHkMacaoPermit,
      taiwan_permit: checkTaiwanPermit,
      passport_overseas_chinese: checkPassport,
      foreign_permanent_resident: checkForeignPermanentResident
    }[a.idType]
    result = check(v)
  }
  return result.valid ? 'ok' : 'bad'
}
