import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { accountDatabasePath, openAccountDatabase } from '../store/account-database'
import { createOfflineVerifier } from './offline-verifier'

const origin = 'https://platform.example'
const password = 'Offline-Verifier-2026'

describe('offline verifier', () => {
  it('opens only with the password it was made from, keeps neither the password nor its text, and is replaced', async () => {
    const dataDir = mkdtempSync(`${tmpdir()}/patentdesk-verifier-`)
    const db = openAccountDatabase('acc-1', { dataDir, origin })
    const verifier = createOfflineVerifier(db)
    expect(await verifier.check(password)).toBe(false)
    await verifier.replace(password)
    expect(await verifier.check(password)).toBe(true)
    expect(await verifier.check(`${password}x`)).toBe(false)
    expect(await verifier.check(password.toLowerCase())).toBe(false)

    const { hash } = db.prepare('SELECT hash FROM offline_verifier').get() as { hash: string }
    expect(hash).toMatch(/^\$argon2id\$/)
    db.pragma('wal_checkpoint(TRUNCATE)')
    const bytes = readFileSync(accountDatabasePath(dataDir, origin, 'acc-1'))
    expect(bytes.includes(Buffer.from(password))).toBe(false)

    // After a password change elsewhere and a new online sign-in, only the new password opens it.
    await verifier.replace('Changed-Elsewhere-2026')
    expect(await verifier.check(password)).toBe(false)
    verifier.remove()
    expect(verifier.exists()).toBe(false)
    expect(await verifier.check('Changed-Elsewhere-2026')).toBe(false)
    db.close()
  })
})
