/**
 * A request started while a screen is still being drawn, and picked up once it is on screen.
 * React may draw a screen more than once before showing it (strict mode, an interrupted
 * render); each attempt asks again, and all of them share the one request. The answer is
 * handed out once: the next visit asks afresh. One not picked up within `maxAgeMs` (the screen
 * was left before it showed) is dropped, so a later visit never gets an old answer.
 */
export function createEarlyRequest<T>(maxAgeMs = 2000, now: () => number = () => performance.now()) {
  let slot: { key: string; at: number; answer: Promise<T> } | undefined
  const fresh = (key: string) => slot !== undefined && slot.key === key && now() - slot.at <= maxAgeMs
  return {
    /** Starts `send` unless the same request is already on its way. */
    start(key: string, send: () => Promise<T>): Promise<T> {
      if (!fresh(key)) slot = { key, at: now(), answer: send() }
      return slot!.answer
    },
    /** The answer started for `key`, once; undefined when there is none (then ask as usual). */
    take(key: string): Promise<T> | undefined {
      if (!fresh(key)) return undefined
      const { answer } = slot!
      slot = undefined
      return answer
    }
  }
}
