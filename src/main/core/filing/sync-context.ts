import type { Database } from 'better-sqlite3'
import type { Result } from '../../../shared/result'
import type { PlatformClient } from '../platform/platform-client'
import type { AttachmentStore } from './attachment-store'
import type { DraftStore } from './draft-store'
import type { NoticeStore } from './notice-store'
import type { Outbox } from './outbox'
import type { SubmissionQueue } from './submission-queue'
import type { SyncEvent } from './sync-events'
import type { SyncState } from './sync-state'

/** Runs a platform call with the signed-in account's access token (renewed once when it has expired). */
export type WithAccess = <T>(call: (accessToken: string) => Promise<Result<T>>) => Promise<Result<T>>

export type FilingClient = Pick<
  PlatformClient,
  'draftChanges' | 'putDraft' | 'deleteDraft' | 'submit' | 'putAttachment' | 'notices' | 'markNoticeRead'
>

/** Everything one sync round of one account works with. */
export type SyncContext = {
  db: Database
  drafts: DraftStore
  outbox: Outbox
  state: SyncState
  notices: NoticeStore
  submissions: SubmissionQueue
  attachments: AttachmentStore
  client: FilingClient
  withAccess: WithAccess
  emit: (event: SyncEvent) => void
  now: () => Date
}
