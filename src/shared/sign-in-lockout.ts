/**
 * The platform's lockout rule, which the sign-in page states before it bites: this many
 * wrong passwords within the window lock the account for the lock time. A password reset
 * lifts the lock at once.
 */
export const signInLockout = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const
