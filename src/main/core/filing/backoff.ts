/**
 * Waits between attempts while the platform is unreachable: doubling from `baseMs` up to
 * `maxMs`, each wait drawn between half and all of that ("equal jitter"), so many clients coming
 * back at once do not all knock in the same second, yet none hammers a platform that is down.
 */
export function backoffDelay(attempt: number, options: { baseMs?: number; maxMs?: number; random?: () => number } = {}): number {
  const base = options.baseMs ?? 1_000
  const max = options.maxMs ?? 5 * 60_000
  const random = options.random ?? Math.random
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
