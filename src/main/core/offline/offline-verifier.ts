import argon2 from 'argon2'
import type { ClientDatabase } from '../store/database'

/**
 * The offline verifier: an argon2id hash of the password, kept in the account's own file so
 * that a known account can be opened with no network. Never the password, never anything it
 * can be read back from; replaced after each online sign-in, deleted with the account.
 */
export function createOfflineVerifier(db: ClientDatabase, now: () => Date = () => new Date()) {
  const q = {
    get: db.prepare<[], { hash: string }>('SELECT hash FROM offline_verifier WHERE id = 1'),
    put: db.prepare(
      `INSERT INTO offline_verifier (id, hash, created_at) VALUES (1, ?, ?)
       ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at`
    ),
    remove: db.prepare('DELETE FROM offline_verifier WHERE id = 1')
  }
  return {
    exists: (): boolean => q.get.get() !== undefined,
    /** After an online sign-in the platform vouched for `password`: keep a fresh verifier for it. */
    async replace(password: string): Promise<void> {
      const hash = await argon2.hash(password, { type: argon2.argon2id })
      q.put.run(hash, now().toISOString())
    },
    /** True only when a verifier exists and `password` matches it. */
    async check(password: string): Promise<boolean> {
      const row = q.get.get()
      if (!row) return false
      try {
        return await argon2.verify(row.hash, password)
      } catch {
        return false
      }
    },
    remove: (): void => void q.remove.run()
  }
}
export type OfflineVerifier = ReturnType<typeof createOfflineVerifier>
