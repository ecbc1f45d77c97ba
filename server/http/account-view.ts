import type { Account } from '../../src/shared/platform-api'
import type { PasswordPolicy } from '../../src/shared/password-policy'
import { maskEmail, maskPhone } from '../../src/shared/mask'
import { lockRemaining } from '../auth/lockout'
import type { AccountRecord, MustChangeReason } from '../store/platform-store'

const passwordExpiry = (record: AccountRecord, policy: PasswordPolicy): Date | undefined =>
  policy.maxAgeDays === null ? undefined : new Date(new Date(record.passwordChangedAt).getTime() + policy.maxAgeDays * 86_400_000)

/** Why the account must change its password before anything else, or undefined when it need not. */
export function forcedChangeReason(record: AccountRecord, policy: PasswordPolicy, now: Date): MustChangeReason | undefined {
  const expiresAt = passwordExpiry(record, policy)
  return record.mustChangeReason ?? (expiresAt && expiresAt <= now ? 'expired' : undefined)
}

/** The `account` object of the API: contacts masked, the forced-change and lock state worked out. */
export function accountView(record: AccountRecord, policy: PasswordPolicy, now: Date): Account {
  const expiresAt = passwordExpiry(record, policy)
  const reason = forcedChangeReason(record, policy, now)
  return {
    id: record.id,
    loginName: record.loginName,
    type: record.type,
    displayName: record.displayName,
    status: lockRemaining(record, now) > 0 ? 'locked' : record.status,
    mustChangePassword: reason !== undefined,
    ...(reason ? { mustChangeReason: reason } : {}),
    ...(expiresAt ? { passwordExpiresAt: expiresAt.toISOString() } : {}),
    contacts: {
      phone: record.phone ? maskPhone(record.phone) : '',
      email: record.email ? maskEmail(record.email) : ''
    },
    ...(record.userCode ? { userCode: record.userCode } : {}),
    ...(record.registrationCode ? { registrationCode: record.registrationCode } : {})
  }
}
