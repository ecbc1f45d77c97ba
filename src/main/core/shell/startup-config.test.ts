import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from './renderer-protocol'
import { DEFAULT_PLATFORM_URL, defaultAppSettings, startupConfig } from './startup-config'

const steering = {
  ELECTRON_RENDERER_URL: 'http://localhost:5173/',
  PATENTDESK_PLATFORM_URL: 'http://127.0.0.1:8720',
  PATENTDESK_USER_DATA: '/tmp/elsewhere'
}

describe('startup configuration', () => {
  it('a packaged app ignores the environment: its own renderer, its settings’ platform, its own data folder', () => {
    expect(startupConfig({ isPackaged: true, env: steering, settings: defaultAppSettings })).toEqual({
      ok: true,
      value: {
        rendererUrl: APP_ENTRY_URL,
        trustedOrigins: [APP_ORIGIN],
        platform: { kind: 'remote', url: `${DEFAULT_PLATFORM_URL}/` },
        userDataDir: null
      }
    })
  })

  it('a packaged app never starts the embedded platform, and refuses settings that name an insecure one', () => {
    const packaged = startupConfig({ isPackaged: true, env: {}, settings: defaultAppSettings })
    expect(packaged.ok && packaged.value.platform.kind).toBe('remote')
    expect(startupConfig({ isPackaged: true, env: {}, settings: { platformUrl: 'http://platform.example' } })).toMatchObject({
      ok: false,
      error: { code: 'INSECURE_PLATFORM_URL' }
    })
  })

  it('a checkout follows the environment and trusts the dev server only then', () => {
    expect(startupConfig({ isPackaged: false, env: steering, settings: defaultAppSettings })).toEqual({
      ok: true,
      value: {
        rendererUrl: 'http://localhost:5173/',
        trustedOrigins: [APP_ORIGIN, 'http://localhost:5173'],
        platform: { kind: 'remote', url: 'http://127.0.0.1:8720/' },
        userDataDir: '/tmp/elsewhere'
      }
    })
    expect(startupConfig({ isPackaged: false, env: {}, settings: defaultAppSettings })).toEqual({
      ok: true,
      value: { rendererUrl: APP_ENTRY_URL, trustedOrigins: [APP_ORIGIN], platform: { kind: 'embedded' }, userDataDir: null }
    })
  })

  it('a checkout refuses a platform over plain HTTP elsewhere and a renderer URL that is not http(s)', () => {
    expect(startupConfig({ isPackaged: false, env: { PATENTDESK_PLATFORM_URL: 'http://example.com' }, settings: defaultAppSettings }))
      .toMatchObject({ ok: false, error: { code: 'INSECURE_PLATFORM_URL' } })
    for (const ELECTRON_RENDERER_URL of ['data:text/html,x', 'file:///tmp/index.html', 'nonsense']) {
      expect(startupConfig({ isPackaged: false, env: { ELECTRON_RENDERER_URL }, settings: defaultAppSettings })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' }
      })
    }
  })
})
