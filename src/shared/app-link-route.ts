import type { AppLinkAction } from './app-link-action'

/** Where the renderer shows what a link opens (apart from the schema: the renderer needs no zod for it). */
export function appLinkRoute(action: AppLinkAction): string {
  return action.kind === 'openDraft'
    ? `/drafts/${encodeURIComponent(action.draftId)}?account=${encodeURIComponent(action.accountId)}`
    : `/notices/${encodeURIComponent(action.noticeId)}?account=${encodeURIComponent(action.accountId)}`
}
