import type { Database } from 'better-sqlite3'
import { appErrorSchema, type AppError } from '../../../shared/result'
import type { SubmissionState, SubmissionView } from '../../../shared/filing/filing-channels'

export type { SubmissionView }
type Row = Omit<SubmissionView, 'error'> & { error: string | null }

const select = `SELECT s.id, s.draft_id AS draftId, d.title, d.type, s.state, s.attempts, s.error,
  s.application_number AS applicationNumber, s.filed_at AS filedAt, s.receipt_notice_id AS receiptNoticeId,
  s.created_at AS createdAt, s.updated_at AS updatedAt
  FROM submissions s LEFT JOIN drafts d ON d.id = s.draft_id`

/** An error kept as JSON by the sync (a platform refusal), read back as an error value. */
export function storedError(json: string | null): AppError | null {
  if (!json) return null
  const parsed = appErrorSchema.safeParse(JSON.parse(json))
  return parsed.success ? parsed.data : { code: 'INTERNAL', message: 'The platform refused this, for a reason this version does not know' }
}

const view = ({ error, ...row }: Row): SubmissionView => ({ ...row, error: storedError(error) })

/** The submissions screen's reads: newest first, with each draft's title, by state, paged. */
export function createSubmissionList(db: Database) {
  const get = db.prepare<[string], Row>(`${select} WHERE s.id = ?`)
  return {
    page(query: { state?: SubmissionState; limit: number; offset: number }): { items: SubmissionView[]; total: number } {
      const filter = query.state ? 'WHERE s.state = ?' : ''
      const params = query.state ? [query.state] : []
      const rows = db
        .prepare<unknown[], Row>(`${select} ${filter} ORDER BY s.created_at DESC, s.id LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset)
      const total = db.prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM submissions s ${filter}`).get(...params)!.n
      return { items: rows.map(view), total }
    },
    get: (id: string): SubmissionView | undefined => {
      const row = get.get(id)
      return row ? view(row) : undefined
    }
  }
}
