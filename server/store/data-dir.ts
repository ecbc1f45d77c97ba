import { join } from 'node:path'
import type { PlatformStore } from './platform-store'
import { ensurePrivateDir } from './private-files'
import { openSqliteStore } from './sqlite-store'

export const DATABASE_FILE = 'platform.sqlite'

/** Opens the platform database in `dataDir`; the directory is created (or narrowed to) 0700, the files 0600. */
export function openPlatformStore(dataDir: string): PlatformStore {
  ensurePrivateDir(dataDir)
  return openSqliteStore(join(dataDir, DATABASE_FILE))
}
