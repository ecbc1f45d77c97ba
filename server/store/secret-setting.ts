import { randomBytes } from 'node:crypto'
import type { PlatformStore } from './platform-store'

/**
 * A random secret kept in the platform database, made on first use (the code and decoy hashing
 * keys). Never the access-token signing key: that one stays out of the database (auth/signing-key.ts).
 */
export function secretSetting(store: PlatformStore, key: string): string {
  let value = store.getSetting(key)
  if (!value) {
    value = randomBytes(32).toString('base64')
    store.setSetting(key, value)
  }
  return value
}
