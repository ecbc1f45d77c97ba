import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildPlatform } from '../server/app'
import { hashPassword } from '../server/auth/password-hash'
import { loadSigningKey } from '../server/auth/signing-key'
import type { PlatformConfig } from '../server/config'
import { openPlatformStores } from '../server/store/data-dir'
import type { NewAccount } from '../server/store/platform-store'

export const defaultConfig: PlatformConfig = { devOutbox: false, policy: 'office', ipRateLimit: 10_000 }

/** A clock tests move by hand: lockouts, code expiry and duplicate windows without waiting. */
export function manualClock(start = new Date()) {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    advance: (ms: number) => void (current += ms)
  }
}

/**
 * A real platform server on a free loopback port. Its database is a file in `dataDir`, so
 * admin commands can work on it the way they do in production.
 */
export async function startTestPlatform(
  config: Partial<PlatformConfig> = {},
  now?: () => Date,
  options: { prepare?: (app: FastifyInstance) => void } = {}
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-platform-'))
  const merged = { ...defaultConfig, ...config }
  const { store, filing } = openPlatformStores(dataDir)
  const signingKey = loadSigningKey(dataDir, merged.signingKey)
  const { app, ctx } = buildPlatform({ store, filing, signingKey, config: merged, now })
  // Hooks a test adds (to hold an answer, say) must be in place before the server starts.
  options.prepare?.(app)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  async function createAccount(
    loginName: string,
    password: string,
    extra: Partial<Omit<NewAccount, 'passwordHash' | 'loginName'>> = {}
  ) {
    return store.createAccount(
      {
        id: randomUUID(),
        loginName,
        type: 'person',
        displayName: loginName,
        passwordHash: await hashPassword(password),
        phone: null,
        email: null,
        ...extra
      },
      new Date()
    )
  }
  /** The newest code the dev outbox holds for `to`. */
  const lastCode = async (to: string) => (await store.outboxFor(to)).filter((m) => m.code !== '').at(-1)?.code ?? ''
  return { url, app, ctx, store, filing, dataDir, signingKey, createAccount, lastCode, close: () => app.close() }
}
export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Calls the platform in-process (fastify inject): status and parsed body, optional bearer token and client address. */
export function caller(platform: Pick<TestPlatform, 'app'>) {
  return async (method: Method, url: string, payload?: unknown, options: { token?: string; ip?: string } = {}) => {
    const res = await platform.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      remoteAddress: options.ip ?? '127.0.0.1'
    })
    return { status: res.statusCode, body: res.body ? res.json() : null }
  }
}
