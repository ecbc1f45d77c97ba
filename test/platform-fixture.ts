import { randomUUID } from 'node:crypto'
import { buildPlatform } from '../server/app'
import { hashPassword } from '../server/auth/password-hash'
import type { PlatformConfig } from '../server/config'
import { openSqliteStore } from '../server/store/sqlite-store'

export const defaultConfig: PlatformConfig = { devOutbox: false, policy: 'office', ipRateLimit: 60 }

/** A real platform server on a free loopback port, with an in-memory database. */
export async function startTestPlatform(config: Partial<PlatformConfig> = {}, now?: () => Date) {
  const store = openSqliteStore(':memory:')
  const { app, ctx } = buildPlatform({ store, config: { ...defaultConfig, ...config }, now })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  async function createAccount(loginName: string, password: string, extra: { phone?: string; displayName?: string } = {}) {
    return store.createAccount(
      {
        id: randomUUID(),
        loginName,
        type: 'person',
        displayName: extra.displayName ?? loginName,
        passwordHash: await hashPassword(password),
        phone: extra.phone ?? null,
        email: null
      },
      new Date()
    )
  }
  return { url, app, ctx, store, createAccount, close: () => app.close() }
}
export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>
