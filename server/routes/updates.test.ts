import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../test/platform-fixture'
import { buildPlatform } from '../app'
import { loadSigningKey } from '../auth/signing-key'
import { openPlatformStores } from '../store/data-dir'

const data = mkdtempSync(join(tmpdir(), 'patentdesk-updates-'))
const updates = join(data, 'updates')
mkdirSync(updates)
writeFileSync(join(updates, 'latest.yml'), 'version: 1.2.0\n')
writeFileSync(join(updates, 'PatentDesk Setup 1.2.0.exe'), Buffer.alloc(1000, 1))
writeFileSync(join(data, 'platform-secret.txt'), 'do not serve')
mkdirSync(join(updates, 'nested'))
const signingKey = loadSigningKey(data, defaultConfig.signingKey)
const { store, filing } = openPlatformStores(data)
const { app } = buildPlatform({
  store,
  filing,
  signingKey,
  config: defaultConfig,
  updatesDir: updates
})
afterAll(() => app.close())

describe('update feed served by the platform', () => {
  it('serves latest.yml uncached, so a new release is seen at the next check', async () => {
    const response = await app.inject({ method: 'GET', url: '/updates/latest.yml' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-type']).toMatch(/^text\/yaml/)
    expect(response.body).toBe('version: 1.2.0\n')
  })

  it('serves installers as long-lived files', async () => {
    const response = await app.inject({ method: 'GET', url: '/updates/PatentDesk%20Setup%201.2.0.exe' })
    expect(response.statusCode).toBe(200)
    expect(response.rawPayload.length).toBe(1000)
    expect(response.headers['cache-control']).toContain('immutable')
  })

  it('serves nothing outside the folder, nor folders, nor missing files', async () => {
    for (const url of ['/updates/..%2Fplatform-secret.txt', '/updates/%2e%2e%2fplatform.sqlite', '/updates/nested', '/updates/.hidden', '/updates/latest-mac.yml', '/updates/../platform-secret.txt']) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(404)
      expect(response.body, url).not.toContain('do not serve')
    }
  })

  it('has no feed when the platform is built without a folder', async () => {
    const bareDir = mkdtempSync(join(tmpdir(), 'patentdesk-no-updates-'))
    const bare = buildPlatform({
      ...openPlatformStores(bareDir),
      signingKey,
      config: defaultConfig
    })
    expect((await bare.app.inject({ method: 'GET', url: '/updates/latest.yml' })).statusCode).toBe(404)
    await bare.app.close()
  })
})
