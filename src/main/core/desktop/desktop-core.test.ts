import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { linuxFeedYaml, startUpdateFeed, type UpdateFeedServer } from '../../../../test/update-feed'
import { contract, type EventName } from '../../../shared/ipc-contract'
import { createEventBus } from '../event-bus'
import { silentLogger } from '../logger'
import { openClientDatabase } from '../store/database'
import { createDesktopCore, nodeDesktopHost } from './desktop-core'
import { createFeedUpdateEngine } from './feed-update-engine'

let feed: UpdateFeedServer | null = null
afterEach(async () => {
  await feed?.close()
  feed = null
})

function setUp(options: { feedUrl?: string; platformUrl?: string; restartTimeoutMs?: number } = {}) {
  const bus = createEventBus()
  const seen: { event: EventName; payload: unknown }[] = []
  bus.subscribe((event, payload) => seen.push({ event, payload }))
  const installed: string[] = []
  const host = nodeDesktopHost('1.1.0')
  const desktop = createDesktopCore({
    db: openClientDatabase(':memory:'),
    bus,
    platformUrl: options.platformUrl ?? 'http://127.0.0.1:8720/',
    openAccountIds: () => ['acc-1'],
    knownAccountCount: () => 1,
    log: silentLogger(),
    host: {
      ...host,
      info: { ...host.info, packaged: true },
      restartTimeoutMs: options.restartTimeoutMs,
      updateEngine: (f) =>
        createFeedUpdateEngine({
          feedUrl: () => options.feedUrl ?? f.url(),
          channel: f.channel,
          currentVersion: '1.1.0',
          platform: { os: 'linux', arch: 'x64' },
          downloadDir: mkdtempSync(join(tmpdir(), 'patentdesk-dl-')),
          install: (path) => installed.push(path)
        })
    }
  })
  return { desktop, seen, installed, bus }
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(check()).toBe(true)
}

describe('desktop core', () => {
  it('restarts into an update only after the renderer says every draft is saved', async () => {
    const installer = Buffer.alloc(4096, 1)
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeedYaml('2.0.0', installer), 'PatentDesk-2.0.0.AppImage': installer })
    const { desktop, seen, installed } = setUp({ feedUrl: feed.url })
    await desktop.handlers.checkForUpdates({})
    await waitFor(() => desktop.updates.state().type === 'ready')
    expect(seen.some((e) => e.event === 'updateState' && (e.payload as { type: string }).type === 'downloading')).toBe(true)

    const restarting = desktop.handlers.restartToUpdate({})
    await waitFor(() => seen.some((e) => e.event === 'prepareRestart'))
    expect(installed).toEqual([])
    const { requestId } = seen.find((e) => e.event === 'prepareRestart')!.payload as { requestId: string }
    expect(await desktop.handlers.restartReady({ requestId: 'someone-else', saved: true })).toEqual({ ok: true, value: { accepted: false } })
    expect(await desktop.handlers.restartReady({ requestId, saved: true })).toEqual({ ok: true, value: { accepted: true } })
    expect(await restarting).toEqual({ ok: true, value: { restarting: true } })
    expect(installed).toHaveLength(1)
  })

  it('stays on the running version when the renderer does not answer', async () => {
    const installer = Buffer.alloc(4096, 1)
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeedYaml('2.0.0', installer), 'PatentDesk-2.0.0.AppImage': installer })
    const { desktop, installed } = setUp({ feedUrl: feed.url, restartTimeoutMs: 50 })
    await desktop.handlers.checkForUpdates({})
    await waitFor(() => desktop.updates.state().type === 'ready')
    const result = await desktop.handlers.restartToUpdate({})
    expect(result.ok || result.error.code).toBe('DRAFTS_UNSAVED')
    expect(installed).toEqual([])
  })

  it('reads updates from the platform’s /updates/ folder on the chosen channel, switching at once', async () => {
    feed = await startUpdateFeed({})
    const { desktop } = setUp({ platformUrl: new URL('/', feed.url).href })
    await desktop.handlers.checkForUpdates({})
    await waitFor(() => desktop.updates.state().type === 'idle')
    await desktop.handlers.saveSettings({ updateChannel: 'beta' })
    await waitFor(() => feed!.requests.length === 2 && desktop.updates.state().type === 'idle')
    expect(feed.requests).toEqual(['/updates/latest-linux.yml', '/updates/beta-linux.yml'])
    // The feed has no such file: shown as an error, and work goes on.
    expect(desktop.updates.state()).toMatchObject({ type: 'idle', error: { code: 'UPDATE_FEED_INVALID' } })
  })

  it('applies a setting at once, tells the renderer, and says when an address needs a restart', async () => {
    const { desktop, seen } = setUp()
    const saved = await desktop.handlers.saveSettings({ language: 'en-US', notifications: false })
    expect(saved).toMatchObject({ ok: true, value: { settings: { language: 'en-US', notifications: false }, restartNeeded: false } })
    expect(seen.filter((e) => e.event === 'settingsChanged')).toHaveLength(1)
    desktop.notifier.newNotices('acc-1', [{ id: 'n1', title: 'x' }])
    expect(seen.some((e) => e.event === 'notify')).toBe(false)

    const moved = await desktop.handlers.saveSettings({ platformUrl: 'https://platform.example/' })
    expect(moved).toMatchObject({ ok: true, value: { restartNeeded: true, platformInUse: 'http://127.0.0.1:8720/' } })
  })

  it('refuses a platform address in clear over the network before it reaches the store', () => {
    const parsed = contract.saveSettings.input.safeParse({ platformUrl: 'http://platform.example/' })
    expect(parsed.success).toBe(false)
    expect(contract.saveSettings.input.safeParse({ updateChannel: 'nightly' }).success).toBe(false)
    expect(contract.saveSettings.input.safeParse({ surprise: true }).success).toBe(false)
  })

  it('hands over links that arrived before the window asked', async () => {
    const { desktop } = setUp()
    desktop.links.receive('patentdesk://draft/acc-1/d1')
    desktop.links.receive('patentdesk://draft/acc-2/d1')
    expect(await desktop.handlers.takePendingLinks({})).toEqual({
      ok: true,
      value: {
        actions: [{ kind: 'openDraft', accountId: 'acc-1', draftId: 'd1' }],
        messages: [expect.objectContaining({ code: 'LINK_ACCOUNT_UNKNOWN' })]
      }
    })
  })

  it('turns notices an account’s sync pulled into notifications and the badge, until the account closes', () => {
    const badges: number[] = []
    const bus = createEventBus()
    const seen: { event: EventName; payload: unknown }[] = []
    bus.subscribe((event, payload) => seen.push({ event, payload }))
    createDesktopCore({
      db: openClientDatabase(':memory:'),
      bus,
      platformUrl: 'http://127.0.0.1:8720/',
      openAccountIds: () => ['acc-1'],
      knownAccountCount: () => 1,
      log: silentLogger(),
      host: { ...nodeDesktopHost('1.1.0'), badge: (n) => badges.push(n) }
    })
    bus.emit('noticesArrived', { accountId: 'acc-1', count: 1, unread: 2, notices: [{ id: 'n7', kind: 'correction', title: '补正通知书' }] })
    expect(seen.filter((e) => e.event === 'notify').map((e) => e.payload)).toEqual([
      expect.objectContaining({ kind: 'notice', body: '补正通知书', link: { kind: 'openNotice', accountId: 'acc-1', noticeId: 'n7' } })
    ])
    bus.emit('accountsChanged', { accounts: [], currentId: null })
    expect(badges).toEqual([2, 0])
  })

  it('announces a filing an account’s sync finished, once, and not while notifications are off', async () => {
    const { desktop, seen, bus } = setUp()
    const filing = { accountId: 'acc-1', submissionId: 's1', draftId: 'd1', applicationNumber: '202610000012.5', title: '一种折叠椅' }
    bus.emit('submissionFiled', filing)
    bus.emit('submissionFiled', filing)
    await desktop.handlers.saveSettings({ notifications: false })
    bus.emit('submissionFiled', { ...filing, submissionId: 's2', draftId: 'd2', applicationNumber: '202610000013.3' })
    expect(seen.filter((e) => e.event === 'notify').map((e) => e.payload)).toEqual([
      { kind: 'filing', accountId: 'acc-1', title: '已提交：202610000012.5', body: '一种折叠椅', link: { kind: 'openDraft', accountId: 'acc-1', draftId: 'd1' } }
    ])
  })

  it('copies diagnostic info without names or ids', async () => {
    const { desktop } = setUp()
    const result = await desktop.handlers.diagnostics({})
    expect(result.ok && result.value.text).toContain('Accounts on this computer: 1')
    expect(result.ok && result.value.text).not.toContain('acc-1')
  })
})
