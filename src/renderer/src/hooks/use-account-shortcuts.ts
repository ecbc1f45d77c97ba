import { useEffect } from 'react'
import { useSession } from '../stores/session-store'

/** Ctrl+1…9 (⌘ on macOS) switches to the n-th open account, as the switcher numbers them. */
export function useAccountShortcuts(): void {
  const accounts = useSession((s) => s.accounts)
  const switchTo = useSession((s) => s.switchTo)
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const n = Number(event.key)
      if (!Number.isInteger(n) || n < 1 || n > 9) return
      const target = accounts[n - 1]
      if (!target) return
      event.preventDefault()
      void switchTo(target.id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [accounts, switchTo])
}
