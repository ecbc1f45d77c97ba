import { createHmac } from 'node:crypto'
import { signInLockout } from '../../src/shared/sign-in-lockout'
import type { AccountRecord, PlatformStore } from '../store/platform-store'
import { secretSetting } from '../store/secret-setting'

export const MAX_FAILURES = signInLockout.maxFailures
export const FAILURE_WINDOW_MS = signInLockout.windowMinutes * 60_000
export const LOCK_MS = signInLockout.lockMinutes * 60_000

/** Seconds until the account's lock ends, or 0 when it is not locked. */
export function lockRemaining(account: AccountRecord, now: Date): number {
  if (!account.lockedUntil) return 0
  return Math.max(0, Math.ceil((new Date(account.lockedUntil).getTime() - now.getTime()) / 1000))
}

/** Records a wrong password; the fifth within 15 minutes locks the account for 15 minutes. Returns the lock's seconds. */
export function recordFailure(store: PlatformStore, account: AccountRecord, now: Date): Promise<number> {
  return store.transaction(async (tx) => {
    await tx.recordSignInFailure(account.id, now)
    const recent = await tx.countSignInFailuresSince(account.id, new Date(now.getTime() - FAILURE_WINDOW_MS))
    if (recent < MAX_FAILURES) return 0
    await tx.updateAccount(account.id, { lockedUntil: new Date(now.getTime() + LOCK_MS).toISOString() })
    await tx.clearSignInFailures(account.id)
    return LOCK_MS / 1000
  })
}

export function clearFailures(store: PlatformStore, account: AccountRecord): Promise<void> {
  return store.transaction(async (tx) => {
    await tx.clearSignInFailures(account.id)
    if (account.lockedUntil) await tx.updateAccount(account.id, { lockedUntil: null })
  })
}

/*
 * Names no account has are locked the same way, so that the answers to wrong passwords (401s,
 * then 423 with retryAfter) never tell an existing name from an unknown one. They are counted
 * under a keyed hash of the normalised name: the database never holds a guessed name in clear.
 */

/** The key a name no account has is counted under. */
export async function unknownNameKey(store: PlatformStore, name: string): Promise<string> {
  const normalised = name.normalize('NFKC').trim().toLowerCase()
  return createHmac('sha256', await secretSetting(store, 'sign_in_name_key')).update(normalised).digest('hex')
}

export async function nameLockRemaining(store: PlatformStore, nameKey: string, now: Date): Promise<number> {
  const until = await store.nameLockedUntil(nameKey)
  if (!until) return 0
  return Math.max(0, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000))
}

/** As `recordFailure`, for a name no account has. Returns the lock's seconds. */
export function recordNameFailure(store: PlatformStore, nameKey: string, now: Date): Promise<number> {
  return store.transaction(async (tx) => {
    const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS)
    await tx.recordNameFailure(nameKey, now, windowStart)
    if ((await tx.countNameFailuresSince(nameKey, windowStart)) < MAX_FAILURES) return 0
    await tx.lockName(nameKey, new Date(now.getTime() + LOCK_MS))
    await tx.clearNameFailures(nameKey)
    return LOCK_MS / 1000
  })
}
