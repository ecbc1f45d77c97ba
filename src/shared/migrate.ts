/**
 * Applies numbered migrations in order, each inside its own transaction, and records
 * the schema version with `PRAGMA user_version`. Pure: works with any database that
 * offers these three calls (better-sqlite3 in the app and in the platform server).
 */
export type MigratableDatabase = {
  exec(sql: string): unknown
  pragma(source: string, options: { simple: true }): unknown
  transaction(fn: () => void): () => unknown
}

export type Migration = { version: number; name: string; up: string }

export function migrate(db: MigratableDatabase, migrations: readonly Migration[]): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const current = Number(db.pragma('user_version', { simple: true }))
  if (current > sorted.length) {
    throw new Error(`Database schema version ${current} is newer than this program (${sorted.length})`)
  }
  for (const m of sorted.slice(current)) {
    db.transaction(() => {
      db.exec(m.up)
      db.exec(`PRAGMA user_version = ${m.version}`)
    })()
  }
  return sorted.length
}

/**
 * Applies one named list of migrations, tracking its version in a table of its own, so that
 * several modules can each bring their migrations to one database without sharing a counter.
 */
export type ListMigratableDatabase = MigratableDatabase & {
  prepare(sql: string): { get(...args: unknown[]): unknown; run(...args: unknown[]): unknown }
}

export function migrateList(db: ListMigratableDatabase, name: string, migrations: readonly Migration[]): number {
  db.exec('CREATE TABLE IF NOT EXISTS migration_lists (name TEXT PRIMARY KEY, version INTEGER NOT NULL)')
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${name}/${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const row = db.prepare('SELECT version FROM migration_lists WHERE name = ?').get(name) as { version: number } | undefined
  const current = row?.version ?? 0
  if (current > sorted.length) {
    throw new Error(`Database schema ${name} version ${current} is newer than this program (${sorted.length})`)
  }
  for (const m of sorted.slice(current)) {
    db.transaction(() => {
      db.exec(m.up)
      db.prepare(
        'INSERT INTO migration_lists (name, version) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET version = excluded.version'
      ).run(name, m.version)
    })()
  }
  return sorted.length
}
