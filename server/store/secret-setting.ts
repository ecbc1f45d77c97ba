import { randomBytes } from 'node:crypto'
import type { PlatformStore } from './platform-store'

/** A random secret kept in the platform database, made on first use (signing and hashing keys). */
export function secretSetting(store: PlatformStore, key: string): string {
  let value = store.getSetting(key)
  if (!value) {
    value = randomBytes(32).toString('base64')
    store.setSetting(key, value)
  }
  return value
}
