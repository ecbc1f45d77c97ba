import { join } from 'node:path'
import { ensurePrivateDir } from './private-files'
import { openSqliteStores, type PlatformStores } from './sqlite-stores'

export const DATABASE_FILE = 'platform.sqlite'

/** Opens the platform database in `dataDir`; the directory is created (or narrowed to) 0700, the files 0600. */
export function openPlatformStores(dataDir: string): PlatformStores {
  ensurePrivateDir(dataDir)
  return openSqliteStores(join(dataDir, DATABASE_FILE))
}
