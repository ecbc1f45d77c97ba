import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeInvention } from '../../../test/filing-data'
import { startTestPlatform, type TestPlatform } from '../../../test/platform-fixture'
import { ipcChannel, type ChannelInput, type ChannelName, type ChannelOutput, type EventName } from '../../shared/ipc-contract'
import type { Result } from '../../shared/result'
import { createAppCore } from './app-core'
import { silentLogger } from './logger'
import type { Keychain } from './vault'

let platform: TestPlatform
const page = 'http://127.0.0.1:9/index.html'
const password = 'Core-Filing-2026x'
let accounts: { a: string; b: string }

beforeAll(async () => {
  platform = await startTestPlatform()
  accounts = {
    a: (await platform.createAccount('filing-a', password)).id,
    b: (await platform.createAccount('filing-b', password)).id
  }
})
afterAll(() => platform.close())

/** A keychain in memory: these tests are about the filing, not the OS keychain. */
function memoryKeychain(): Keychain {
  const entries = new Map<string, string>()
  const key = (service: string, account: string) => `${service}\n${account}`
  return {
    getPassword: async (service, account) => entries.get(key(service, account)) ?? null,
    setPassword: async (service, account, secret) => void entries.set(key(service, account), secret),
    deletePassword: async (service, account) => entries.delete(key(service, account)),
    findCredentials: async (service) =>
      [...entries].filter(([k]) => k.startsWith(`${service}\n`)).map(([k, secret]) => ({ account: k.split('\n')[1]!, password: secret }))
  }
}

function launch() {
  const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-core-filing-'))
  const core = createAppCore({
    dataDir,
    platformUrl: platform.url,
    localPlatform: true,
    log: silentLogger(),
    trustedOrigins: () => [page],
    keychain: memoryKeychain()
  })
  const events: { event: EventName; payload: unknown }[] = []
  core.subscribe((event, payload) => events.push({ event, payload }))
  const call = <K extends ChannelName>(name: K, input?: ChannelInput<K>) =>
    core.dispatch(ipcChannel(name), input ?? {}, { url: page, isMainFrame: true }) as Promise<Result<ChannelOutput<K>>>
  const value = async <K extends ChannelName>(name: K, input?: ChannelInput<K>): Promise<ChannelOutput<K>> => {
    const result = await call(name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  return { core, call, value, events, dataDir }
}

describe('the app core’s filing channels', () => {
  it('work on the signed-in account’s own file, sync it, and close it when another account signs in or it signs out', async () => {
    const { core, call, value, events, dataDir } = launch()
    expect(await call('listDrafts')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })

    await value('signIn', { account: 'filing-a', password, remember: false })
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    expect(existsSync(join(dataDir, 'accounts', `${accounts.a}.sqlite`))).toBe(true)
    const filed = await value('submitDraft', { draftId: id })
    expect(filed).toMatchObject({ outcome: 'filed', submission: { applicationNumber: expect.stringMatching(/^\d{12}\.[\dX]$/) } })
    expect(await value('syncStatus')).toMatchObject({ accountId: accounts.a, signedIn: true, state: 'synced' })
    expect(events).toContainEqual({ event: 'draftChanged', payload: { accountId: accounts.a, ids: [id], reason: 'submission' } })

    await value('signIn', { account: 'filing-b', password, remember: false })
    expect(await call('getDraft', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('getDraft', { accountId: accounts.a, id })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await value('listDrafts')).toEqual({ items: [], total: 0 })
    expect(await value('unreadCounts')).toEqual({ accounts: [{ accountId: accounts.b, unread: 0 }] })

    await value('signOut')
    expect(await call('listDrafts')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(await value('unreadCounts')).toEqual({ accounts: [] })

    // Back to the first account: its file kept everything, the receipt included.
    await value('signIn', { account: 'filing-a', password, remember: false })
    expect(await value('getDraft', { id })).toMatchObject({ state: 'filed', applicationNumber: filed.submission.applicationNumber })
    expect(await value('unreadCounts')).toEqual({ accounts: [{ accountId: accounts.a, unread: 1 }] })
    await core.close()
  })
})
