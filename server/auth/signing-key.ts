import { randomBytes } from 'node:crypto'
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensurePrivateFile, PRIVATE_FILE_MODE } from '../store/private-files'

/** HS256 wants a key at least as long as its hash. */
export const SIGNING_KEY_BYTES = 32
export const SIGNING_KEY_FILE = 'signing.key'

/** Decodes a base64 key, refusing one too short to be safe. */
export function decodeSigningKey(base64: string, source: string): Uint8Array {
  const key = Buffer.from(base64.trim(), 'base64')
  if (key.length < SIGNING_KEY_BYTES) throw new Error(`${source}: the signing key must be at least ${SIGNING_KEY_BYTES} bytes of base64`)
  return new Uint8Array(key)
}

/**
 * The access-token signing key. It never lives in the database, so a copy of the database
 * (a backup, a support dump) cannot mint tokens: it comes from the environment
 * (`PLATFORM_SIGNING_KEY`, base64) when set, else from `<dataDir>/signing.key` (base64, 0600),
 * made on first start.
 */
export function loadSigningKey(dataDir: string, fromEnvironment?: string): Uint8Array {
  if (fromEnvironment) return decodeSigningKey(fromEnvironment, 'PLATFORM_SIGNING_KEY')
  const file = join(dataDir, SIGNING_KEY_FILE)
  if (!existsSync(file)) createKeyFile(file)
  ensurePrivateFile(file)
  return decodeSigningKey(readFileSync(file, 'utf8'), file)
}

/**
 * Written aside, then linked into place: the key appears whole or not at all, and a key that
 * another process (an admin command, a second start) has just made is kept, not overwritten.
 */
function createKeyFile(file: string): void {
  const draft = `${file}.${process.pid}.new`
  writeFileSync(draft, `${randomBytes(SIGNING_KEY_BYTES).toString('base64')}\n`, { mode: PRIVATE_FILE_MODE })
  try {
    linkSync(draft, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    rmSync(draft, { force: true })
  }
}
