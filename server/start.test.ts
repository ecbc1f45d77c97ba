import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { migrate } from '../src/shared/migrate'
import { withStore } from './admin/open-store'
import { hashPassword } from './auth/password-hash'
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './auth/tokens'
import { configFromEnv } from './config'
import { platformMigrations } from './store/migrations'
import { openSqliteDatabase } from './store/sqlite-store'
import { startPlatform } from './start'
import { defaultConfig } from '../test/platform-fixture'

const mode = (path: string) => statSync(path).mode & 0o777
const fresh = () => join(mkdtempSync(join(tmpdir(), 'patentdesk-start-')), 'deeper', 'data')
const posixOnly = process.platform === 'win32' ? it.skip : it

async function signInOn(url: string, account: string, password: string) {
  const res = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account, password })
  })
  return { status: res.status, body: (await res.json()) as { accessToken: string } }
}
const meOn = async (url: string, token: string) => (await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status

describe('the platform’s data is private', () => {
  posixOnly('creates its data dir 0700 and its database (with -wal and -shm) and signing key 0600', async () => {
    const dataDir = fresh()
    const platform = await startPlatform({ dataDir, config: defaultConfig })
    await withStore(dataDir, async (store) => {
      await store.createAccount({ id: 'a1', loginName: 'modes', type: 'person', displayName: 'm', passwordHash: await hashPassword('Modes-Pass-1x'), phone: null, email: null }, new Date())
    })
    expect((await signInOn(platform.url, 'modes', 'Modes-Pass-1x')).status).toBe(200)
    const files = ['platform.sqlite', 'platform.sqlite-wal', 'platform.sqlite-shm', 'signing.key'].map((f) => join(dataDir, f))
    const modes = Object.fromEntries(files.map((f) => [f, existsSync(f) ? mode(f) : 'missing']))
    await platform.close()
    expect(mode(dataDir)).toBe(0o700)
    expect(mode(join(dataDir, '..'))).toBe(0o700)
    expect(Object.values(modes)).toEqual([0o600, 0o600, 0o600, 0o600])
  })

  posixOnly('narrows a data dir and files that an earlier version left readable', async () => {
    const dataDir = fresh()
    mkdirSync(dataDir, { recursive: true, mode: 0o755 })
    chmodSync(dataDir, 0o755)
    const file = join(dataDir, 'platform.sqlite')
    new Database(file).close()
    chmodSync(file, 0o644)
    writeFileSync(join(dataDir, 'signing.key'), randomBytes(32).toString('base64'), { mode: 0o644 })
    await withStore(dataDir, async () => undefined)
    expect([mode(dataDir), mode(file)]).toEqual([0o700, 0o600])
    const platform = await startPlatform({ dataDir, config: defaultConfig })
    await platform.close()
    expect(mode(join(dataDir, 'signing.key'))).toBe(0o600)
  })

  it('keeps the signing key out of the database and retires a key an older version stored there', async () => {
    const dataDir = fresh()
    mkdirSync(dataDir, { recursive: true })
    const oldKey = randomBytes(32)
    const old = new Database(join(dataDir, 'platform.sqlite'))
    migrate(old, platformMigrations.slice(0, 4))
    old.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('access_token_key', oldKey.toString('base64'))
    old.close()

    const platform = await startPlatform({ dataDir, config: defaultConfig })
    await withStore(dataDir, async (store) => {
      expect(await store.getSetting('access_token_key')).toBeUndefined()
      await store.createAccount({ id: 'a2', loginName: 'keyed', type: 'person', displayName: 'k', passwordHash: await hashPassword('Keyed-Pass-1x'), phone: null, email: null }, new Date())
    })
    const session = await signInOn(platform.url, 'keyed', 'Keyed-Pass-1x')
    const sid = JSON.parse(Buffer.from(session.body.accessToken.split('.')[1]!, 'base64url').toString()).sid as string
    const now = Math.floor(Date.now() / 1000)
    const withOldKey = await new SignJWT({ sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject('a2')
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(new Uint8Array(oldKey))
    const statuses = [await meOn(platform.url, session.body.accessToken), await meOn(platform.url, withOldKey)]
    await platform.close()
    expect(statuses).toEqual([200, 401])
    // The key the platform signs with is the file's, and it is not in the database file at all.
    const fileKey = readFileSync(join(dataDir, 'signing.key'), 'utf8').trim()
    expect(Buffer.from(fileKey, 'base64')).toHaveLength(32)
    expect(readFileSync(join(dataDir, 'platform.sqlite')).includes(Buffer.from(fileKey))).toBe(false)
  })

  it('takes the signing key from PLATFORM_SIGNING_KEY when set, and then makes no key file', async () => {
    const dataDir = fresh()
    const key = randomBytes(32)
    const platform = await startPlatform({ dataDir, config: { ...defaultConfig, signingKey: key.toString('base64') } })
    await withStore(dataDir, async (store) => {
      await store.createAccount({ id: 'a3', loginName: 'env', type: 'person', displayName: 'e', passwordHash: await hashPassword('Env-Key-Pass-1x'), phone: null, email: null }, new Date())
    })
    const session = await signInOn(platform.url, 'env', 'Env-Key-Pass-1x')
    await platform.close()
    const { jwtVerify } = await import('jose')
    await expect(jwtVerify(session.body.accessToken, new Uint8Array(key))).resolves.toBeTruthy()
    expect(existsSync(join(dataDir, 'signing.key'))).toBe(false)
  })

  it('refuses a PLATFORM_SIGNING_KEY that is too short or not base64, without echoing it', () => {
    const short = randomBytes(16).toString('base64')
    expect(() => configFromEnv({ PLATFORM_SIGNING_KEY: short })).toThrow(/PLATFORM_SIGNING_KEY/)
    expect(() => configFromEnv({ PLATFORM_SIGNING_KEY: short })).not.toThrow(short)
    expect(() => configFromEnv({ PLATFORM_SIGNING_KEY: 'not base64!' })).toThrow(/PLATFORM_SIGNING_KEY/)
    const good = randomBytes(32).toString('base64')
    expect(configFromEnv({ PLATFORM_SIGNING_KEY: good }).signingKey).toBe(good)
  })

  it('runs SQLite with synchronous=FULL, so a committed revocation survives a power cut', () => {
    const db = openSqliteDatabase(join(mkdtempSync(join(tmpdir(), 'patentdesk-sync-')), 'p.sqlite'))
    const level = db.pragma('synchronous', { simple: true })
    db.close()
    expect(level).toBe(2)
  })
})
