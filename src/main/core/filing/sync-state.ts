import type { Database } from 'better-sqlite3'

/** Cursors of the platform's change feeds, saved in the same transaction as the page they end. */
export function createSyncState(db: Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?')
  const set = db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  return {
    cursor: (feed: 'drafts' | 'notices'): string | null => get.get(`${feed}_cursor`)?.value ?? null,
    saveCursor: (feed: 'drafts' | 'notices', cursor: string) => void set.run(`${feed}_cursor`, cursor)
  }
}
export type SyncState = ReturnType<typeof createSyncState>
