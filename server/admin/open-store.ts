import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { passwordPolicyPresets } from '../../src/shared/password-policy'
import { configFromEnv } from '../config'
import { openSqliteStore } from '../store/sqlite-store'
import type { PlatformStore } from '../store/platform-store'

/** Runs an admin action against the platform database in `dataDir`, closing it afterwards. */
export async function withStore<T>(dataDir: string, run: (store: PlatformStore) => Promise<T>): Promise<T> {
  mkdirSync(dataDir, { recursive: true })
  const store = openSqliteStore(join(dataDir, 'platform.sqlite'))
  try {
    return await run(store)
  } finally {
    store.close()
  }
}

export const policyInForce = () => passwordPolicyPresets[configFromEnv(process.env).policy]

/** Turns zod issues on command-line options into `--option: why` lines. */
export const optionErrors = (issues: { path: PropertyKey[]; message: string }[]): string =>
  issues.map((i) => `--${i.path.map(String).join('.')}: ${i.message}`).join('\n')
