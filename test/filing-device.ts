import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrateAccountDatabase } from '../src/main/core/filing/account-migrations'
import { createAttachmentStore, type AttachmentStore } from '../src/main/core/filing/attachment-store'
import { createDraftStore, type DraftStore } from '../src/main/core/filing/draft-store'
import { createNoticeStore, type NoticeStore } from '../src/main/core/filing/notice-store'
import { createSubmissionQueue, type SubmissionQueue } from '../src/main/core/filing/submission-queue'
import type { WithAccess } from '../src/main/core/filing/sync-context'
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../src/main/core/filing/sync-engine'
import type { SyncEvent } from '../src/main/core/filing/sync-events'
import type { PlatformClient } from '../src/main/core/platform/platform-client'
import { platformClient } from './platform-client'
import { err } from '../src/shared/result'

/** Opens an account's filing file the way the app will: WAL, foreign keys, migrated. */
export function openAccountFile(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrateAccountDatabase(db)
  return db
}

/**
 * One computer with one account on it: the account's file, its stores and its sync engine,
 * talking to a real platform at `url`. `requests` counts what it sends.
 */
export function filingDevice(
  url: string,
  token: () => string | null,
  options: {
    dir?: string
    now?: () => Date
    engine?: Partial<SyncEngineOptions>
    /** Runs when the platform's answer to a request has arrived, before the sync sees it (the applicant acting meanwhile). */
    onAnswer?: (request: string) => void
  } = {}
): FilingDevice {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'patentdesk-device-'))
  const db = openAccountFile(join(dir, 'account.sqlite'))
  const now = options.now ?? (() => new Date())
  const requests: string[] = []
  const countingFetch: typeof fetch = async (input, init) => {
    const request = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`
    requests.push(request)
    const response = await fetch(input, init)
    options.onAnswer?.(request)
    return response
  }
  const client = platformClient({ baseUrl: url, fetch: countingFetch, timeoutMs: 5_000 })
  const withAccess: WithAccess = async (call) => {
    const t = token()
    return t ? call(t) : err('NOT_SIGNED_IN', 'No account is signed in')
  }
  const drafts = createDraftStore(db, { now })
  const attachments = createAttachmentStore(db, join(dir, 'attachments'), { now })
  const notices = createNoticeStore(db, { now })
  const submissions = createSubmissionQueue(db, drafts, attachments, { now })
  const events: SyncEvent[] = []
  const engine = createSyncEngine({
    db,
    drafts,
    notices,
    submissions,
    attachments,
    client,
    withAccess,
    now,
    onEvent: (e) => events.push(e),
    ...options.engine
  })
  return { dir, db, drafts, attachments, notices, submissions, engine, events, requests, client }
}
export type FilingDevice = {
  dir: string
  db: Database.Database
  drafts: DraftStore
  attachments: AttachmentStore
  notices: NoticeStore
  submissions: SubmissionQueue
  engine: SyncEngine
  events: SyncEvent[]
  requests: string[]
  client: PlatformClient
}
