import type { AppError, Result } from '../../../shared/result'

export type Deleted = { accountId: string; id: string }
/** What the drafts screen shows when the undo is clicked, read then, not when the draft was deleted. */
export type ShownNow = { accountId: string | undefined; reload: () => void }

/**
 * The undo of a deletion, clicked seconds after it: the draft comes back in the account it was
 * deleted from (named, never "the current one"), and the list on screen is reloaded, with the
 * search it shows now, only if it still shows that account. Another account's list is left as
 * it is: the restored draft is not one of its rows.
 */
export async function undoDeletion(deleted: Deleted, restore: (input: Deleted) => Promise<Result<unknown>>, shownNow: () => ShownNow): Promise<AppError | null> {
  const restored = await restore({ accountId: deleted.accountId, id: deleted.id })
  const shown = shownNow()
  if (shown.accountId === deleted.accountId) shown.reload()
  return restored.ok ? null : restored.error
}
