import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { err, ok, type Result } from '../../../shared/result'
import type { Logger } from '../logger'
import type { SessionService } from '../session/session-service'
import { openAccountDatabase } from './account-database'
import { openFilingWorkspace, type AccountWorkspace, type FilingWorkspaceDeps } from './filing-workspace'
import type { FilingWorkspace } from './filing-workspace'
import type { FilingAccounts } from './ipc/filing-accounts'

/** Account ids come from the platform; only these become file names. */
const SAFE_ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/

export type SignedInAccountFilingDeps = FilingWorkspaceDeps & {
  dataDir: string
  sessions: Pick<SessionService, 'current' | 'withAccess'>
  log: Logger
  sqliteNativeBinding?: string
}

/**
 * The filing of the one signed-in account: its file `<dataDir>/accounts/<accountId>.sqlite`
 * (attachments beside it, in `<accountId>/`) opened and its sync started when it signs in,
 * stopped and closed when it signs out or another account signs in. Only that account is open.
 */
export function createSignedInAccountFiling(deps: SignedInAccountFilingDeps): FilingAccounts & { follow(): void; close(): Promise<void> } {
  let open: { workspace: FilingWorkspace; db: Database } | null = null
  const closing = new Set<Promise<void>>()

  function account(accountId: string, db: Database): AccountWorkspace {
    const mine = () => deps.sessions.current()?.id === accountId
    return {
      accountId,
      db,
      dataDir: join(deps.dataDir, 'accounts', accountId),
      // Another account signed in meanwhile: this one's calls must not borrow its token.
      withAccess: (call) => (mine() ? deps.sessions.withAccess(call) : Promise.resolve(err('NOT_SIGNED_IN', 'This account is not signed in'))),
      online: mine
    }
  }

  function shut(current: { workspace: FilingWorkspace; db: Database }): void {
    const done = current.workspace
      .close()
      .finally(() => current.db.close())
      .finally(() => closing.delete(done))
    closing.add(done)
  }

  /** Opens the signed-in account's filing, closing the one before it; called after every change of sign-in. */
  function follow(): void {
    const accountId = deps.sessions.current()?.id ?? null
    if (open?.workspace.accountId === accountId) return
    if (open) shut(open)
    open = null
    if (!accountId) return
    if (!SAFE_ACCOUNT_ID.test(accountId)) {
      deps.log.error({ length: accountId.length }, 'account id unfit for a file name; filing not opened')
      return
    }
    const db = openAccountDatabase(join(deps.dataDir, 'accounts', `${accountId}.sqlite`), deps.sqliteNativeBinding)
    const workspace = openFilingWorkspace(account(accountId, db), deps)
    workspace.start()
    open = { workspace, db }
  }

  return {
    follow,
    resolve(accountId?: string): Result<FilingWorkspace> {
      follow()
      if (!open) return err('NOT_SIGNED_IN', 'No account is signed in')
      if (accountId !== undefined && accountId !== open.workspace.accountId) {
        return err('ACCOUNT_NOT_OPEN', 'That account is not open on this computer')
      }
      return ok(open.workspace)
    },
    all: () => (open ? [open.workspace] : []),
    async close(): Promise<void> {
      if (open) shut(open)
      open = null
      await Promise.all([...closing])
    }
  }
}
