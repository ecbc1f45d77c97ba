import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs'

/**
 * The platform's data (password hashes, refresh-token hashes, code keys, the signing key) is
 * for the platform's own user only: directories 0700, files 0600. Modes that an earlier
 * version or an operator left wider are narrowed at every start.
 */
export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

function narrow(path: string, mode: number): void {
  // Windows has no owner/group/other bits; its ACLs are the user profile's.
  if (process.platform === 'win32') return
  if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode)
}

/** Creates `dir` (and missing parents) owner-only, or narrows an existing one. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  narrow(dir, PRIVATE_DIR_MODE)
}

/** Creates `file` empty and owner-only when missing, or narrows an existing one. */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
  narrow(file, PRIVATE_FILE_MODE)
}

/** Narrows `file` when it exists (SQLite's -wal and -shm come and go). */
export function narrowIfPresent(file: string): void {
  if (existsSync(file)) narrow(file, PRIVATE_FILE_MODE)
}
