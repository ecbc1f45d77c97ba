import { APP_SCHEME } from '../shell/renderer-protocol'

/** Who sent an IPC call: the frame's URL and whether it is the window's main frame. */
export type Sender = { url: string; isMainFrame: boolean }

/**
 * The origin of a page that can be ours, or null. Only http(s) and our own `app:` scheme have
 * an origin worth comparing: `about:blank`, `data:`, `blob:`, `file:` and the like are opaque
 * (their origin reads "null", the same for all of them), so they never match anything.
 */
export function tupleOrigin(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin
  // Node's URL calls a non-special scheme's origin opaque; Electron registers ours as standard.
  if (url.protocol === `${APP_SCHEME}:` && url.host !== '') return `${url.protocol}//${url.host.toLowerCase()}`
  return null
}

/**
 * A sender is trusted when it is a main frame showing a page of one of the `trusted`
 * origins: our `app://` renderer, or the dev server / test host in development.
 */
export function isTrustedSender(sender: Sender, trusted: readonly string[]): boolean {
  if (!sender.isMainFrame) return false
  const origin = tupleOrigin(sender.url)
  if (origin === null) return false
  return trusted.some((t) => tupleOrigin(t) === origin)
}
