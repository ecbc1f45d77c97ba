import { passwordPolicySchema, type PasswordPolicy } from '../../../shared/password-policy'
import type { ClientDatabase } from './database'

export type CachedPolicy = { policy: PasswordPolicy; fetchedAt: string }

/** The password policy each platform served last, kept so the rules show offline. */
export function createPolicyCache(db: ClientDatabase, origin: string) {
  const q = {
    save: db.prepare(`INSERT INTO password_policies (origin, policy, fetched_at) VALUES (?, ?, ?)
      ON CONFLICT(origin) DO UPDATE SET policy = excluded.policy, fetched_at = excluded.fetched_at`),
    load: db.prepare<[string], { policy: string; fetched_at: string }>(
      'SELECT policy, fetched_at FROM password_policies WHERE origin = ?'
    )
  }
  return {
    save: (policy: PasswordPolicy, at: Date) => void q.save.run(origin, JSON.stringify(policy), at.toISOString()),
    /** A row an older or newer program wrote in another shape counts as no cache, never as a crash. */
    load(): CachedPolicy | undefined {
      const row = q.load.get(origin)
      if (!row) return undefined
      let json: unknown
      try {
        json = JSON.parse(row.policy)
      } catch {
        return undefined
      }
      const parsed = passwordPolicySchema.safeParse(json)
      return parsed.success ? { policy: parsed.data, fetchedAt: row.fetched_at } : undefined
    }
  }
}
export type PolicyCache = ReturnType<typeof createPolicyCache>
