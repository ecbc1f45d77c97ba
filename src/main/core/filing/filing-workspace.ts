import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { SyncStatusView } from '../../../shared/filing/filing-channels'
import type { EventName, EventPayload } from '../../../shared/ipc-contract'
import { createAttachmentStore } from './attachment-store'
import { createDraftStore, TOMBSTONE_KEPT_MS } from './draft-store'
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
  /** Its calls may go to the platform now (whether the platform answers, the sync finds out). */
  online(): boolean
  /** It has a session, online or waiting for the platform to come back; false once it has ended. */
  signedIn(): boolean
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
  // Deletions long past their undo, and known to the platform, are forgotten for good.
  drafts.purgeTombstones(new Date(now().getTime() - TOMBSTONE_KEPT_MS))
  const attachments = createAttachmentStore(db, join(account.dataDir, 'attachments'), { now })
  // Their files go too, in the background: a file left behind by a failure is only space.
  void attachments.forgetUnused(new Date(now().getTime() - TOMBSTONE_KEPT_MS)).catch(() => 0)
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
    const online = account.online()
    const signedIn = account.signedIn()
    const offline = !online || engineStatus.state === 'offline' || engineStatus.state === 'signed_out'
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
          : !signedIn || engineStatus.state === 'signed_out'
            ? { code: 'NOT_SIGNED_IN', message: 'This account is not signed in' }
            : !online
              ? { code: 'NETWORK', message: 'The platform cannot be reached' }
              : null,
      pendingChanges: outbox.pendingCount(),
      queuedSubmissions: queuedCount.get()!.n,
      conflicts
    }
  }

  /** The state the header was last told, so a change the sync did not make is told too. */
  let told: SyncStatusView['state'] | null = null
  const progress = (phase: SyncPhase | null, done: number, total: number) => {
    told = phase ? 'syncing' : status().state
    deps.emit('syncProgress', { accountId, state: told, phase, done, total })
  }

  let closed = false
  function forward(event: SyncEvent): void {
    // A round still running when the account closed: its file is gone, and so is anyone who cared.
    if (closed) return
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
        deps.emit('draftChanged', { accountId, ids: [event.draftId], reason: 'submission' })
        if (event.state === 'filed') {
          const { submissionId, draftId, applicationNumber, title } = event
          deps.emit('submissionFiled', { accountId, submissionId, draftId, applicationNumber, title })
        }
        return
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
    /**
     * The account's session changed (it found the platform gone, or back) without a sync round
     * in between: the header is told when that changes its state, not at the next round.
     */
    accountChanged(): void {
      if (!closed && status().state !== told) progress(null, 0, 0)
    },
    start: () => engine.start(),
    /**
     * Stops the sync; the file is the account owner's to close. A round in flight may still
     * meet the closed file: every step it made is a transaction, and a submission it was sending
     * is sent again with its key the next time the account opens (filed once all the same).
     */
    close(): Promise<void> {
      closed = true
      return engine.stop()
    }
  }
}
export type FilingWorkspace = ReturnType<typeof openFilingWorkspace>
