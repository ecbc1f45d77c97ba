import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, serverAddressSchema, updateFeedUrl } from '../../../shared/settings'
import { openClientDatabase } from '../store/database'
import { createSettingsStore } from './settings-store'

describe('settings', () => {
  it('starts with the defaults and keeps what the user changed across a restart', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'patentdesk-settings-')), 'client.sqlite')
    let db = openClientDatabase(file)
    expect(createSettingsStore(db).read()).toEqual(defaultSettings)
    createSettingsStore(db).write({ language: 'en-US', notifications: false, platformUrl: 'https://platform.example/' })
    db.close()
    db = openClientDatabase(file)
    expect(createSettingsStore(db).read()).toEqual({
      ...defaultSettings,
      language: 'en-US',
      notifications: false,
      platformUrl: 'https://platform.example/'
    })
    db.close()
  })

  it('reads a stored value that no longer parses as its default', () => {
    const db = openClientDatabase(':memory:')
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?), (?, ?), (?, ?)').run(
      'language',
      '"fr-FR"',
      'notifications',
      'not json',
      'platformUrl',
      '"http://platform.example/"'
    )
    expect(createSettingsStore(db).read()).toEqual(defaultSettings)
  })

  it('accepts HTTPS addresses, and plain HTTP only on this machine', () => {
    const accepted = ['https://platform.example', 'http://127.0.0.1:8720/', 'http://localhost:9000', 'http://[::1]:80/', 'http://127.8.9.10/']
    for (const a of accepted) expect(serverAddressSchema.safeParse(a).success, a).toBe(true)
    const refused = {
      'http://platform.example/': 'https_required',
      'http://10.0.0.5/': 'https_required',
      'http://localhost.evil.example/': 'https_required',
      'ftp://platform.example/': 'invalid_format',
      'javascript:alert(1)': 'invalid_format',
      'platform.example': 'invalid_format',
      'https://user:pw@platform.example/': 'no_credentials',
      'https://platform.example/?next=x': 'no_query'
    }
    for (const [a, why] of Object.entries(refused)) {
      const parsed = serverAddressSchema.safeParse(a)
      expect(parsed.success, a).toBe(false)
      expect(parsed.error?.issues[0].message, a).toBe(why)
    }
  })

  it('reads updates from the platform’s /updates/ folder unless a feed is set', () => {
    expect(updateFeedUrl({ updateFeedUrl: null }, 'https://platform.example/api/')).toBe('https://platform.example/updates/')
    expect(updateFeedUrl({ updateFeedUrl: 'https://cdn.example/pd/' }, 'https://platform.example/')).toBe('https://cdn.example/pd/')
  })
})
