import { createHash, timingSafeEqual } from 'node:crypto'
import { checkPassword, type PasswordPolicy, type PasswordRuleBreak } from '../../src/shared/password-policy'
import { isCommonPassword } from '../../src/shared/common-passwords'
import type { AccountRecord, PlatformStore } from '../store/platform-store'
import { hashPassword, verifyPassword } from './password-hash'

/**
 * Legacy systems' hashes, imported as they were: `sha256$<salt>$<hex of sha256(salt + password)>`.
 * Verified once at sign-in, then replaced by an argon2id hash.
 */
const legacyPattern = /^sha256\$([^$]*)\$([0-9a-f]{64})$/

export const isLegacyHash = (hash: string): boolean => legacyPattern.test(hash)

export async function verifyAccountPassword(hash: string, password: string): Promise<boolean> {
  const legacy = legacyPattern.exec(hash)
  if (!legacy) return verifyPassword(hash, password)
  const computed = createHash('sha256').update(legacy[1]! + password).digest()
  return timingSafeEqual(computed, Buffer.from(legacy[2]!, 'hex'))
}

/** Every rule of the policy in force that the password breaks, with the account's own data as context. */
export function passwordProblems(
  policy: PasswordPolicy,
  password: string,
  account: Pick<AccountRecord, 'loginName' | 'phone' | 'idNumber'> | { loginName?: string; phone?: string | null; idNumber?: string | null }
): PasswordRuleBreak[] {
  return checkPassword(policy, password, {
    loginName: account.loginName,
    phone: account.phone ?? undefined,
    idNumber: account.idNumber ?? undefined,
    isCommon: isCommonPassword
  })
}

/** True when the password is one of the account's last `depth` passwords, the current one included. */
export async function reusesRecentPassword(store: PlatformStore, account: AccountRecord, password: string, depth: number) {
  if (depth === 0) return false
  const hashes = [account.passwordHash, ...store.recentPasswordHashes(account.id, depth - 1)]
  for (const hash of hashes) if (await verifyAccountPassword(hash, password)) return true
  return false
}

/** Keeps the password being replaced in the account's history, so the history rule sees it. */
export function keepInHistory(store: PlatformStore, account: AccountRecord, now: Date): void {
  if (!isLegacyHash(account.passwordHash)) store.addPasswordHistory(account.id, account.passwordHash, now)
}

/**
 * Sets a new password: history kept, change time reset, forced-change flag cleared. With
 * `endSessionsBut`, every other session of the account ends in the same transaction as the
 * new hash, so no session outlives the password it was opened with.
 */
export async function setPassword(
  store: PlatformStore,
  account: AccountRecord,
  password: string,
  now: Date,
  options: { endSessionsBut?: string } = {}
): Promise<AccountRecord> {
  const hash = await hashPassword(password)
  return store.transaction(() => {
    keepInHistory(store, account, now)
    if (options.endSessionsBut) store.revokeAllFamilies(account.id, now, options.endSessionsBut)
    return store.updateAccount(account.id, {
      passwordHash: hash,
      passwordChangedAt: now.toISOString(),
      mustChangeReason: null
    })
  })
}
