import { randomInt } from 'node:crypto'
import { z } from 'zod'
import { keepInHistory } from '../auth/credentials'
import { hashPassword } from '../auth/password-hash'
import { optionErrors, policyInForce, withStore } from './open-store'

const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#$%&*+=?@']

/** A temporary password that satisfies either preset: every character class, at least 16 long. */
export function temporaryPassword(length: number): string {
  const all = sets.join('')
  const chars = sets.map((s) => s[randomInt(s.length)]!)
  while (chars.length < length) chars.push(all[randomInt(all.length)]!)
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
  }
  return chars.join('')
}

const args = z.object({ data: z.string().min(1), login: z.string().trim().min(1) })
export const resetPasswordOptions = ['data', 'login']

/** Admin reset: a temporary password the user must change at the next sign-in; every session ends. */
export async function resetPassword(values: Record<string, unknown>): Promise<string> {
  const parsed = args.safeParse(values)
  if (!parsed.success) throw new Error(optionErrors(parsed.error.issues))
  const policy = policyInForce()
  const password = temporaryPassword(Math.min(policy.maxLength, Math.max(16, policy.minLength)))
  const hash = await hashPassword(password)
  return withStore(parsed.data.data, async (store) => {
    const account = await store.findAccountBySignInName(parsed.data.login)
    if (!account) throw new Error(`No account ${parsed.data.login}`)
    const now = new Date()
    await store.transaction(async (tx) => {
      // The password being replaced stays in the history: the forced change cannot bring it back.
      await keepInHistory(tx, account, now)
      await tx.updateAccount(account.id, { passwordHash: hash, mustChangeReason: 'temporary', lockedUntil: null, passwordChangedAt: now.toISOString() })
      await tx.clearSignInFailures(account.id)
      await tx.revokeAllFamilies(account.id, now)
    })
    return `Temporary password for ${account.loginName}: ${password}\nThe user must change it at the next sign-in.`
  })
}
