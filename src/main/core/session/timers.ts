/**
 * The timer functions the session code uses, passed in so tests move time by hand. A callback
 * may return its promise, so a test can wait for the work a timer started.
 */
export type Timers = {
  setTimeout(run: () => unknown, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: Timers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms)
    // A pending renewal or retry must not keep a closing process alive.
    handle.unref?.()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}
