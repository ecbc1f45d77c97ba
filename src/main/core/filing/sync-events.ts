import type { Notice } from '../../../shared/filing/filing-api'
import type { AppError } from '../../../shared/result'

/** What the sync engine tells the rest of the app, per account (the IPC events are derived from these later). */
export type SyncPhase = 'push' | 'submit' | 'pull_drafts' | 'pull_notices'
export type SyncStatus =
  | { state: 'idle'; lastSyncedAt: string | null }
  | { state: 'syncing' }
  | { state: 'offline'; error: AppError; retryAt: string }
  | { state: 'signed_out' }

export type SyncEvent =
  | { type: 'progress'; phase: SyncPhase; done: number; total: number }
  | { type: 'status'; status: SyncStatus }
  | { type: 'drafts_changed'; ids: string[] }
  /** The platform's copy took the draft's place; the local text is kept as the draft `copyId`. */
  | { type: 'conflict'; draftId: string; copyId: string }
  | { type: 'notices'; added: Notice[]; unread: number }
  /** Filed: the platform's application number and the draft's title, for the announcement. */
  | { type: 'submission'; submissionId: string; draftId: string; state: 'filed'; applicationNumber: string; title: string }
  | { type: 'submission'; submissionId: string; draftId: string; state: 'needs_attention' }
