/** Who sent an IPC call: the frame's URL and whether it is the window's main frame. */
export type Sender = { url: string; isMainFrame: boolean }

/**
 * A sender is trusted when it is a main frame showing our own renderer: the exact
 * `file:` page we loaded, or a page of an allowed http(s) origin (the dev server, the test host).
 */
export function isTrustedSender(sender: Sender, trusted: readonly string[]): boolean {
  if (!sender.isMainFrame) return false
  let url: URL
  try {
    url = new URL(sender.url)
  } catch {
    return false
  }
  if (url.protocol === 'file:') {
    const page = `${url.protocol}//${url.host}${url.pathname}`
    return trusted.some((t) => t === page)
  }
  return trusted.some((t) => {
    try {
      return new URL(t).origin === url.origin && url.protocol !== 'file:'
    } catch {
      return false
    }
  })
}
