import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import keytar from 'keytar'
import { silentLogger } from '../src/main/core/logger'
import { platformClient } from './platform-client'
import { createSessionRegistry } from '../src/main/core/session/session-registry'
import type { Timers } from '../src/main/core/session/timers'
import { accountDatabaseExists, deleteAccountDatabase, openAccountDatabase } from '../src/main/core/store/account-database'
import { createAccountLocal } from '../src/main/core/store/account-local'
import { createAccountStore } from '../src/main/core/store/account-store'
import { openClientDatabase, type ClientDatabase } from '../src/main/core/store/database'
import { createVault, type Keychain } from '../src/main/core/vault'
import { manualTimers } from './manual-timers'

/** A fetch that fails like a cable pulled out while `down` is true: the platform "goes away" and comes back. */
export function switchableNetwork() {
  const state = { down: false, requests: [] as string[] }
  const fetcher: typeof fetch = async (input, init) => {
    const url = String(input)
    state.requests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`)
    if (state.down) throw new TypeError('fetch failed')
    return fetch(input, init)
  }
  return { state, fetch: fetcher }
}

/** A keychain with no Secret Service behind it. */
export const absentKeychain: Keychain = {
  getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  deletePassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  findCredentials: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'))
}

export type LaunchOptions = {
  platformUrl: string
  dataDir: string
  db?: ClientDatabase
  fetch?: typeof fetch
  keychain?: Keychain
  timers?: Timers
}

/**
 * One "app launch" of the accounts core: a session registry over a data dir (shared file and
 * one file per account), the real keychain, and the platform at `platformUrl`.
 */
export function launchRegistry(options: LaunchOptions) {
  const origin = new URL(options.platformUrl).origin
  const db = options.db ?? openClientDatabase(join(options.dataDir, 'patentdesk.sqlite'))
  const events: { event: string; payload: unknown }[] = []
  const clock = manualTimers()
  const timers = options.timers ?? clock.timers
  const vault = createVault(origin, options.keychain)
  const registry = createSessionRegistry({
    origin,
    client: platformClient({ baseUrl: options.platformUrl, timeoutMs: 2000, fetch: options.fetch }),
    vault,
    accounts: createAccountStore(db, origin),
    openLocal: (id) => createAccountLocal(openAccountDatabase(id, { dataDir: options.dataDir, origin })),
    hasLocal: (id) => accountDatabaseExists(options.dataDir, origin, id),
    removeLocal: (id) => deleteAccountDatabase(options.dataDir, origin, id),
    log: silentLogger(),
    emit: (event, payload) => void events.push({ event, payload }),
    timers,
    random: () => 1,
    backoff: { baseMs: 1000, maxMs: 8000 },
    startupWaitMs: 1000
  })
  return {
    registry,
    db: db as ClientDatabase,
    vault,
    events,
    clock,
    eventsNamed: (name: string) => events.filter((e) => e.event === name).map((e) => e.payload),
    keychain: () => keytar.findCredentials(vault.service),
    close() {
      registry.close()
      db.close()
    }
  }
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'patentdesk-client-'))
