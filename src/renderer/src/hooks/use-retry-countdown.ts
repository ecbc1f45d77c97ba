import { useEffect, useState } from 'react'
import type { AppError } from '../../../shared/result'

/**
 * An error with `retryAfter` (a lock, a rate limit) counting down as it is shown, so "try again
 * in N minutes" stays true; it clears itself when the wait is over.
 */
export function useRetryCountdown(): [AppError | null, (error: AppError | null) => void] {
  const [shown, setShown] = useState<{ error: AppError; at: number } | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const waits = shown?.error.retryAfter !== undefined

  useEffect(() => {
    if (!waits) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [waits])

  const set = (error: AppError | null) => {
    setNow(Date.now())
    setShown(error ? { error, at: Date.now() } : null)
  }
  if (!shown) return [null, set]
  const { error, at } = shown
  if (error.retryAfter === undefined) return [error, set]
  const left = error.retryAfter - Math.floor((now - at) / 1000)
  return [left > 0 ? { ...error, retryAfter: left } : null, set]
}
