import { passwordPolicyPresets } from '../../src/shared/password-policy'
import { configFromEnv } from '../config'
import type { FilingStore } from '../store/filing-store'
import { openPlatformStores } from '../store/data-dir'
import type { PlatformStore } from '../store/platform-store'

/** Runs an admin action against the platform database in `dataDir`, closing it afterwards. */
export async function withStore<T>(dataDir: string, run: (store: PlatformStore, filing: FilingStore) => Promise<T>): Promise<T> {
  const { store, filing } = openPlatformStores(dataDir)
  try {
    return await run(store, filing)
  } finally {
    await store.close()
  }
}

export const policyInForce = () => passwordPolicyPresets[configFromEnv(process.env).policy]

/** Turns zod issues on command-line options into `--option: why` lines. */
export const optionErrors = (issues: { path: PropertyKey[]; message: string }[]): string =>
  issues.map((i) => `--${i.path.map(String).join('.')}: ${i.message}`).join('\n')
