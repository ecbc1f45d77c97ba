import { Suspense, useState, type ReactNode } from 'react'
import { useDesktop } from '../stores/desktop-store'

type DesktopState = ReturnType<typeof useDesktop.getState>

/**
 * Mounts its children (a lazily loaded component) the first time `when` holds, and keeps them
 * mounted after, so they can close with their own animation and open again at once.
 */
export function OnDemand({ when, children }: { when: (state: DesktopState) => boolean; children: ReactNode }) {
  const wanted = useDesktop(when)
  const [seen, setSeen] = useState(false)
  if (wanted && !seen) setSeen(true)
  return wanted || seen ? <Suspense fallback={null}>{children}</Suspense> : null
}
