import type { ApplicationType } from '../../../shared/filing/draft-content'

/** What the drafts list shows of a draft; the state folds sync and filing into one word. */
export const draftStates = ['draft', 'queued', 'filed', 'conflict', 'needs_attention'] as const
export type DraftState = (typeof draftStates)[number]
export type DraftRow = {
  id: string
  type: ApplicationType
  title: string
  state: DraftState
  updatedAt: string
  applicationNumber: string | null
}

export type DraftQuery = { search: string; type: ApplicationType | 'all'; state: DraftState | 'all'; order: 'desc' | 'asc' }
export const emptyQuery: DraftQuery = { search: '', type: 'all', state: 'all', order: 'desc' }

/** The list channel's input for a query and a page: "all" is no filter, blank search is none. */
export function listInputOf(query: DraftQuery, offset: number, limit: number) {
  return {
    ...(query.search.trim() ? { search: query.search.trim() } : {}),
    ...(query.type !== 'all' ? { type: query.type } : {}),
    ...(query.state !== 'all' ? { state: query.state } : {}),
    sort: 'updatedAt' as const,
    order: query.order,
    offset,
    limit
  }
}

/** Whether the user narrowed the list: "no draft matches" then, and "no drafts yet" otherwise. */
export function isFiltered(query: DraftQuery): boolean {
  return query.search.trim() !== '' || query.type !== 'all' || query.state !== 'all'
}

/**
 * Why a row may not be deleted, or null when it may: a submitted application belongs to the
 * office (the core refuses with DRAFT_SUBMITTED); a queued one must be cancelled first.
 */
export function undeletableReason(state: DraftState): 'cannotDeleteFiled' | 'cannotDeleteQueued' | null {
  return state === 'filed' ? 'cannotDeleteFiled' : state === 'queued' ? 'cannotDeleteQueued' : null
}
