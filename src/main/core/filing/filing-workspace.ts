import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { SyncStatusView } from '../../../shared/filing/filing-channels'
import type { EventName, EventPayload } from '../../../shared/ipc-contract'
import { createAttachmentStore } from './attachment-store'
import { createDraftStore } from './draft-store'
import { createNoticeStore } from './notice-store'
import { createOutbox } from './outbox'
import { createSubmissionQueue } from './submission-queue'
import type { FilingClient, WithAccess } from './sync-context'
import { createSyncEngine, type SyncEngineOptions } from './sync-engine'
import type { SyncEvent, SyncPhase } from './sync-events'

/**
 * What the filing needs of one open account, and all it knows of accounts: whoever keeps the
 * accounts open (the account registry) provides it.
 */
export type AccountWorkspace = {
  accountId: string
  /** The account's own SQLite file, migrated with accountMigrations. */
  db: Database.Database
  /** The account's own folder: its attachments are kept under it. */
  dataDir: string
  /** Runs a platform call with this account's access token (never another account's). */
  withAccess: WithAccess
  /** Signed in: its calls may go to the platform now (whether the platform answers, the sync finds out). */
  online(): boolean
}

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

export type FilingWorkspaceDeps = {
  client: FilingClient
  emit: Emit
  now?: () => Date
  engine?: Pick<SyncEngineOptions, 'idleMs' | 'debounceMs' | 'backoff' | 'random'>
}

/**
 * One account's filing: its stores on the account's file and its own sync engine, whose events
 * go out as the contract's events, tagged with the account.
 */
export function openFilingWorkspace(account: AccountWorkspace, deps: FilingWorkspaceDeps) {
  const now = deps.now ?? (() => new Date())
  const { accountId, db } = account
  const drafts = createDraftStore(db, { now })
  const attachments = createAttachmentStore(db, join(account.dataDir, 'attachments'), { now })
  const notices = createNoticeStore(db, { now })
  const submissions = createSubmissionQueue(db, drafts, attachments, { now })
  const outbox = createOutbox(db)
  const conflictCount = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM drafts WHERE conflict_of IS NOT NULL AND deleted = 0')
  const queuedCount = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM submissions WHERE state = 'queued'`)

  const engine = createSyncEngine({
    db,
    drafts,
    notices,
    submissions,
    attachments,
    client: deps.client,
    withAccess: account.withAccess,
    now,
    onEvent: forward,
    ...deps.engine
  })

  function status(): SyncStatusView {
    const engineStatus = engine.status()
    const conflicts = conflictCount.get()!.n
    const signedIn = account.online()
    const offline = !signedIn || engineStatus.state === 'offline' || engineStatus.state === 'signed_out'
    // Started but not through its first round yet: not "synced" until it has been.
    const synced = engineStatus.state === 'idle' && engineStatus.lastSyncedAt !== null
    return {
      accountId,
      state: offline ? 'offline' : !synced ? 'syncing' : conflicts ? 'conflict' : 'synced',
      signedIn,
      lastSyncedAt: engineStatus.state === 'idle' ? engineStatus.lastSyncedAt : null,
      retryAt: engineStatus.state === 'offline' ? engineStatus.retryAt : null,
      error:
        engineStatus.state === 'offline'
          ? engineStatus.error
          : offline
            ? { code: 'NOT_SIGNED_IN', message: 'This account is not signed in' }
            : null,
      pendingChanges: outbox.pendingCount(),
      queuedSubmissions: queuedCount.get()!.n,
      conflicts
    }
  }

  const progress = (phase: SyncPhase | null, done: number, total: number) =>
    deps.emit('syncProgress', { accountId, state: phase ? 'syncing' : status().state, phase, done, total })

  function forward(event: SyncEvent): void {
    switch (event.type) {
      case 'progress':
        return progress(event.phase, event.done, event.total)
      case 'status':
        return progress(null, 0, 0)
      case 'drafts_changed':
        return deps.emit('draftChanged', { accountId, ids: event.ids, reason: 'synced' })
      case 'conflict':
        return deps.emit('draftChanged', { accountId, ids: [event.draftId, event.copyId], reason: 'conflict' })
      case 'submission':
        return deps.emit('draftChanged', { accountId, ids: [event.draftId], reason: 'submission' })
      case 'notices':
        return deps.emit('noticesArrived', {
          accountId,
          count: event.added.length,
          unread: event.unread,
          notices: event.added.map(({ id, kind, title, dueDate }) => ({ id, kind, title, ...(dueDate ? { dueDate } : {}) }))
        })
    }
  }

  return {
    accountId,
    /** The account: its file (`account.db`), folder and access. */
    account,
    drafts,
    attachments,
    notices,
    submissions,
    engine,
    now,
    status,
    /** Signed in and the platform not known to be down: a submission would be filed at once. */
    canFileNow: () => account.online() && !['offline', 'signed_out'].includes(engine.status().state),
    /** A local write: the sync pushes it soon. */
    changed: () => engine.trigger(),
    start: () => engine.start(),
    /** Stops the sync (waiting for a round in flight); the file stays open: it is the account's owner's. */
    close: () => engine.stop()
  }
}
export type FilingWorkspace = ReturnType<typeof openFilingWorkspace>
