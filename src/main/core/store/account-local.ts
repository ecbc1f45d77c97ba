import { accountSchema, type Account } from '../../../shared/platform-api'
import { createOfflineVerifier } from '../offline/offline-verifier'
import type { ClientDatabase } from './database'

/**
 * What one account keeps in its own file: its settings, the last profile the platform sent
 * (so the account opens offline), and the offline verifier. Other modules (drafts, notices)
 * use `db`, the same handle.
 */
export function createAccountLocal(db: ClientDatabase, now: () => Date = () => new Date()) {
  const q = {
    profile: db.prepare<[], { account_json: string }>('SELECT account_json FROM profile WHERE id = 1'),
    saveProfile: db.prepare(
      `INSERT INTO profile (id, account_json, saved_at) VALUES (1, ?, ?)
       ON CONFLICT(id) DO UPDATE SET account_json = excluded.account_json, saved_at = excluded.saved_at`
    ),
    settings: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key'),
    setSetting: db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
    ),
    deleteSetting: db.prepare('DELETE FROM settings WHERE key = ?')
  }
  return {
    /** The account's own database handle, for modules that keep their data there. */
    db: db as ClientDatabase,
    verifier: createOfflineVerifier(db, now),
    /** The account as the platform last described it; undefined before the first online sign-in. */
    cachedAccount(): Account | undefined {
      const row = q.profile.get()
      if (!row) return undefined
      const parsed = accountSchema.safeParse(JSON.parse(row.account_json))
      return parsed.success ? parsed.data : undefined
    },
    cacheAccount: (account: Account): void => void q.saveProfile.run(JSON.stringify(account), now().toISOString()),
    settings: (): Record<string, string> => Object.fromEntries(q.settings.all().map((r) => [r.key, r.value])),
    setSetting(key: string, value: string | null): void {
      if (value === null) q.deleteSetting.run(key)
      else q.setSetting.run(key, value, now().toISOString())
    },
    close(): void {
      db.close()
    }
  }
}
export type AccountLocal = ReturnType<typeof createAccountLocal>
