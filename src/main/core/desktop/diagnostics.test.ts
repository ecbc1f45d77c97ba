import { describe, expect, it } from 'vitest'
import { diagnosticText } from './diagnostics'

const facts = {
  appVersion: '1.4.0',
  versions: { electron: '45.3.4', chrome: '142.0.7444.0', node: '22.20.0' },
  os: 'win32',
  osRelease: '10.0.22631',
  arch: 'x64',
  locale: 'zh-CN',
  packaged: true,
  platformUrl: 'https://handler:s3cret-pw@platform.example/tenant/ACC-4471/?token=abc',
  updateChannel: 'latest',
  accountCount: 3
}

describe('diagnostic info', () => {
  it('has the versions, the system, the platform origin and the account count', () => {
    expect(diagnosticText(facts)).toBe(
      [
        'PatentDesk: 1.4.0',
        'Electron: 45.3.4',
        'Chromium: 142.0.7444.0',
        'Node.js: 22.20.0',
        'System: win32 10.0.22631 x64',
        'Locale: zh-CN',
        'Platform: https://platform.example',
        'Update channel: latest',
        'Accounts on this computer: 3'
      ].join('\n')
    )
  })

  it('keeps credentials, paths and queries of the platform address out', () => {
    const text = diagnosticText(facts)
    for (const secret of ['handler', 's3cret-pw', 'ACC-4471', 'token', 'tenant']) expect(text).not.toContain(secret)
  })
})
