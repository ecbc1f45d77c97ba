import type { Timers } from './timers'

export type BackoffOptions = { baseMs: number; maxMs: number }
export const defaultBackoff: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000 }

/**
 * The wait before retry number `attempt` (0-based): exponential, capped, with "full jitter"
 * (a random point below the cap), so that many clients coming back after an outage do not
 * all knock at the same moment.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30))
  return Math.round(options.baseMs / 2 + random() * (ceiling - options.baseMs / 2))
}

/**
 * Retries `attempt` in the background until it says it is done. One loop at a time: starting
 * it again while it runs does nothing; `stop` ends it.
 */
export function createReconnector(
  attempt: () => Promise<'done' | 'retry'>,
  deps: { timers: Timers; backoff: BackoffOptions; random?: () => number }
) {
  let handle: unknown = null
  let running = false
  let tries = 0

  function schedule(): void {
    const delay = backoffDelay(tries, deps.backoff, deps.random)
    tries += 1
    handle = deps.timers.setTimeout(() => run(), delay)
  }

  async function run(): Promise<void> {
    handle = null
    if (!running) return
    let outcome: 'done' | 'retry'
    try {
      outcome = await attempt()
    } catch {
      outcome = 'retry'
    }
    if (!running) return
    if (outcome === 'done') {
      running = false
      tries = 0
      return
    }
    schedule()
  }

  return {
    start(): void {
      if (running) return
      running = true
      tries = 0
      schedule()
    },
    stop(): void {
      running = false
      tries = 0
      if (handle !== null) deps.timers.clearTimeout(handle)
      handle = null
    },
    get running(): boolean {
      return running
    }
  }
}
export type Reconnector = ReturnType<typeof createReconnector>
