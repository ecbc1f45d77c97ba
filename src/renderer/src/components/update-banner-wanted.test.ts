import { describe, expect, it } from 'vitest'
import { bannerWanted } from './update-banner-wanted'

describe('the update strip', () => {
  it('is wanted for a download, an update ready or a failed check, not for a quiet or disabled updater', () => {
    const failure = { code: 'NETWORK' as const, message: 'offline' }
    expect(bannerWanted({ type: 'downloading', version: '1.2.0', transferred: 40, total: 100 })).toBe(true)
    expect(bannerWanted({ type: 'ready', version: '1.2.0', error: null })).toBe(true)
    expect(bannerWanted({ type: 'idle', checkedAt: null, upToDate: false, error: failure })).toBe(true)
    expect(bannerWanted({ type: 'idle', checkedAt: null, upToDate: true, error: null })).toBe(false)
    expect(bannerWanted({ type: 'disabled', reason: 'unsupported' })).toBe(false)
    expect(bannerWanted({ type: 'checking', explicit: false })).toBe(false)
    expect(bannerWanted(null)).toBe(false)
  })
})
