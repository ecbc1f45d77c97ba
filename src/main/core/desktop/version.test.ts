import { describe, expect, it } from 'vitest'
import { compareVersions, parseVersion } from './version'

describe('versions in a feed', () => {
  it('orders releases and pre-releases as semver does', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.10.0', '2.0.0']
    for (let i = 1; i < ordered.length; i++) {
      expect(compareVersions(ordered[i - 1], ordered[i])).toBeLessThan(0)
      expect(compareVersions(ordered[i], ordered[i - 1])).toBeGreaterThan(0)
    }
    expect(compareVersions('1.2.3+build.7', '1.2.3')).toBe(0)
  })

  it('refuses what is not a version', () => {
    for (const text of ['latest', '1.2', '01.2.3', '1.2.3-', '', '1.2.3 ']) expect(parseVersion(text)).toBeNull()
  })
})
