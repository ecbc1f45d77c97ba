import { signInLockout } from '../../src/shared/sign-in-lockout'
import type { AccountRecord, PlatformStore } from '../store/platform-store'

export const MAX_FAILURES = signInLockout.maxFailures
export const FAILURE_WINDOW_MS = signInLockout.windowMinutes * 60_000
export const LOCK_MS = signInLockout.lockMinutes * 60_000

/** Seconds until the account's lock ends, or 0 when it is not locked. */
export function lockRemaining(account: AccountRecord, now: Date): number {
  if (!account.lockedUntil) return 0
  return Math.max(0, Math.ceil((new Date(account.lockedUntil).getTime() - now.getTime()) / 1000))
}

/** Records a wrong password; the fifth within 15 minutes locks the account for 15 minutes. Returns the lock's seconds. */
export function recordFailure(store: PlatformStore, account: AccountRecord, now: Date): number {
  return store.transaction(() => {
    store.recordSignInFailure(account.id, now)
    const recent = store.countSignInFailuresSince(account.id, new Date(now.getTime() - FAILURE_WINDOW_MS))
    if (recent < MAX_FAILURES) return 0
    store.updateAccount(account.id, { lockedUntil: new Date(now.getTime() + LOCK_MS).toISOString() })
    store.clearSignInFailures(account.id)
    return LOCK_MS / 1000
  })
}

export function clearFailures(store: PlatformStore, account: AccountRecord): void {
  store.transaction(() => {
    store.clearSignInFailures(account.id)
    if (account.lockedUntil) store.updateAccount(account.id, { lockedUntil: null })
  })
}
