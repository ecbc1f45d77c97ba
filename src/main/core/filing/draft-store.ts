import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { ApplicationType, DraftContent, DraftContentInput } from '../../../shared/filing/draft-content'
import { draftContentSchema } from '../../../shared/filing/draft-content'
import { applyMergePatch, type MergePatch } from '../../../shared/filing/merge-patch'
import type { DraftState } from '../../../shared/filing/filing-channels'
import { err, ok, validationError, type Result } from '../../../shared/result'
import { createOutbox } from './outbox'

/** How many versions of each draft stay restorable. */
export const KEPT_VERSIONS = 20
/** How long a deleted draft stays restorable once the platform knows of its deletion. */
/**
 * How long a deleted draft is kept, whole, after the platform knows of the deletion: while it is,
 * its attachment files are kept too, so another computer's edits that bring it back (see
 * resolveConflict) still find them here.
 */
export const TOMBSTONE_KEPT_MS = 30 * 24 * 60 * 60 * 1000

export type DraftStatus = 'draft' | 'submitting' | 'submitted'
export type DraftSummary = {
  id: string
  type: ApplicationType
  title: string
  status: DraftStatus
  /** Where it stands, for lists and badges (see draftStates). */
  state: DraftState
  version: number
  serverRevision: number
  /** Every local change is on the platform. */
  synced: boolean
  /** Why the platform refused this draft's last change, when it did (the change is kept here). */
  syncError: string | null
  /** Set on a conflict copy: the draft whose platform version replaced this text. */
  conflictOf: string | null
  applicationNumber: string | null
  filedAt: string | null
  createdAt: string
  updatedAt: string
}
export type DraftView = DraftSummary & { content: DraftContent }
/** A kept version as the history lists it: when, its title, and the size of each part (characters for texts). */
export type DraftVersionSummary = {
  version: number
  savedAt: string
  title: string
  applicants: number
  claims: number
  descriptionLength: number
  abstractLength: number
  attachments: number
}
export type DraftChange = { content: DraftContentInput } | { patch: MergePatch }

export type DraftListQuery = {
  /** Words that must all appear in the title, an applicant, an inventor or the application number. */
  search?: string
  type?: ApplicationType
  status?: DraftStatus
  state?: DraftState
  /** Only conflict copies (true) or only the rest (false). */
  conflicts?: boolean
  sort?: 'updatedAt' | 'createdAt' | 'title'
  order?: 'asc' | 'desc'
  limit?: number
  offset?: number
}

type DraftRow = Omit<DraftSummary, 'synced'> & { content: string; synced: number; deleted: number }

/**
 * A draft's state, derived in one place: `stateOf` for the rows shown (a few index lookups
 * each), `stateIs` to filter by it, testing membership in sets SQLite builds once per query
 * (the conflicted drafts, the refused ones), so that filtering 10,000 drafts stays fast.
 */
const stateOf = `CASE
  WHEN d.status = 'submitted' THEN 'filed'
  WHEN d.status = 'submitting' THEN 'queued'
  WHEN d.conflict_of IS NOT NULL OR EXISTS (SELECT 1 FROM drafts c WHERE c.conflict_of = d.id AND +c.deleted = 0) THEN 'conflict'
  WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.draft_id = d.id AND s.state = 'needs_attention')
    OR EXISTS (SELECT 1 FROM outbox o WHERE o.target = d.id AND o.parked_error IS NOT NULL) THEN 'needs_attention'
  ELSE 'draft' END`
// `+deleted`: not an index term, so the small partial index on conflict_of is the one used.
const inConflict = `(d.conflict_of IS NOT NULL OR d.id IN (SELECT conflict_of FROM drafts WHERE conflict_of IS NOT NULL AND +deleted = 0))`
const refused = `(d.id IN (SELECT draft_id FROM submissions WHERE state = 'needs_attention')
  OR d.id IN (SELECT target FROM outbox WHERE parked_error IS NOT NULL))`
const stateIs: Record<DraftState, string> = {
  filed: `d.status = 'submitted'`,
  queued: `d.status = 'submitting'`,
  conflict: `d.status = 'draft' AND ${inConflict}`,
  needs_attention: `d.status = 'draft' AND NOT ${inConflict} AND ${refused}`,
  draft: `d.status = 'draft' AND NOT ${inConflict} AND NOT ${refused}`
}

const columns = `d.id, d.type, d.title, d.status, ${stateOf} AS state, d.version, d.server_revision AS serverRevision, d.conflict_of AS conflictOf,
  d.application_number AS applicationNumber, d.filed_at AS filedAt, d.created_at AS createdAt, d.updated_at AS updatedAt,
  d.deleted, NOT EXISTS (SELECT 1 FROM outbox o WHERE o.target = d.id AND o.kind IN ('put_draft', 'delete_draft')) AS synced,
  (SELECT o.parked_error FROM outbox o WHERE o.target = d.id AND o.parked_error IS NOT NULL ORDER BY o.seq DESC LIMIT 1) AS syncError`

/** What list and search look at, lower-cased: title, parties, number. */
export const searchTextOf = (c: DraftContent, applicationNumber: string | null = null): string =>
  [c.title, ...c.applicants.map((a) => a.name), ...c.inventors.map((i) => i.name), applicationNumber ?? '']
    .join('\n')
    .toLowerCase()

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The account's drafts, written here first: every write is one transaction that stores the new
 * content, keeps it as a version (the last 20 are restorable) and queues it for the platform.
 * A filed draft (or one waiting to be filed) is read-only.
 */
export function createDraftStore(db: Database, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date())
  const outbox = createOutbox(db)
  const q = {
    get: db.prepare<[string], DraftRow>(`SELECT ${columns}, d.content FROM drafts d WHERE d.id = ?`),
    insert: db.prepare(`INSERT INTO drafts (id, type, title, search_text, content, version, server_revision, conflict_of, created_at, updated_at)
      VALUES (@id, @type, @title, @searchText, @content, 1, @serverRevision, @conflictOf, @at, @at)`),
    write: db.prepare(`UPDATE drafts SET type = @type, title = @title, search_text = @searchText, content = @content,
      version = version + 1, updated_at = @at WHERE id = @id RETURNING version`),
    addVersion: db.prepare('INSERT INTO draft_versions (draft_id, version, content, saved_at) VALUES (?, ?, ?, ?)'),
    prune: db.prepare('DELETE FROM draft_versions WHERE draft_id = ? AND version <= ?'),
    // The sizes tell versions apart in the history without reading each one whole.
    versions: db.prepare<[string], DraftVersionSummary>(
      `SELECT version, saved_at AS savedAt, coalesce(json_extract(content, '$.title'), '') AS title,
          coalesce(json_array_length(content, '$.applicants'), 0) AS applicants,
          coalesce(json_array_length(content, '$.claims'), 0) AS claims,
          length(coalesce(json_extract(content, '$.description'), '')) AS descriptionLength,
          length(coalesce(json_extract(content, '$.abstract'), '')) AS abstractLength,
          coalesce(json_array_length(content, '$.attachments'), 0) AS attachments
        FROM draft_versions WHERE draft_id = ? ORDER BY version DESC`
    ),
    version: db.prepare<[string, number], { content: string }>('SELECT content FROM draft_versions WHERE draft_id = ? AND version = ?'),
    tombstone: db.prepare('UPDATE drafts SET deleted = 1, version = version + 1, updated_at = ? WHERE id = ? RETURNING version'),
    revive: db.prepare('UPDATE drafts SET deleted = 0, version = version + 1, updated_at = ? WHERE id = ? RETURNING version'),
    // A tombstone the platform no longer needs to hear about (no row of its own left in the outbox).
    settledTombstones: db.prepare<[string], { id: string }>(
      'SELECT d.id FROM drafts d WHERE d.deleted = 1 AND d.updated_at < ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.target = d.id)'
    ),
    purge: db.prepare('DELETE FROM drafts WHERE id = ?'),
    purgeVersions: db.prepare('DELETE FROM draft_versions WHERE draft_id = ?')
  }

  const view = (row: DraftRow): DraftView => {
    const { deleted: _deleted, synced, content, ...rest } = row
    return { ...rest, synced: synced === 1, content: JSON.parse(content) as DraftContent }
  }
  const live = (id: string) => {
    const row = q.get.get(id)
    return row && row.deleted === 0 ? row : undefined
  }

  /** Stores `content` as the draft's next version; `queue` puts it in the outbox for the platform. */
  function writeContent(id: string, content: DraftContent, at: Date, queue: boolean): number {
    const json = JSON.stringify(content)
    const row = q.write.get({ id, type: content.type, title: content.title, searchText: searchTextOf(content), content: json, at: at.toISOString() }) as {
      version: number
    }
    q.addVersion.run(id, row.version, json, at.toISOString())
    q.prune.run(id, row.version - KEPT_VERSIONS)
    if (queue) outbox.append('put_draft', id, row.version, at)
    return row.version
  }

  /** Inserts a draft at version 1 (local, or pulled from the platform at `serverRevision`). */
  function insertDraft(input: { id: string; content: DraftContent; serverRevision: number; conflictOf?: string | null }, at: Date, queue: boolean) {
    const json = JSON.stringify(input.content)
    q.insert.run({
      id: input.id,
      type: input.content.type,
      title: input.content.title,
      searchText: searchTextOf(input.content),
      content: json,
      serverRevision: input.serverRevision,
      conflictOf: input.conflictOf ?? null,
      at: at.toISOString()
    })
    q.addVersion.run(input.id, 1, json, at.toISOString())
    if (queue) outbox.append('put_draft', input.id, 1, at)
  }

  function purge(id: string) {
    q.purge.run(id)
    q.purgeVersions.run(id)
    outbox.dropDraft(id)
  }

  const parse = (content: unknown): Result<DraftContent> => {
    const parsed = draftContentSchema.safeParse(content)
    return parsed.success ? ok(parsed.data) : validationError(parsed.error, content, 'draft')
  }
  const editable = (id: string): Result<DraftRow> => {
    const row = live(id)
    if (!row) return err('NOT_FOUND', 'No such draft')
    if (row.status !== 'draft') return err('DRAFT_SUBMITTED', 'This draft has been submitted and can no longer be changed')
    return ok(row)
  }

  function create(input: { content: DraftContentInput; id?: string }): Result<DraftView> {
    const content = parse(input.content)
    if (!content.ok) return content
    const id = input.id ?? randomUUID()
    if (q.get.get(id)) return err('VALIDATION', 'A draft with this id exists', { fields: { id: 'in use' } })
    db.transaction(() => insertDraft({ id, content: content.value, serverRevision: 0 }, now(), true))()
    return ok(view(q.get.get(id)!))
  }

  const update = db.transaction((id: string, change: DraftChange): Result<DraftView> => {
    const row = editable(id)
    if (!row.ok) return row
    const next = 'patch' in change ? applyMergePatch(JSON.parse(row.value.content), change.patch) : change.content
    const content = parse(next)
    if (!content.ok) return content
    writeContent(id, content.value, now(), true)
    return ok(view(q.get.get(id)!))
  })

  /**
   * Leaves a tombstone, so that the deletion can be undone with the draft whole (its id, versions
   * and attachments); `purgeTombstones` clears it once the platform knows and TOMBSTONE_KEPT_MS have passed.
   */
  const remove = db.transaction((id: string): Result<{ deleted: true }> => {
    const row = editable(id)
    if (!row.ok) return row
    outbox.dropDraft(id)
    const at = now()
    const { version } = q.tombstone.get(at.toISOString(), id) as { version: number }
    // Never on the platform: there is nothing to tell it.
    if (row.value.serverRevision > 0) outbox.append('delete_draft', id, version, at)
    return ok({ deleted: true })
  })

  /**
   * Undoes a deletion: the same draft is back as its next version and goes to the platform again.
   * A deletion not sent yet is simply dropped; one the platform already has meets this put as a
   * conflict with a deleted copy, and the put wins (see resolveConflict).
   */
  const undelete = db.transaction((id: string): Result<DraftView> => {
    const row = q.get.get(id)
    if (!row || row.deleted === 0) return err('NOT_FOUND', 'No deleted draft to bring back')
    outbox.dropDraft(id)
    const at = now()
    const { version } = q.revive.get(at.toISOString(), id) as { version: number }
    outbox.append('put_draft', id, version, at)
    return ok(view(q.get.get(id)!))
  })

  /** Forgets the drafts deleted before `before` whose deletion the platform has (or never needed). */
  const purgeTombstones = db.transaction((before: Date): number => {
    const ids = q.settledTombstones.all(before.toISOString()).map((r) => r.id)
    for (const id of ids) purge(id)
    return ids.length
  })

  function list(query: DraftListQuery = {}): { items: DraftSummary[]; total: number } {
    const where = ['d.deleted = 0']
    const params: unknown[] = []
    for (const word of (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      where.push(`d.search_text LIKE ? ESCAPE '\\'`)
      params.push(`%${escapeLike(word)}%`)
    }
    if (query.type) {
      where.push('d.type = ?')
      params.push(query.type)
    }
    if (query.status) {
      where.push('d.status = ?')
      params.push(query.status)
    }
    if (query.state) where.push(stateIs[query.state])
    if (query.conflicts !== undefined) where.push(query.conflicts ? 'd.conflict_of IS NOT NULL' : 'd.conflict_of IS NULL')
    const sortColumn = { updatedAt: 'd.updated_at', createdAt: 'd.created_at', title: 'd.title' }[query.sort ?? 'updatedAt']
    const order = (query.order ?? (query.sort === 'title' ? 'asc' : 'desc')) === 'asc' ? 'ASC' : 'DESC'
    const filter = where.join(' AND ')
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 500)
    // Ties (drafts pulled in one go) broken by id in the same direction, so one index serves the whole order.
    const orderBy = `ORDER BY ${sortColumn} ${order}, d.id ${order}`
    // The page's ids first, then their columns: the derived ones are worked out for the page's
    // rows only, not for every row skipped (CROSS JOIN keeps SQLite from looping the other way round).
    const rows = db
      .prepare<unknown[], Omit<DraftRow, 'content'>>(
        `SELECT ${columns} FROM (SELECT d.id FROM drafts d WHERE ${filter} ${orderBy} LIMIT ? OFFSET ?) page
          CROSS JOIN drafts d ON d.id = page.id ${orderBy}`
      )
      .all(...params, limit, Math.max(query.offset ?? 0, 0))
    const total = db.prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM drafts d WHERE ${filter}`).get(...params)!.n
    return { items: rows.map(({ deleted: _deleted, synced, ...rest }) => ({ ...rest, synced: synced === 1 })), total }
  }

  const restore = db.transaction((id: string, version: number): Result<DraftView> => {
    const row = editable(id)
    if (!row.ok) return row
    const saved = q.version.get(id, version)
    if (!saved) return err('NOT_FOUND', `Version ${version} of this draft is no longer kept`)
    writeContent(id, JSON.parse(saved.content) as DraftContent, now(), true)
    return ok(view(q.get.get(id)!))
  })

  return {
    create,
    update: (id: string, change: DraftChange): Result<DraftView> => update(id, change),
    remove: (id: string): Result<{ deleted: true }> => remove(id),
    /** Brings back a deleted draft (NOT_FOUND when there is no deletion to undo). */
    undelete: (id: string): Result<DraftView> => undelete(id),
    purgeTombstones: (before: Date): number => purgeTombstones(before),
    get: (id: string): DraftView | undefined => {
      const row = live(id)
      return row ? view(row) : undefined
    },
    list,
    versions: (id: string) => q.versions.all(id),
    restore: (id: string, version: number): Result<DraftView> => restore(id, version),
    /** For the sync engine and the submission queue: the same writes, inside their own transactions. */
    internal: { writeContent, insertDraft, purge, row: (id: string) => q.get.get(id) }
  }
}
export type DraftStore = ReturnType<typeof createDraftStore>
