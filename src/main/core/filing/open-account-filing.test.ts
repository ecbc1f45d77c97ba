import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedInAccount } from '../../../../test/filing-data'
import { startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { platformClient } from '../../../../test/platform-client'
import { switchableProxy } from '../../../../test/switchable-proxy'
import type { AccountState, EventPayload } from '../../../shared/ipc-contract'
import { err, ok } from '../../../shared/result'
import { openAccountDatabase } from '../store/account-database'
import { filingMigrationList } from './account-migrations'
import { createOpenAccountFiling } from './open-account-filing'

let platform: TestPlatform
let proxy: Awaited<ReturnType<typeof switchableProxy>>

beforeAll(async () => {
  platform = await startTestPlatform()
  proxy = await switchableProxy(platform.url)
})
afterAll(async () => {
  await proxy.down()
  await platform.close()
})

/**
 * One open account whose session the test turns offline and online, as the session service
 * does when a call (the session watch, a window coming back) finds the platform gone or back;
 * its calls go through a proxy the test switches off and on.
 */
async function oneAccount() {
  const { id, token } = await signedInAccount(platform)
  const dir = mkdtempSync(join(tmpdir(), 'patentdesk-open-filing-'))
  const db = openAccountDatabase(id, { dataDir: dir, origin: platform.url, extraMigrations: [filingMigrationList] })
  let session: AccountState = 'online'
  const told: EventPayload<'syncProgress'>[] = []
  const filing = createOpenAccountFiling({
    accounts: {
      get: () =>
        ok({
          service: {
            state: () => session,
            withAccess: (call) => (session === 'online' ? call(token) : Promise.resolve(err('NETWORK', 'The platform cannot be reached')))
          },
          local: { db }
        }),
      currentId: () => id,
      list: () => [{ id }]
    },
    folderOf: (accountId) => join(dir, accountId),
    client: platformClient({ baseUrl: proxy.url, timeoutMs: 3_000 }),
    emit: (event, payload) => {
      if (event === 'syncProgress') told.push(payload as EventPayload<'syncProgress'>)
    },
    // Rounds only when the test or the account's return asks for one.
    engine: { idleMs: 3_600_000, debounceMs: 3_600_000, backoff: { baseMs: 3_600_000, maxMs: 3_600_000 } }
  })
  const workspace = () => {
    const found = filing.resolve(id)
    if (!found.ok) throw new Error(found.error.code)
    return found.value
  }
  return {
    filing,
    workspace,
    setSession: (state: AccountState) => void (session = state),
    /** What the header was told last. */
    lastTold: () => told.at(-1)?.state
  }
}

describe('the sync state each account shows', () => {
  it('turns offline as soon as the session finds the platform gone, with no round in between, and synced when it is back', async () => {
    const { filing, workspace, setSession, lastTold } = await oneAccount()
    filing.reconcile()
    await expect.poll(() => workspace().status().state).toBe('synced')
    expect(lastTold()).toBe('synced')

    // The session watch found the platform gone: the sync has not tried since.
    setSession('offline')
    filing.reconcile()
    expect(workspace().status()).toMatchObject({ state: 'offline', error: { code: 'NETWORK' } })
    expect(lastTold()).toBe('offline')

    setSession('online')
    filing.reconcile()
    expect(workspace().status().state).toBe('synced')
    expect(lastTold()).toBe('synced')
    await filing.close()
  })

  it('is offline after a round that could not reach the platform, and synced again after one that could', async () => {
    const { filing, workspace, lastTold } = await oneAccount()
    filing.reconcile()
    await expect.poll(() => workspace().status().state).toBe('synced')

    await proxy.down()
    try {
      await workspace().engine.syncNow()
      expect(workspace().status()).toMatchObject({ state: 'offline', error: { code: 'NETWORK' } })
      expect(lastTold()).toBe('offline')
    } finally {
      await proxy.up()
    }
    await workspace().engine.syncNow()
    expect(workspace().status().state).toBe('synced')
    expect(lastTold()).toBe('synced')
    await filing.close()
  })
})
