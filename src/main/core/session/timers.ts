/** The timer functions the session code uses, passed in so tests move time by hand. */
export type Timers = {
  setTimeout(run: () => void, ms: number): unknown
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
