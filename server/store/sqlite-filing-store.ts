import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { DraftContent } from '../../src/shared/filing/draft-content'
import type { ServerCopy } from '../../src/shared/filing/filing-api'
import type {
  DraftChangeRecord,
  DraftRecord,
  FileSubmissionInput,
  FileSubmissionOutcome,
  FilingStore,
  NoticeRecord
} from './filing-store'
import { runEach, type SqliteConnection, type Synchronous } from './sqlite-connection'

type DraftRow = {
  id: string
  accountId: string
  revision: number
  deleted: number
  content: string | null
  updatedAt: string
  seq: number
  applicationNumber: string | null
  filedAt: string | null
}
type SubmissionRow = { draftId: string; applicationNumber: string; filedAt: string; receiptNoticeId: string }
type NoticeRow = Omit<NoticeRecord, 'read' | 'dueDate' | 'applicationNumber'> & {
  read: number
  dueDate: string | null
  applicationNumber: string | null
}

const toDraft = (row: DraftRow): DraftRecord & { seq: number } => ({
  id: row.id,
  accountId: row.accountId,
  revision: row.revision,
  deleted: row.deleted === 1,
  content: row.content === null ? null : (JSON.parse(row.content) as DraftContent),
  updatedAt: row.updatedAt,
  submission: row.applicationNumber ? { applicationNumber: row.applicationNumber, filedAt: row.filedAt! } : null,
  seq: row.seq
})
const serverCopy = (d: DraftRecord): ServerCopy => ({ revision: d.revision, content: d.content, deleted: d.deleted })

type FilingSteps = Synchronous<Omit<FilingStore, 'close'>>

/**
 * What the filing store does, each method one synchronous step; those that write are one
 * `BEGIN IMMEDIATE` transaction, which also keeps other processes (admin commands) out meanwhile.
 */
function filingSteps(db: Database.Database): FilingSteps {
  const draftSelect = `SELECT d.id, d.account_id AS accountId, d.revision, d.deleted, d.content, d.updated_at AS updatedAt,
      d.change_seq AS seq, s.application_number AS applicationNumber, s.filed_at AS filedAt
    FROM drafts d LEFT JOIN submissions s ON s.draft_id = d.id`
  const q = {
    draft: db.prepare<[string], DraftRow>(`${draftSelect} WHERE d.id = ?`),
    changes: db.prepare<[string, number, number], DraftRow>(`${draftSelect} WHERE d.account_id = ? AND d.change_seq > ? ORDER BY d.change_seq LIMIT ?`),
    nextSeq: db.prepare<[], { value: number }>(`UPDATE sequences SET value = value + 1 WHERE name = 'draft_change' RETURNING value`),
    insertDraft: db.prepare(`INSERT INTO drafts (id, account_id, revision, content, deleted, change_seq, updated_at)
      VALUES (@id, @accountId, 1, @content, 0, @seq, @at)`),
    writeDraft: db.prepare(`UPDATE drafts SET revision = revision + 1, content = @content, deleted = @deleted, change_seq = @seq,
      updated_at = @at WHERE id = @id RETURNING revision`),
    touchDraft: db.prepare('UPDATE drafts SET change_seq = ? WHERE id = ?'),
    submissionByKey: db.prepare<[string, string], SubmissionRow>(`SELECT draft_id AS draftId, application_number AS applicationNumber,
      filed_at AS filedAt, receipt_notice_id AS receiptNoticeId FROM submissions WHERE account_id = ? AND idempotency_key = ?`),
    drawSerial: db.prepare<[number, number], { last_serial: number }>(`INSERT INTO application_serials (year, type_digit, last_serial)
      VALUES (?, ?, 1) ON CONFLICT (year, type_digit) DO UPDATE SET last_serial = last_serial + 1 RETURNING last_serial`),
    insertSubmission: db.prepare(`INSERT INTO submissions (id, account_id, idempotency_key, draft_id, revision, content,
      application_number, filed_at, receipt_notice_id) VALUES (@id, @accountId, @key, @draftId, @revision, @content,
      @applicationNumber, @filedAt, @receiptNoticeId)`),
    insertBlob: db.prepare('INSERT OR IGNORE INTO attachment_blobs (sha256, size, mime, bytes) VALUES (?, ?, ?, ?)'),
    grantAttachment: db.prepare('INSERT OR IGNORE INTO attachments (account_id, sha256, created_at) VALUES (?, ?, ?)'),
    attachment: db.prepare<[string, string], { sha256: string; size: number; mime: string; bytes: Buffer }>(`SELECT b.sha256,
      b.size, b.mime, b.bytes FROM attachments a JOIN attachment_blobs b ON b.sha256 = a.sha256 WHERE a.account_id = ? AND a.sha256 = ?`),
    held: db.prepare<[string, string], { sha256: string }>(
      'SELECT sha256 FROM attachments WHERE account_id = ? AND sha256 IN (SELECT value FROM json_each(?))'
    ),
    insertNotice: db.prepare(`INSERT INTO notices (id, account_id, kind, title, body, created_at, due_date, application_number)
      VALUES (@id, @accountId, @kind, @title, @body, @issuedAt, @dueDate, @applicationNumber)`),
    noticesSince: db.prepare<[string, number, number], NoticeRow>(`SELECT seq, id, kind, title, body, created_at AS issuedAt,
      due_date AS dueDate, application_number AS applicationNumber, read_at IS NOT NULL AS read
      FROM notices WHERE account_id = ? AND seq > ? ORDER BY seq LIMIT ?`),
    readNotice: db.prepare('UPDATE notices SET read_at = COALESCE(read_at, ?) WHERE account_id = ? AND id = ?')
  }

  const findDraft = (id: string) => {
    const row = q.draft.get(id)
    return row ? toDraft(row) : undefined
  }
  const nextSeq = () => q.nextSeq.get()!.value
  const addNotice = (n: Parameters<FilingStore['addNotice']>[0]) =>
    void q.insertNotice.run({ dueDate: null, applicationNumber: null, ...n })

  const putDraft = db.transaction((input: Parameters<FilingStore['putDraft']>[0]) => {
    const current = findDraft(input.id)
    const content = JSON.stringify(input.content)
    if (!current) {
      if (input.baseRevision !== 0) return { kind: 'not_found' as const }
      q.insertDraft.run({ id: input.id, accountId: input.accountId, content, seq: nextSeq(), at: input.at })
      return { kind: 'saved' as const, revision: 1 }
    }
    if (current.accountId !== input.accountId) return { kind: 'not_found' as const }
    if (current.submission) return { kind: 'submitted' as const }
    if (current.revision !== input.baseRevision) return { kind: 'conflict' as const, server: serverCopy(current) }
    const written = q.writeDraft.get({ id: input.id, content, deleted: 0, seq: nextSeq(), at: input.at }) as { revision: number }
    return { kind: 'saved' as const, revision: written.revision }
  })

  const deleteDraft = db.transaction((input: Parameters<FilingStore['deleteDraft']>[0]) => {
    const current = findDraft(input.id)
    if (!current || current.accountId !== input.accountId) return { kind: 'not_found' as const }
    if (current.submission) return { kind: 'submitted' as const }
    // A repeated delete (its answer lost) finds the draft already gone: that is what it asked for.
    if (current.deleted) return { kind: 'deleted' as const }
    if (current.revision !== input.baseRevision) return { kind: 'conflict' as const, server: serverCopy(current) }
    q.writeDraft.run({ id: input.id, content: null, deleted: 1, seq: nextSeq(), at: input.at })
    return { kind: 'deleted' as const }
  })

  const fileSubmission = db.transaction((input: FileSubmissionInput): FileSubmissionOutcome => {
    const earlier = q.submissionByKey.get(input.accountId, input.idempotencyKey)
    if (earlier) {
      if (earlier.draftId !== input.draftId) return { kind: 'key_reused' }
      const { draftId: _draftId, ...receipt } = earlier
      return { kind: 'filed', receipt, replayed: true }
    }
    const draft = findDraft(input.draftId)
    if (!draft || draft.accountId !== input.accountId || draft.deleted) return { kind: 'not_found' }
    if (draft.submission) return { kind: 'submitted' }
    if (draft.revision !== input.revision) return { kind: 'conflict', server: serverCopy(draft) }
    // Drawn inside the transaction that files: a rollback returns the serial, so the series has no gaps.
    const serial = q.drawSerial.get(input.year, input.typeDigit)!.last_serial
    const applicationNumber = input.formatNumber(serial)
    const receiptNoticeId = randomUUID()
    addNotice({
      id: receiptNoticeId,
      accountId: input.accountId,
      kind: 'receipt',
      ...input.receipt(applicationNumber),
      issuedAt: input.filedAt,
      applicationNumber
    })
    q.insertSubmission.run({
      id: randomUUID(),
      accountId: input.accountId,
      key: input.idempotencyKey,
      draftId: input.draftId,
      revision: input.revision,
      content: JSON.stringify(draft.content),
      applicationNumber,
      filedAt: input.filedAt,
      receiptNoticeId
    })
    // The draft's change feed says it is filed, so every device makes it read-only.
    q.touchDraft.run(nextSeq(), input.draftId)
    return { kind: 'filed', receipt: { applicationNumber, filedAt: input.filedAt, receiptNoticeId }, replayed: false }
  })

  const putAttachment = db.transaction((input: Parameters<FilingStore['putAttachment']>[0]) => {
    q.insertBlob.run(input.sha256, input.bytes.byteLength, input.mime, Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength))
    return { created: q.grantAttachment.run(input.accountId, input.sha256, input.at).changes === 1 }
  })

  return {
    findDraft: (id) => {
      const d = findDraft(id)
      if (!d) return undefined
      const { seq: _seq, ...record } = d
      return record
    },
    putDraft: (input) => putDraft.immediate(input),
    deleteDraft: (input) => deleteDraft.immediate(input),
    draftChanges: (accountId, afterSeq, limit): DraftChangeRecord[] =>
      q.changes.all(accountId, afterSeq, limit).map((row) => {
        const { accountId: _accountId, ...change } = toDraft(row)
        return change
      }),
    fileSubmission: (input) => fileSubmission.immediate(input),
    putAttachment: (input) => putAttachment.immediate(input),
    attachmentBytes: (accountId, sha256) => {
      const row = q.attachment.get(accountId, sha256)
      return row ? { sha256: row.sha256, size: row.size, mime: row.mime, bytes: new Uint8Array(row.bytes) } : undefined
    },
    heldAttachments: (accountId, sha256s) => new Set(q.held.all(accountId, JSON.stringify(sha256s)).map((r) => r.sha256)),
    addNotice,
    noticesSince: (accountId, afterSeq, limit) =>
      q.noticesSince.all(accountId, afterSeq, limit).map(({ dueDate, applicationNumber, read, ...n }) => ({
        ...n,
        read: read === 1,
        ...(dueDate ? { dueDate } : {}),
        ...(applicationNumber ? { applicationNumber } : {})
      })),
    markNoticeRead: (accountId, id, at) => q.readNotice.run(at, accountId, id).changes === 1
  }
}

/**
 * The filing store over the connection the identity store uses (`sqlitePlatformStore`): its
 * steps wait for a running identity transaction, so they never join it.
 */
export function sqliteFilingStore(connection: SqliteConnection): FilingStore {
  return { ...runEach(filingSteps(connection.db), connection.step), close: () => connection.close() }
}
