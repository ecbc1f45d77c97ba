import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { linuxFeedYaml, startUpdateFeed, type UpdateFeedServer } from '../../../../test/update-feed'
import { silentLogger } from '../logger'
import { createFeedUpdateEngine } from './feed-update-engine'
import { createUpdateService } from './update-service'
import type { UpdateState } from './update-state'

const installer = Buffer.alloc(300_000, 7)
const linuxFeed = (version: string, hash?: string) => linuxFeedYaml(version, installer, hash)

let feed: UpdateFeedServer | null = null
let downloadDir: string
beforeEach(() => {
  downloadDir = mkdtempSync(join(tmpdir(), 'patentdesk-update-'))
})
afterEach(async () => {
  await feed?.close()
  feed = null
})

function setUp(feedUrl: string, options: { saved?: boolean } = {}) {
  const states: UpdateState[] = []
  const installed: string[] = []
  const engine = createFeedUpdateEngine({
    feedUrl: () => feedUrl,
    channel: () => 'latest',
    currentVersion: '1.1.0',
    platform: { os: 'linux', arch: 'x64' },
    downloadDir,
    install: (path) => installed.push(path)
  })
  const service = createUpdateService({
    engine,
    onState: (s) => states.push(s),
    draftsSaved: async () => options.saved ?? true,
    log: silentLogger()
  })
  const settled = async () => {
    for (let i = 0; i < 200 && ['checking', 'downloading'].includes(service.state().type); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    return service.state()
  }
  return { service, states, installed, settled }
}

describe('update service against a real feed', () => {
  it('downloads a newer version with progress, and restarts into it once the drafts are saved', async () => {
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeed('1.2.0'), 'PatentDesk-1.2.0.AppImage': installer })
    const { service, states, installed, settled } = setUp(feed.url)
    await service.check(false)
    expect(await settled()).toEqual({ type: 'ready', version: '1.2.0', error: null })
    const progress = states.filter((s) => s.type === 'downloading')
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toMatchObject({ transferred: installer.length, total: installer.length })
    const file = join(downloadDir, 'PatentDesk-1.2.0.AppImage')
    expect(readFileSync(file).equals(installer)).toBe(true)

    expect(await service.restart()).toEqual({ ok: true, value: { restarting: true } })
    expect(installed).toEqual([file])
    expect(service.state()).toEqual({ type: 'restarting', version: '1.2.0' })
  })

  it('does not restart while a draft is unsaved, and says why', async () => {
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeed('1.2.0'), 'PatentDesk-1.2.0.AppImage': installer })
    const { service, installed, settled } = setUp(feed.url, { saved: false })
    await service.check()
    await settled()
    const result = await service.restart()
    expect(result.ok || result.error.code).toBe('DRAFTS_UNSAVED')
    expect(installed).toEqual([])
    expect(service.state()).toMatchObject({ type: 'ready', version: '1.2.0', error: { code: 'DRAFTS_UNSAVED' } })
  })

  it('offers nothing when the feed has the running version, and downloads nothing', async () => {
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeed('1.1.0'), 'PatentDesk-1.1.0.AppImage': installer })
    const { service, settled } = setUp(feed.url)
    await service.check()
    expect(await settled()).toMatchObject({ type: 'idle', upToDate: true, error: null })
    expect(feed.requests).toEqual(['/updates/latest-linux.yml'])
    expect((await service.restart()).ok).toBe(false)
  })

  it('refuses a file whose sha512 does not match the feed and leaves nothing to install', async () => {
    const tampered = Buffer.concat([installer.subarray(1), Buffer.from([9])])
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeed('1.2.0'), 'PatentDesk-1.2.0.AppImage': tampered })
    const { service, installed, settled } = setUp(feed.url)
    await service.check()
    expect(await settled()).toMatchObject({ type: 'idle', error: { code: 'UPDATE_CHECKSUM_MISMATCH' } })
    expect(readdirSync(downloadDir)).toEqual([])
    expect((await service.restart()).ok).toBe(false)
    expect(installed).toEqual([])
  })

  it('reports a feed that is down as an error and checks again when asked', async () => {
    feed = await startUpdateFeed({})
    const downUrl = feed.url
    await feed.close()
    feed = null
    const { service, settled } = setUp(downUrl)
    await service.check()
    expect(await settled()).toMatchObject({ type: 'idle', upToDate: false, error: { code: 'NETWORK' } })
    await service.check()
    expect(await settled()).toMatchObject({ type: 'idle', error: { code: 'NETWORK' } })
  })

  it.each([
    ['HTML instead of YAML', '<html><body>Moved</body></html>'],
    ['YAML without files', 'version: 9.9.9\n'],
    ['a version that is not one', linuxFeed('1.2.0').replace('version: 1.2.0', 'version: latest')],
    ['a broken sha512', linuxFeed('1.2.0', 'abc')],
    ['an installer on another server', linuxFeed('1.2.0').replace('url: PatentDesk', 'url: https://evil.example/PatentDesk')],
    ['bytes', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02])]
  ])('refuses a feed that answers garbage: %s', async (_name, body) => {
    feed = await startUpdateFeed({ 'latest-linux.yml': body, 'PatentDesk-1.2.0.AppImage': installer })
    const { service, settled } = setUp(feed.url)
    await service.check()
    expect(await settled()).toMatchObject({ type: 'idle', error: { code: 'UPDATE_FEED_INVALID' } })
    expect(feed.requests).toEqual(['/updates/latest-linux.yml'])
  })

  it('does not check again while an update waits to be installed', async () => {
    feed = await startUpdateFeed({ 'latest-linux.yml': linuxFeed('1.2.0'), 'PatentDesk-1.2.0.AppImage': installer })
    const { service, settled } = setUp(feed.url)
    await service.check()
    await settled()
    const asked = feed.requests.length
    expect(await service.check()).toMatchObject({ type: 'ready' })
    expect(feed.requests.length).toBe(asked)
    expect(existsSync(join(downloadDir, 'PatentDesk-1.2.0.AppImage'))).toBe(true)
  })

  it('is disabled without an engine and never claims an update', async () => {
    const service = createUpdateService({
      engine: null,
      disabledReason: 'development',
      onState: () => {},
      draftsSaved: async () => true,
      log: silentLogger()
    })
    expect(await service.check()).toEqual({ type: 'disabled', reason: 'development' })
    expect((await service.restart()).ok).toBe(false)
  })
})
