import { appLinkActionSchema, type AppLinkAction } from '../../../shared/app-link-action'

export const APP_SCHEME = 'patentdesk'

/** Why a link was not followed; each has its own message, none navigates. */
export type UnknownLinkReason = 'not-a-link' | 'foreign-scheme' | 'too-long' | 'unknown-route' | 'bad-id'
export type ParsedLink = AppLinkAction | { kind: 'unknown'; reason: UnknownLinkReason }

/** Longer than any link the app makes; refusing early keeps hostile input cheap. */
const MAX_LENGTH = 512

const routes: Record<string, (a: string, b: string) => unknown> = {
  draft: (accountId, draftId) => ({ kind: 'openDraft', accountId, draftId }),
  notice: (accountId, noticeId) => ({ kind: 'openNotice', accountId, noticeId })
}

/**
 * Turns `patentdesk://draft/<accountId>/<draftId>` or `patentdesk://notice/<accountId>/<noticeId>`
 * into a typed action. Anything else — another scheme, extra segments, a query, encoded
 * separators, credentials, a port — is "unknown" with a reason: never thrown, never followed.
 */
export function parseAppLink(input: unknown): ParsedLink {
  if (typeof input !== 'string') return { kind: 'unknown', reason: 'not-a-link' }
  if (input.length > MAX_LENGTH) return { kind: 'unknown', reason: 'too-long' }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(input)
  if (!scheme) return { kind: 'unknown', reason: 'not-a-link' }
  if (scheme[1].toLowerCase() !== APP_SCHEME) return { kind: 'unknown', reason: 'foreign-scheme' }
  // Exactly scheme://route/id/id, one optional trailing slash; the ids' alphabet is checked below.
  const m = /^[A-Za-z]+:\/\/([A-Za-z]+)\/([^/?#]*)\/([^/?#]*)\/?$/.exec(input)
  if (!m) return { kind: 'unknown', reason: 'unknown-route' }
  const route = routes[m[1].toLowerCase()]
  if (!route) return { kind: 'unknown', reason: 'unknown-route' }
  const parsed = appLinkActionSchema.safeParse(route(m[2], m[3]))
  return parsed.success ? parsed.data : { kind: 'unknown', reason: 'bad-id' }
}

/** Makes the link `parseAppLink` reads back (for notifications and "copy link"). */
export function formatAppLink(action: AppLinkAction): string {
  return action.kind === 'openDraft'
    ? `${APP_SCHEME}://draft/${action.accountId}/${action.draftId}`
    : `${APP_SCHEME}://notice/${action.accountId}/${action.noticeId}`
}

/**
 * The link in a command line (a second launch's argv, or the first one's on Windows and Linux):
 * the last argument that names our scheme. Switches (`--flag=patentdesk://…`) are not links.
 */
export function linkInArgv(argv: readonly string[]): string | null {
  const prefix = `${APP_SCHEME}:`
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i]
    if (typeof arg === 'string' && arg.slice(0, prefix.length).toLowerCase() === prefix) return arg
  }
  return null
}
