import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

const files = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path]

/** Signed access tokens (JWS) all start like this, whatever they carry. */
const jwtPattern = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/
/** An argon2id hash as the offline verifier stores it: parameters, 16-byte salt, 32-byte digest (unpadded base64). */
const argon2Pattern = /\$argon2id\$v=\d+\$[a-z0-9=,]+\$([A-Za-z0-9+/]{22})\$([A-Za-z0-9+/]{43})/g

/** An account's own SQLite file and its WAL companions: the one place its offline verifier may be. */
const isAccountFile = (file: string): boolean => /[/\\]accounts[/\\][0-9a-f]{16}[/\\][\w-]+\.sqlite(-wal|-shm)?$/.test(file)

/** The salts and digests of every offline verifier kept under `paths`, with the file that holds each. */
export function offlineVerifiers(paths: string[]): { file: string; salt: string; digest: string }[] {
  const found: { file: string; salt: string; digest: string }[] = []
  for (const file of paths.flatMap(files).filter(isAccountFile)) {
    for (const m of readFileSync(file).toString('latin1').matchAll(argon2Pattern)) {
      found.push({ file: file.replace(/-(wal|shm)$/, ''), salt: m[1]!, digest: m[2]! })
    }
  }
  return found
}

/**
 * Every place under `paths` where one of `secrets`, anything shaped like an access token, or
 * anything of an offline verifier outside its own account file is written.
 */
export function findSecrets(paths: string[], secrets: string[]): string[] {
  const hits: string[] = []
  const verifiers = offlineVerifiers(paths)
  for (const file of paths.flatMap(files)) {
    const text = readFileSync(file).toString('latin1')
    const utf8 = readFileSync(file).toString('utf8')
    for (const secret of secrets) {
      if (text.includes(secret) || utf8.includes(secret)) hits.push(`${file}: contains a secret (${secret.slice(0, 3)}…)`)
    }
    if (jwtPattern.test(text)) hits.push(`${file}: contains an access token`)
    const own = file.replace(/-(wal|shm)$/, '')
    if (!isAccountFile(file) && text.includes('$argon2id$')) hits.push(`${file}: contains a password hash`)
    for (const v of verifiers) {
      if (v.file !== own && (text.includes(v.salt) || text.includes(v.digest))) hits.push(`${file}: contains part of the verifier of ${v.file}`)
    }
  }
  return hits
}

/** Everything the page keeps in the browser: local and session storage, cookies, IndexedDB database names. */
export async function rendererStorage(page: Page): Promise<string> {
  // Evaluated in the page (a string: this file is type-checked for Node, without the DOM).
  const inPage = await page.evaluate(`(async () => JSON.stringify({
    local: { ...localStorage },
    session: { ...sessionStorage },
    cookies: document.cookie,
    indexedDb: ((await indexedDB.databases?.()) ?? []).map((d) => d.name)
  }))()`)
  const state = await page.context().storageState()
  return JSON.stringify({ inPage, state })
}
