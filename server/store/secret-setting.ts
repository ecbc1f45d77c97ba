import { randomBytes } from 'node:crypto'
import type { PlatformStore } from './platform-store'

/**
 * A random secret kept in the platform database, made on first use (the code and decoy hashing
 * keys). Never the access-token signing key: that one stays out of the database (auth/signing-key.ts).
 */
export async function secretSetting(store: PlatformStore, key: string): Promise<string> {
  const value = await store.getSetting(key)
  if (value) return value
  // Made and stored in one transaction, so two first uses at once keep one secret.
  return store.transaction(async (tx) => {
    const stored = await tx.getSetting(key)
    if (stored) return stored
    const made = randomBytes(32).toString('base64')
    await tx.setSetting(key, made)
    return made
  })
}
