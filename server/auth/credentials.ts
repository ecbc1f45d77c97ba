import { createHash, timingSafeEqual } from 'node:crypto'
import { checkPassword, type PasswordPolicy, type PasswordRuleBreak } from '../../src/shared/password-policy'
import { isCommonPassword } from '../../src/shared/common-passwords'
import type { AccountRecord, PlatformStore } from '../store/platform-store'
import { argon2NeedsRehash, hashPassword, spendVerifyTime, verifyPassword } from './password-hash'

/**
 * Legacy systems' hashes as they export them: `sha256$<salt>$<hex of sha256(salt + password)>`.
 * One sha256 answers in microseconds, argon2id in a quarter of a second: an account with such a
 * hash would stand out by its answer time. So the import wraps it at once in argon2id:
 * `argon2sha256$<salt>$<argon2id of the sha256 hex>`, checked by computing the old digest of the
 * password as typed (the old systems did not normalise it) and verifying that with argon2id.
 * Either form is replaced by a plain argon2id hash at the first successful sign-in.
 */
const plainLegacyPattern = /^sha256\$([^$]*)\$([0-9a-f]{64})$/
const wrappedLegacyPattern = /^argon2sha256\$([^$]*)\$(\$argon2id\$.+)$/

/** An old system's `sha256$salt$hex`, as the legacy import accepts it. */
export const isLegacyHash = (hash: string): boolean => plainLegacyPattern.test(hash)

const legacyDigest = (salt: string, password: string): string => createHash('sha256').update(salt + password).digest('hex')

/** What the import stores for a legacy hash: the old digest wrapped in argon2id. Other hashes pass unchanged. */
export async function wrapLegacyHash(hash: string): Promise<string> {
  const plain = plainLegacyPattern.exec(hash)
  if (!plain) return hash
  return `argon2sha256$${plain[1]}$${await hashPassword(plain[2]!)}`
}

export async function verifyAccountPassword(hash: string, password: string): Promise<boolean> {
  const wrapped = wrappedLegacyPattern.exec(hash)
  if (wrapped) return verifyPassword(wrapped[2]!, legacyDigest(wrapped[1]!, password))
  const plain = plainLegacyPattern.exec(hash)
  if (!plain) return verifyPassword(hash, password)
  // A bare legacy hash left by an earlier import: checked, then the time of an argon2id check is
  // spent all the same, so that it answers like every other account until it is replaced.
  const matches = timingSafeEqual(Buffer.from(legacyDigest(plain[1]!, password), 'hex'), Buffer.from(plain[2]!, 'hex'))
  await spendVerifyTime(password)
  return matches
}

/** True when the stored hash is not an argon2id hash with the platform's parameters (legacy ones included): replaced at the next sign-in. */
export const hashNeedsUpgrade = (hash: string): boolean => argon2NeedsRehash(hash)

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
  const hashes = [account.passwordHash, ...(await store.recentPasswordHashes(account.id, depth - 1))]
  for (const hash of hashes) if (await verifyAccountPassword(hash, password)) return true
  return false
}

/** Keeps the password being replaced in the account's history, so the history rule sees it. */
export async function keepInHistory(store: PlatformStore, account: AccountRecord, now: Date): Promise<void> {
  if (!isLegacyHash(account.passwordHash)) await store.addPasswordHistory(account.id, account.passwordHash, now)
}

/**
 * Stores an already computed hash as the account's password: history kept, change time reset,
 * forced-change flag cleared, in one transaction (or as part of the caller's, when `store` is a
 * transaction's: it can share one with the code it uses up).
 * With `endSessionsBut`, every other session of the account ends in the same transaction as the
 * new hash, so no session outlives the password it was opened with.
 */
export function storePasswordHash(
  store: PlatformStore,
  accountId: string,
  hash: string,
  now: Date,
  options: { endSessionsBut?: string } = {}
): Promise<AccountRecord> {
  return store.transaction(async (tx) => {
    const current = await tx.findAccountById(accountId)
    if (!current) throw new Error(`No account ${accountId}`)
    await keepInHistory(tx, current, now)
    if (options.endSessionsBut) await tx.revokeAllFamilies(current.id, now, options.endSessionsBut)
    return tx.updateAccount(current.id, {
      passwordHash: hash,
      passwordChangedAt: now.toISOString(),
      mustChangeReason: null
    })
  })
}

/** Sets a new password: hashed, then stored as `storePasswordHash` does. */
export async function setPassword(
  store: PlatformStore,
  account: AccountRecord,
  password: string,
  now: Date,
  options: { endSessionsBut?: string } = {}
): Promise<AccountRecord> {
  const hash = await hashPassword(password)
  return storePasswordHash(store, account.id, hash, now, options)
}
