import type { Database } from 'better-sqlite3'
import { ok, type AppError, type Result } from '../../../shared/result'
import type { AttachmentStore } from './attachment-store'
import { backoffDelay } from './backoff'
import type { DraftStore } from './draft-store'
import { fileSubmissions } from './file-submissions'
import type { NoticeStore } from './notice-store'
import { createOutbox } from './outbox'
import { pullDrafts } from './pull-drafts'
import { pullNotices } from './pull-notices'
import { pushOutbox } from './push-outbox'
import type { SubmissionQueue } from './submission-queue'
import type { FilingClient, SyncContext, WithAccess } from './sync-context'
import { RoundStopped } from './sync-errors'
import type { SyncEvent, SyncStatus } from './sync-events'
import { createSyncState } from './sync-state'

export type SyncEngineOptions = {
  db: Database
  drafts: DraftStore
  notices: NoticeStore
  submissions: SubmissionQueue
  attachments: AttachmentStore
  client: FilingClient
  withAccess: WithAccess
  onEvent?: (event: SyncEvent) => void
  now?: () => Date
  random?: () => number
  /** Time between rounds while all is well, and after a local write before it is pushed. */
  idleMs?: number
  debounceMs?: number
  backoff?: { baseMs?: number; maxMs?: number }
}

export type RoundReport = { pushed: number; filed: number; pulledDrafts: number; pulledNotices: number }

/**
 * One account's sync: push the outbox, file queued submissions, pull drafts and notices. A round
 * costs a few indexed reads and two requests when nothing changed, however many drafts the
 * account has. Run by itself once started: again soon after a local write, every `idleMs` while
 * all is well, and with growing, jittered waits while the platform cannot be reached.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const now = options.now ?? (() => new Date())
  const emit = (event: SyncEvent) => options.onEvent?.(event)
  const ctx: SyncContext = {
    db: options.db,
    drafts: options.drafts,
    outbox: createOutbox(options.db),
    state: createSyncState(options.db),
    notices: options.notices,
    submissions: options.submissions,
    attachments: options.attachments,
    client: options.client,
    withAccess: options.withAccess,
    emit,
    now
  }
  const idleMs = options.idleMs ?? 60_000
  const debounceMs = options.debounceMs ?? 1_000

  let status: SyncStatus = { state: 'idle', lastSyncedAt: null }
  let running = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let current: Promise<Result<RoundReport>> | null = null
  let failures = 0

  const setStatus = (next: SyncStatus) => {
    status = next
    emit({ type: 'status', status })
  }

  async function round(): Promise<Result<RoundReport>> {
    setStatus({ state: 'syncing' })
    try {
      const { pushed } = await pushOutbox(ctx)
      const { filed } = await fileSubmissions(ctx)
      const { pulled: pulledDrafts } = await pullDrafts(ctx)
      const { pulled: pulledNotices } = await pullNotices(ctx)
      failures = 0
      setStatus({ state: 'idle', lastSyncedAt: now().toISOString() })
      return ok({ pushed, filed, pulledDrafts, pulledNotices })
    } catch (cause) {
      // Anything else (a full disk, a bug) is retried like an outage rather than ending the schedule.
      const stopped =
        cause instanceof RoundStopped
          ? cause
          : new RoundStopped({ code: 'INTERNAL', message: cause instanceof Error ? cause.message : String(cause) }, 'retry')
      if (stopped.kind === 'signed_out') setStatus({ state: 'signed_out' })
      else {
        failures++
        const retryAt = new Date(now().getTime() + retryDelay(stopped.error)).toISOString()
        setStatus({ state: 'offline', error: stopped.error, retryAt })
      }
      return { ok: false, error: stopped.error }
    }
  }

  const retryDelay = (error: AppError) =>
    Math.max(error.retryAfter ? error.retryAfter * 1000 : 0, backoffDelay(failures, { ...options.backoff, random: options.random }))

  /** Runs one round now (or joins the one running). */
  function syncNow(): Promise<Result<RoundReport>> {
    current ??= round().finally(() => {
      current = null
      if (running) schedule(nextDelay())
    })
    return current
  }

  function nextDelay(): number {
    if (status.state === 'offline') return new Date(status.retryAt).getTime() - now().getTime()
    if (status.state === 'signed_out') return idleMs
    return ctx.outbox.pendingCount() || ctx.submissions.queued().length ? debounceMs : idleMs
  }

  function schedule(delayMs: number) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void syncNow()
    }, Math.max(0, delayMs))
  }

  return {
    syncNow,
    /** Starts syncing by itself; the first round runs at once. */
    start() {
      running = true
      schedule(0)
    },
    /** Stops the schedule and waits for a round in flight. */
    async stop() {
      running = false
      if (timer) clearTimeout(timer)
      timer = null
      await current
    },
    /** A local write: push it soon (while the platform is unreachable, the retry already planned stands). */
    trigger() {
      if (running && !current && status.state !== 'offline') schedule(debounceMs)
    },
    /** A sign-in, the network back: try at once, whatever the backoff had planned. */
    resume() {
      failures = 0
      if (running && !current) schedule(0)
    },
    status: () => status
  }
}
export type SyncEngine = ReturnType<typeof createSyncEngine>
