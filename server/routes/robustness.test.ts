import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorCodeSchema } from '../../src/shared/error-codes'
import { startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let token: string

beforeAll(async () => {
  platform = await startTestPlatform({ devOutbox: true, ipRateLimit: 1_000_000 })
  await platform.createAccount('fuzzed', 'Fuzz-Pass-2026', { phone: '13700000000' })
  const res = await platform.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { account: 'fuzzed', password: 'Fuzz-Pass-2026' } })
  token = res.json().accessToken
})
afterAll(() => platform.close())

/** Every table's rows, hashed: "no change in the database" is this value staying put. */
function databaseFingerprint(): string {
  const db = new Database(join(platform.dataDir, 'platform.sqlite'), { readonly: true })
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()
  const hash = createHash('sha256')
  for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()))
  db.close()
  return hash.digest('hex')
}

/** Each endpoint with a body, and the keys its body has. */
const endpoints = [
  { method: 'POST', url: '/api/v1/verification-codes', keys: ['purpose', 'channel', 'to', 'account'] },
  { method: 'POST', url: '/api/v1/accounts', keys: ['type', 'password', 'phone', 'email', 'code', 'profile'] },
  { method: 'POST', url: '/api/v1/sessions', keys: ['account', 'password', 'device'] },
  { method: 'POST', url: '/api/v1/sessions/refresh', keys: ['refreshToken'] },
  { method: 'POST', url: '/api/v1/me/password', keys: ['currentPassword', 'newPassword'], auth: true },
  { method: 'PUT', url: '/api/v1/me/profile', keys: ['profile', 'phone', 'email', 'code'], auth: true },
  { method: 'PUT', url: '/api/v1/me/contacts', keys: ['currentPassword', 'phone', 'email', 'code'], auth: true },
  { method: 'POST', url: '/api/v1/password-resets', keys: ['account', 'channel'] },
  { method: 'POST', url: '/api/v1/password-resets/confirm', keys: ['account', 'code', 'newPassword'] },
  { method: 'POST', url: '/api/v1/support-requests', keys: ['kind', 'account', 'contact', 'body'] }
] as const

/** A value of any type but the string every field of these bodies wants. */
const notAString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }))

const body = (keys: readonly string[]) =>
  fc.oneof(
    // Arbitrary JSON of any shape.
    fc.jsonValue({ maxDepth: 3 }).map((v) => ({ json: JSON.stringify(v) ?? 'null' })),
    // The right keys with values of the wrong type.
    fc.dictionary(fc.constantFrom(...keys), notAString, { minKeys: 1 }).map((v) => ({ json: JSON.stringify(v) })),
    // Text that is not JSON at all.
    fc.string({ maxLength: 40 }).filter((s) => { try { JSON.parse(s); return false } catch { return true } }).map((s) => ({ json: s }))
  )

describe('10,000 generated request bodies', () => {
  it('get a coded 4xx answer, never a 5xx, and leave the database unchanged', async () => {
    const before = databaseFingerprint()
    const seen = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints).chain((e) => body(e.keys).map((b) => ({ e, b }))), async ({ e, b }) => {
        const res = await platform.app.inject({
          method: e.method,
          url: e.url,
          payload: b.json,
          headers: { 'content-type': 'application/json', ...('auth' in e ? { authorization: `Bearer ${token}` } : {}) }
        })
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1)
        expect(res.statusCode).toBeGreaterThanOrEqual(400)
        expect(res.statusCode).toBeLessThan(500)
        expect(errorCodeSchema.safeParse(res.json().error?.code).success).toBe(true)
      }),
      { numRuns: 10_000 }
    )
    expect(databaseFingerprint()).toBe(before)
    // Most bodies are refused by validation, some before it (malformed JSON).
    expect(seen.get(422)).toBeGreaterThan(5000)
    expect(seen.get(400)).toBeGreaterThan(100)
  }, 120_000)
})
