/**
 * Saves a draft a short pause after the last change, one save at a time, and says where it
 * stands so the editor can show "saving…" / "saved". A change made while a save runs is saved
 * right after it; `flush` saves what waits at once (leaving the page, closing the window).
 * Someone typing without a pause is saved at least every `maxWaitMs` all the same, so a crash
 * mid-paragraph loses seconds, not the paragraph.
 */
export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

export type Autosave<T> = {
  change: (value: T) => void
  flush: () => Promise<void>
  state: () => AutosaveState
  dispose: () => void
}

export function createAutosave<T>(options: {
  delayMs: number
  maxWaitMs?: number
  save: (value: T) => Promise<boolean>
  onState: (state: AutosaveState) => void
}): Autosave<T> {
  let state: AutosaveState = 'idle'
  let waiting: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null
  /** When the oldest change not yet handed to a save was made. */
  let waitingSince: number | null = null
  const maxWaitMs = options.maxWaitMs ?? 5_000

  const set = (next: AutosaveState) => {
    if (next !== state) {
      state = next
      options.onState(next)
    }
  }

  const run = async (): Promise<void> => {
    while (waiting) {
      const { value } = waiting
      waiting = null
      waitingSince = null
      set('saving')
      const saved = await options.save(value).catch(() => false)
      // A failed save keeps its value waiting, unless a newer change already took its place.
      if (!saved && !waiting) {
        waiting = { value }
        set('error')
        return
      }
    }
    set('saved')
  }

  const start = (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!running) {
      running = run().finally(() => {
        running = null
      })
    }
    return running
  }

  return {
    change(value) {
      waiting = { value }
      waitingSince ??= Date.now()
      set('pending')
      if (timer) clearTimeout(timer)
      const untilMaxWait = Math.max(0, waitingSince + maxWaitMs - Date.now())
      timer = setTimeout(
        () => {
          timer = null
          void (running ? running.then(start) : start())
        },
        Math.min(options.delayMs, untilMaxWait)
      )
    },
    async flush() {
      if (running) await running
      if (waiting) await start()
    },
    state: () => state,
    dispose() {
      if (timer) clearTimeout(timer)
      timer = null
    }
  }
}
