import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeInvention, pngBytes } from '../../../test/filing-data'
import { startTestPlatform, type TestPlatform } from '../../../test/platform-fixture'
import { switchableNetwork } from '../../../test/session-harness'
import { ipcChannel, type ChannelInput, type ChannelName, type ChannelOutput, type EventName } from '../../shared/ipc-contract'
import { addDays, officeDate } from '../../shared/filing/office-date'
import type { Result } from '../../shared/result'
import { createAppCore, type AppCoreOptions } from './app-core'
import { silentLogger } from './logger'
import { accountDatabasePath } from './store/account-database'
import type { Keychain } from './vault'

let platform: TestPlatform
const page = 'http://127.0.0.1:9/index.html'
const password = 'Core-Filing-2026x'
beforeAll(async () => {
  platform = await startTestPlatform()
  await platform.createAccount('filing-a', password)
  await platform.createAccount('filing-b', password)
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

function launch(extra: Partial<AppCoreOptions> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-core-filing-'))
  const core = createAppCore({
    dataDir,
    platformUrl: platform.url,
    localPlatform: true,
    log: silentLogger(),
    trustedOrigins: () => [page],
    keychain: memoryKeychain(),
    ...extra
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
  it('serve every open account from its own file, keep one account’s drafts from another, and stop at sign-out and removal', async () => {
    const { core, call, value, events, dataDir } = launch()
    expect(await call('listDrafts')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })

    const a = (await value('signIn', { account: 'filing-a', password, remember: false })).account.id
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    await value('addAttachment', { draftId: id, name: 'fig1.png', kind: 'drawing', data: pngBytes('fig').toString('base64') })
    expect(existsSync(accountDatabasePath(dataDir, platform.url, a))).toBe(true)
    const filed = await value('submitDraft', { draftId: id })
    expect(filed).toMatchObject({ outcome: 'filed', submission: { applicationNumber: expect.stringMatching(/^\d{12}\.[\dX]$/) } })
    expect(await value('syncStatus')).toMatchObject({ accountId: a, signedIn: true, state: 'synced' })
    expect(events).toContainEqual({ event: 'draftChanged', payload: { accountId: a, ids: [id], reason: 'submission' } })
    // Announced once, in the app's language, through the contract's notify event (its receipt notice has its own).
    expect(events.filter((e) => e.event === 'notify' && (e.payload as { kind: string }).kind === 'filing')).toEqual([
      {
        event: 'notify',
        payload: {
          kind: 'filing',
          accountId: a,
          title: `已提交：${filed.submission.applicationNumber}`,
          body: completeInvention().title,
          link: { kind: 'openDraft', accountId: a, draftId: id }
        }
      }
    ])

    // Its receipt prints the Chinese title with this computer's CJK font (fonts-wqy-microhei), embedded as a subset.
    const receipt = await value('receiptPdf', { accountId: a, submissionId: filed.submission.id })
    const pdf = await PDFDocument.load(Buffer.from(receipt.data, 'base64'))
    const fontFiles = [...pdf.context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFDict && o.has(PDFName.of('FontFile2')))
    expect(fontFiles).toHaveLength(1)
    expect(receipt.data.length).toBeLessThan(80_000)

    // A second account opens beside the first and becomes the current one.
    const b = (await value('signIn', { account: 'filing-b', password, remember: false })).account.id
    expect(await call('getDraft', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('getDraft', { accountId: b, id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await value('getDraft', { accountId: a, id })).toMatchObject({ state: 'filed', applicationNumber: filed.submission.applicationNumber })

    const due = addDays(officeDate(new Date()), 20)
    await platform.filing.addNotice({ id: randomUUID(), accountId: b, kind: 'correction', title: '补正通知书', body: '…', issuedAt: new Date().toISOString(), dueDate: due })
    await value('syncNow', { accountId: b })
    expect(await value('unreadCounts')).toEqual({ accounts: [{ accountId: a, unread: 1 }, { accountId: b, unread: 1 }] })
    expect((await value('deadlineAgenda')).items).toMatchObject([{ accountId: b, title: '补正通知书', dueDate: due, daysLeft: 20 }])

    await value('signOut', { accountId: a })
    expect(await call('getDraft', { accountId: a, id })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    expect(await value('unreadCounts')).toEqual({ accounts: [{ accountId: b, unread: 1 }] })

    // Removed from this computer: its file and its attachments go with it.
    const folder = join(dirname(accountDatabasePath(dataDir, platform.url, a)), a)
    expect(existsSync(join(folder, 'attachments'))).toBe(true)
    await value('removeAccount', { accountId: a })
    expect(existsSync(folder)).toBe(false)
    expect(existsSync(accountDatabasePath(dataDir, platform.url, a))).toBe(false)
    await core.close()
  })

  it('files a submission queued while the platform was away as soon as the account is back online, whatever the sync’s backoff', async () => {
    const network = switchableNetwork()
    // The sync's own retry would wait ten minutes; the account's reconnection comes within a fraction of a second.
    const { core, value } = launch({ fetch: network.fetch, backoff: { baseMs: 50, maxMs: 100 }, filingSync: { backoff: { baseMs: 600_000, maxMs: 600_000 } } })
    await value('signIn', { account: 'filing-a', password, remember: false })
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    await value('syncNow')

    network.state.down = true
    expect(await value('submitDraft', { draftId: id })).toMatchObject({ outcome: 'queued', reason: 'offline' })
    expect(await value('syncStatus')).toMatchObject({ state: 'offline' })
    network.state.down = false

    await expect.poll(async () => (await value('getDraft', { id })).state, { timeout: 10_000, interval: 100 }).toBe('filed')
    await core.close()
  })
})
