import type { Database } from 'better-sqlite3'
import { err, ok, type Result } from '../../../shared/result'
import type { SessionService } from '../session/session-service'
import { openFilingWorkspace, type FilingWorkspace, type FilingWorkspaceDeps } from './filing-workspace'
import type { FilingAccounts } from './ipc/filing-accounts'

/** What the filing needs of the account registry: its open accounts, each with its session and its file. */
export type OpenAccounts = {
  get(accountId: string): Result<{ service: Pick<SessionService, 'withAccess' | 'state'>; local: { db: Database } }>
  currentId(): string | null
  list(): { id: string }[]
}

export type OpenAccountFilingDeps = FilingWorkspaceDeps & {
  accounts: OpenAccounts
  /** The account's own folder (its attachments go in `attachments/` there). */
  folderOf: (accountId: string) => string
}

/**
 * The filing of every open account: a workspace with its own sync engine on the account's own
 * file, started when the account opens and stopped before its file closes. A call names its
 * account or acts on the current one; an account that is not open is refused.
 */
export function createOpenAccountFiling(deps: OpenAccountFilingDeps) {
  const open = new Map<string, { workspace: FilingWorkspace; db: Database }>()
  const stopping = new Set<Promise<void>>()

  function stop(accountId: string): void {
    const known = open.get(accountId)
    if (!known) return
    open.delete(accountId)
    const done = known.workspace.close().finally(() => stopping.delete(done))
    stopping.add(done)
  }

  function ensure(accountId: string): Result<FilingWorkspace> {
    const entry = deps.accounts.get(accountId)
    if (!entry.ok) return entry
    const { service, local } = entry.value
    const known = open.get(accountId)
    if (known?.db === local.db) return ok(known.workspace)
    // Closed and opened again: a new file handle, a new workspace.
    stop(accountId)
    const workspace = openFilingWorkspace(
      {
        accountId,
        db: local.db,
        dataDir: deps.folderOf(accountId),
        withAccess: (call) => service.withAccess(call),
        online: () => service.state() === 'online',
        signedIn: () => service.state() !== 'ended'
      },
      deps
    )
    workspace.start()
    open.set(accountId, { workspace, db: local.db })
    return ok(workspace)
  }

  const openIds = () => deps.accounts.list().map((a) => a.id)

  return {
    resolve(accountId?: string): Result<FilingWorkspace> {
      const id = accountId ?? deps.accounts.currentId()
      return id ? ensure(id) : err('NOT_SIGNED_IN', 'No account is signed in')
    },
    all: (): FilingWorkspace[] => openIds().flatMap((id) => {
      const workspace = ensure(id)
      return workspace.ok ? [workspace.value] : []
    }),
    /**
     * The open accounts or their states changed: each open account syncs, one back online
     * tries at once (not when its backoff says), a closed one stops, and the header hears of
     * an account gone offline or back even when no round has run since.
     */
    reconcile(): void {
      const ids = new Set(openIds())
      for (const id of open.keys()) if (!ids.has(id)) stop(id)
      for (const id of ids) {
        const workspace = ensure(id)
        if (!workspace.ok) continue
        workspace.value.accountChanged()
        if (!workspace.value.account.online()) continue
        if (['offline', 'signed_out'].includes(workspace.value.engine.status().state)) workspace.value.engine.resume()
      }
    },
    /** The account's file is about to close: its sync stops first. */
    closing(accountId: string, db: Database): void {
      if (open.get(accountId)?.db === db) stop(accountId)
    },
    async close(): Promise<void> {
      for (const id of [...open.keys()]) stop(id)
      await Promise.all([...stopping])
    }
  } satisfies FilingAccounts & Record<string, unknown>
}
export type OpenAccountFiling = ReturnType<typeof createOpenAccountFiling>
