import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff'

describe('backoff with jitter', () => {
  it('doubles up to the ceiling, each wait between half and all of it', () => {
    const low = (n: number) => backoffDelay(n, { random: () => 0 })
    const high = (n: number) => backoffDelay(n, { random: () => 1 })
    expect([1, 2, 3, 4].map(high)).toEqual([1_000, 2_000, 4_000, 8_000])
    expect([1, 2, 3, 4].map(low)).toEqual([500, 1_000, 2_000, 4_000])
    expect(high(30)).toBe(300_000)
    expect(low(30)).toBe(150_000)
  })
  it('spreads clients that fail together', () => {
    const waits = new Set(Array.from({ length: 50 }, () => backoffDelay(5)))
    expect(waits.size).toBeGreaterThan(40)
  })
})
