import type { FilingStore } from './filing-store'
import type { PlatformStore } from './platform-store'
import { serialiseConnection } from './sqlite-connection'
import { sqliteFilingStore } from './sqlite-filing-store'
import { openSqliteDatabase, sqlitePlatformStore } from './sqlite-store'

export type PlatformStores = { store: PlatformStore; filing: FilingStore }

/**
 * Both stores over one connection to the platform's database file (created and migrated as
 * needed, owner-only): an identity transaction and a filing step then take turns instead of
 * waiting on each other's lock. Closing either closes the connection.
 */
export function openSqliteStores(file: string): PlatformStores {
  const connection = serialiseConnection(openSqliteDatabase(file))
  return { store: sqlitePlatformStore(connection), filing: sqliteFilingStore(connection) }
}
