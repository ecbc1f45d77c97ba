import type { SyncContext } from './sync-context'
import { stopUnlessItem } from './sync-errors'

/** Brings new notices into the account's file, a page and its cursor at a time, and says which are new. */
export async function pullNotices(ctx: SyncContext): Promise<{ pulled: number }> {
  let pulled = 0
  for (;;) {
    const page = await ctx.withAccess((token) => ctx.client.notices(token, ctx.notices.cursor()))
    if (!page.ok) {
      stopUnlessItem(page.error)
      // PROFILE_INCOMPLETE: notices wait until the account's data is completed.
      return { pulled }
    }
    const added = ctx.notices.applyPage(page.value.notices, page.value.cursor)
    pulled += page.value.notices.length
    if (added.length) ctx.emit({ type: 'notices', added, unread: ctx.notices.unreadCount() })
    if (!page.value.hasMore || !page.value.notices.length) return { pulled }
  }
}
