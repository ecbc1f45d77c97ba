import type { Result } from '../../../shared/result'
import type { Logger } from '../logger'
import type { PlatformClient } from '../platform/platform-client'

/** What the watch needs of the sessions: whether one is held, and a way to call the platform with it. */
export type WatchedSessions = {
  current(): unknown
  withAccess<T>(call: (accessToken: string) => Promise<Result<T>>): Promise<Result<T>>
}

/** Starts `run` every `ms`; returns what stops it. */
export type Every = (run: () => void, ms: number) => () => void

const realEvery: Every = (run, ms) => {
  const timer = setInterval(run, ms)
  // A check due later must not keep a closing process alive.
  timer.unref?.()
  return () => clearInterval(timer)
}

export type SessionWatchDeps = {
  sessions: WatchedSessions
  client: Pick<PlatformClient, 'me'>
  log: Logger
  now?: () => number
  every?: Every
  /** How often the platform is asked while nothing else asks it. */
  intervalMs?: number
  /** Checks closer together than this (focus, visibility and reload come in bursts) reuse the last answer. */
  minGapMs?: number
}

/**
 * Notices a session the platform has ended (an admin reset, a password changed or "sign out
 * everywhere" elsewhere) while the app sits idle: it asks the platform who is signed in on a
 * timer and whenever the window comes back. The session service does the rest: a refused
 * token is renewed once, and a refused renewal ends the session with a `sessionExpired` event.
 * A platform that cannot be reached ends nothing.
 */
export function createSessionWatch(deps: SessionWatchDeps) {
  const now = deps.now ?? Date.now
  const minGapMs = deps.minGapMs ?? 2_000
  let lastAskedAt = Number.NEGATIVE_INFINITY
  let asking: Promise<boolean> | null = null
  let stop: (() => void) | null = null

  /** True while a session is held after the check. */
  function check(): Promise<boolean> {
    if (!deps.sessions.current()) return Promise.resolve(false)
    if (asking) return asking
    if (now() - lastAskedAt < minGapMs) return Promise.resolve(true)
    lastAskedAt = now()
    asking = deps.sessions
      .withAccess((token) => deps.client.me(token))
      .then((me) => {
        if (!me.ok) deps.log.info({ errorCode: me.error.code }, 'session check did not confirm the session')
        return deps.sessions.current() !== null
      })
      .finally(() => (asking = null))
    return asking
  }

  return {
    check,
    start(): void {
      stop ??= (deps.every ?? realEvery)(() => void check(), deps.intervalMs ?? 3 * 60_000)
    },
    stop(): void {
      stop?.()
      stop = null
    }
  }
}
export type SessionWatch = ReturnType<typeof createSessionWatch>
