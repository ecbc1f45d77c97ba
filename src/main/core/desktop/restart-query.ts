import { randomUUID } from 'node:crypto'

/**
 * "Are all drafts saved?" asked of the renderer before a restart into an update: an event out
 * (`prepareRestart`), a call back in (`restartReady`). No answer in time counts as "not saved".
 */
export function createRestartQuery(options: { ask: (requestId: string) => void; timeoutMs?: number }) {
  const pending = new Map<string, (saved: boolean) => void>()
  return {
    ask(): Promise<boolean> {
      const requestId = randomUUID()
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => finish(false), options.timeoutMs ?? 15_000)
        const finish = (saved: boolean) => {
          clearTimeout(timer)
          pending.delete(requestId)
          resolve(saved)
        }
        pending.set(requestId, finish)
        options.ask(requestId)
      })
    },
    /** True when the answer matched a question still open. */
    answer(requestId: string, saved: boolean): boolean {
      const finish = pending.get(requestId)
      finish?.(saved)
      return finish !== undefined
    }
  }
}
