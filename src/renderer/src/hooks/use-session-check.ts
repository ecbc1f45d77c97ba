import { useEffect } from 'react'
import { api } from '../api'

/**
 * While signed in, asks the core to confirm the session with the platform when the page
 * loads and whenever the window comes back (focus, or the tab becomes visible): a session
 * ended elsewhere is then closed at once, with a `sessionExpired` event, instead of lingering.
 */
export function useSessionCheck(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return
    const check = () => void api().checkSession()
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check()
    }
    check()
    window.addEventListener('focus', check)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('focus', check)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [signedIn])
}
