import type { Timers } from '../src/main/core/session/timers'

/** Timers that run only when a test says so: renewals and retries without waiting. */
export function manualTimers() {
  let nextId = 1
  const pending = new Map<number, { run: () => unknown; ms: number }>()
  const timers: Timers = {
    setTimeout(run, ms) {
      const id = nextId++
      pending.set(id, { run, ms })
      return id
    },
    clearTimeout: (handle) => void pending.delete(handle as number)
  }
  return {
    timers,
    /** The delays of the timers waiting now, in the order they were set. */
    delays: (): number[] => [...pending.values()].map((p) => p.ms),
    /** Runs every timer waiting now (not those they set), and waits for the work they started. */
    async fireAll(): Promise<void> {
      const due = [...pending.values()]
      pending.clear()
      await Promise.all(due.map((t) => t.run()))
    }
  }
}
