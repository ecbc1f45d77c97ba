import { ok } from '../../../../shared/result'
import { onAccount, type FilingAccounts } from './filing-accounts'

/** Each account's sync, as the header shows it, and a round on demand. */
export function syncHandlers(accounts: FilingAccounts) {
  return onAccount<'syncStatus' | 'syncNow'>(accounts, {
    syncStatus: async (ws) => ok(ws.status()),
    syncNow: async (ws) => {
      // A failed round is not an error of this call: the status says what happened and when the next try is.
      await ws.engine.syncNow()
      return ok(ws.status())
    }
  })
}
