import { describe, expect, it } from 'vitest'
import { manualTimers } from '../../../../test/manual-timers'
import { backoffDelay, createReconnector } from './reconnect'

const backoff = { baseMs: 1_000, maxMs: 60_000 }

describe('reconnection backoff', () => {
  it('grows exponentially up to a cap, with jitter below the ceiling', () => {
    const low = () => 0
    const high = () => 1
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, backoff, high))).toEqual([1_000, 2_000, 4_000, 8_000])
    expect(backoffDelay(20, backoff, high)).toBe(60_000)
    // Full jitter: the same attempt may wait anywhere from half the base up to its ceiling.
    expect(backoffDelay(5, backoff, low)).toBe(500)
    expect(backoffDelay(5, backoff, () => 0.5)).toBe(Math.round(500 + 0.5 * (32_000 - 500)))
  })

  it('retries in the background until the attempt is done, then stops', async () => {
    const clock = manualTimers()
    const outcomes: ('retry' | 'done')[] = ['retry', 'retry', 'done']
    let calls = 0
    const loop = createReconnector(async () => (calls++, outcomes.shift()!), { timers: clock.timers, backoff, random: () => 1 })
    loop.start()
    loop.start()
    expect(clock.delays()).toEqual([1_000])
    await clock.fireAll()
    expect(clock.delays()).toEqual([2_000])
    await clock.fireAll()
    expect(clock.delays()).toEqual([4_000])
    await clock.fireAll()
    expect(calls).toBe(3)
    expect(loop.running).toBe(false)
    expect(clock.delays()).toEqual([])
  })

  it('stops when told to, with nothing left waiting', async () => {
    const clock = manualTimers()
    let calls = 0
    const loop = createReconnector(async () => (calls++, 'retry' as const), { timers: clock.timers, backoff })
    loop.start()
    loop.stop()
    expect(clock.delays()).toEqual([])
    expect(calls).toBe(0)
  })
})
