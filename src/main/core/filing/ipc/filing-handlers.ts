import type { FilingChannelName } from '../../../../shared/ipc-contract'
import type { Handlers } from '../../ipc/dispatcher'
import { attachmentHandlers } from './attachment-handlers'
import { draftHandlers } from './draft-handlers'
import type { FilingAccounts } from './filing-accounts'
import { noticeHandlers } from './notice-handlers'
import { submissionHandlers } from './submission-handlers'
import { syncHandlers } from './sync-handlers'

export type { FilingAccounts } from './filing-accounts'
export type FilingHandlers = Pick<Handlers, FilingChannelName>

/**
 * The handlers of every filing channel. They know accounts only through `accounts`: the open
 * account a call names (or the current one) and the list of open ones.
 */
export function filingHandlers(accounts: FilingAccounts, options: { now?: () => Date; submitWaitMs?: number } = {}): FilingHandlers {
  return {
    ...draftHandlers(accounts),
    ...attachmentHandlers(accounts),
    ...submissionHandlers(accounts, options),
    ...noticeHandlers(accounts, options),
    ...syncHandlers(accounts)
  }
}
