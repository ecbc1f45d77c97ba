import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosave, type AutosaveState } from './autosave'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function setup(save: (v: string) => Promise<boolean> = async () => true) {
  const saved: string[] = []
  const states: AutosaveState[] = []
  const autosave = createAutosave<string>({
    delayMs: 300,
    save: async (v) => {
      const done = await save(v)
      if (done) saved.push(v)
      return done
    },
    onState: (s) => states.push(s)
  })
  return { autosave, saved, states }
}

describe('autosave', () => {
  it('saves once, a pause after the last of several quick changes, then says saved', async () => {
    const { autosave, saved, states } = setup()
    autosave.change('a')
    await vi.advanceTimersByTimeAsync(200)
    autosave.change('ab')
    await vi.advanceTimersByTimeAsync(200)
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(150)
    expect(saved).toEqual(['ab'])
    expect(states).toEqual(['pending', 'saving', 'saved'])
  })

  it('saves someone typing without a pause at least every few seconds', async () => {
    const { autosave, saved } = setup()
    let text = ''
    // A keystroke every 200 ms for 12 s: never the 300 ms pause.
    for (let i = 0; i < 60; i++) {
      text += 'x'
      autosave.change(text)
      await vi.advanceTimersByTimeAsync(200)
    }
    expect(saved.length).toBeGreaterThanOrEqual(2)
    expect(saved.every((v, i) => i === 0 || v.length > saved[i - 1]!.length)).toBe(true)
    await vi.advanceTimersByTimeAsync(300)
    expect(saved.at(-1)).toBe(text)
  })

  it('flush saves what waits at once, so closing the window loses nothing', async () => {
    const { autosave, saved } = setup()
    autosave.change('typed just before closing')
    await autosave.flush()
    expect(saved).toEqual(['typed just before closing'])
    expect(autosave.state()).toBe('saved')
  })

  it('a change made during a save is saved after it, never lost and never out of order', async () => {
    let release!: () => void
    const first = new Promise<void>((r) => (release = r))
    let calls = 0
    const { autosave, saved } = setup(async () => {
      if (calls++ === 0) await first
      return true
    })
    autosave.change('v1')
    await vi.advanceTimersByTimeAsync(300)
    autosave.change('v2')
    await vi.advanceTimersByTimeAsync(300)
    release()
    await autosave.flush()
    expect(saved).toEqual(['v1', 'v2'])
  })

  it('a failed save shows an error and is tried again by the next flush', async () => {
    let fail = true
    const { autosave, saved } = setup(async () => !fail)
    autosave.change('x')
    await vi.advanceTimersByTimeAsync(300)
    expect(autosave.state()).toBe('error')
    fail = false
    await autosave.flush()
    expect(saved).toEqual(['x'])
    expect(autosave.state()).toBe('saved')
  })
})
