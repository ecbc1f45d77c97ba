import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'

/**
 * better-sqlite3 is not an N-API module, so Electron needs a binary built for its own ABI.
 * It is kept outside node_modules, so the Node build there keeps serving tests and the server:
 * packaged apps carry it in resources/native; a checkout gets it from `npm run rebuild:electron-sqlite`.
 */
export function sqliteNativeBinding(): { path: string } | { missing: string } {
  const path = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node')
  return existsSync(path) ? { path } : { missing: path }
}
