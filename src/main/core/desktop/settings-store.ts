import { defaultSettings, settingsSchema, type Settings } from '../../../shared/settings'
import type { ClientDatabase } from '../store/database'

type Key = keyof Settings
const keys = Object.keys(defaultSettings) as Key[]

/**
 * The user's settings in the client database, one row per setting (JSON). A value that no
 * longer parses (an older build wrote it, or the file was edited) reads as its default.
 */
export function createSettingsStore(db: ClientDatabase) {
  const q = {
    all: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings'),
    put: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    remove: db.prepare('DELETE FROM settings WHERE key = ?')
  }
  const shape = settingsSchema.shape

  function read(): Settings {
    const settings: Settings = { ...defaultSettings }
    for (const row of q.all.all()) {
      if (!keys.includes(row.key as Key)) continue
      const key = row.key as Key
      let value: unknown
      try {
        value = JSON.parse(row.value)
      } catch {
        continue
      }
      const parsed = shape[key].safeParse(value)
      if (parsed.success) (settings as Record<Key, unknown>)[key] = parsed.data
    }
    return settings
  }

  const write = db.transaction((changes: Partial<Settings>): void => {
    for (const key of keys) {
      if (!(key in changes)) continue
      const value = changes[key]
      if (JSON.stringify(value) === JSON.stringify(defaultSettings[key])) q.remove.run(key)
      else q.put.run(key, JSON.stringify(value))
    }
  })

  return {
    read,
    /** Stores the given settings (already checked by the contract) in one transaction; a default is stored as no row. */
    write(changes: Partial<Settings>): Settings {
      write(changes)
      return read()
    }
  }
}
export type SettingsStore = ReturnType<typeof createSettingsStore>

/**
 * The settings before anything else starts (the platform address decides what the core
 * talks to): opens the database, reads, closes.
 */
export function readSettingsAt(open: () => ClientDatabase): Settings {
  const db = open()
  try {
    return createSettingsStore(db).read()
  } finally {
    db.close()
  }
}
