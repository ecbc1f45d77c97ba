import { passwordPolicyPresets } from '../../src/shared/password-policy'
import { configFromEnv } from '../config'
import { openPlatformStore } from '../store/data-dir'
import type { PlatformStore } from '../store/platform-store'

/** Runs an admin action against the platform database in `dataDir`, closing it afterwards. */
export async function withStore<T>(dataDir: string, run: (store: PlatformStore) => Promise<T>): Promise<T> {
  const store = openPlatformStore(dataDir)
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
