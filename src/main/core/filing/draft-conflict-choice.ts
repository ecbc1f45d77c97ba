import type { Database } from 'better-sqlite3'
import { err, ok, type Err, type Result } from '../../../shared/result'
import type { DraftStore, DraftView } from './draft-store'

export type ConflictPair = { server: DraftView | null; local: DraftView }
export type KeepChoice = 'local' | 'server' | 'both'

/** Carries a refusal out of a transaction so that what it already wrote is rolled back. */
class Refused extends Error {
  constructor(readonly result: Err) {
    super(result.error.message)
  }
}
const orRefuse = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Refused(result)
  return result.value
}

/**
 * The applicant's side of a conflict (see draft-conflicts.ts): the platform's version holds the
 * draft's place and the local text waits beside it as a conflict copy, until one is kept or both.
 */
export function createConflictChoice(db: Database, drafts: DraftStore) {
  const newestCopy = db.prepare<[string], { id: string }>(
    'SELECT id FROM drafts WHERE conflict_of = ? AND deleted = 0 ORDER BY created_at DESC, id DESC LIMIT 1'
  )
  const release = db.prepare('UPDATE drafts SET conflict_of = NULL WHERE id = ?')

  /** `id` names the copy, or the draft it was kept beside (then its newest copy). */
  function pair(id: string): Result<ConflictPair> {
    const draft = drafts.get(id)
    if (!draft) return err('NOT_FOUND', 'No such draft')
    if (draft.conflictOf) return ok({ server: drafts.get(draft.conflictOf) ?? null, local: draft })
    const copy = newestCopy.get(id)
    if (!copy) return err('NOT_FOUND', 'This draft has no conflict to resolve')
    return ok({ server: draft, local: drafts.get(copy.id)! })
  }

  const keep = db.transaction((id: string, choice: KeepChoice): DraftView[] => {
    const { server, local } = orRefuse(pair(id))
    if (choice === 'both' || !server) {
      // Without the platform's version (deleted since), the local text is simply a draft again.
      release.run(local.id)
      return [server && drafts.get(server.id), drafts.get(local.id)].filter((d): d is DraftView => d !== null && d !== undefined)
    }
    if (choice === 'local') orRefuse(drafts.update(server.id, { content: local.content }))
    orRefuse(drafts.remove(local.id))
    return [drafts.get(server.id)!]
  })

  return {
    pair,
    /** Keeps the local text, the platform's, or both, in one transaction. */
    keep(id: string, choice: KeepChoice): Result<DraftView[]> {
      try {
        return ok(keep(id, choice))
      } catch (cause) {
        if (cause instanceof Refused) return cause.result
        throw cause
      }
    }
  }
}
