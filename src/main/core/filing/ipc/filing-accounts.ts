import type { DraftSummaryView, DraftViewOutput } from '../../../../shared/filing/filing-channels'
import type { ChannelArgs, ChannelOutput, FilingChannelName } from '../../../../shared/ipc-contract'
import type { Result } from '../../../../shared/result'
import type { Handlers } from '../../ipc/dispatcher'
import type { DraftSummary, DraftView } from '../draft-store'
import type { FilingWorkspace } from '../filing-workspace'
import { storedError } from '../submission-list'

/**
 * The filing channels' one view of accounts: the open account a call names, or the current one
 * (NOT_SIGNED_IN when none is, ACCOUNT_NOT_OPEN for one that is not open), and all open ones.
 */
export type FilingAccounts = {
  resolve(accountId?: string): Result<FilingWorkspace>
  all(): FilingWorkspace[]
}

/** Handlers that run on one account's workspace, each typed by its channel. */
export type AccountHandlers<K extends FilingChannelName> = {
  [C in K]: (workspace: FilingWorkspace, input: ChannelArgs<C>) => Promise<Result<ChannelOutput<C>>>
}

/** Makes channel handlers of `table`: each runs on the workspace of the account its input names. */
export function onAccount<K extends FilingChannelName>(accounts: FilingAccounts, table: AccountHandlers<K>): Pick<Handlers, K> {
  const entries = Object.entries(table) as [K, (workspace: FilingWorkspace, input: { accountId?: string }) => Promise<Result<unknown>>][]
  return Object.fromEntries(
    entries.map(([name, run]) => [
      name,
      async (input: { accountId?: string }) => {
        const workspace = accounts.resolve(input.accountId)
        return workspace.ok ? run(workspace.value, input) : workspace
      }
    ])
  ) as unknown as Pick<Handlers, K>
}

export const summaryView = ({ status: _status, serverRevision: _revision, syncError, ...rest }: DraftSummary): DraftSummaryView => ({
  ...rest,
  syncError: storedError(syncError)
})
export const draftView = (draft: DraftView): DraftViewOutput => ({ ...summaryView(draft), content: draft.content })
