import { ok, type Result } from '../../../../shared/result'
import type { FilingWorkspace } from '../filing-workspace'
import { createSubmissionList } from '../submission-list'
import { onAccount, summaryView, type FilingAccounts } from './filing-accounts'

/** How long Submit waits for the platform before answering "queued" (the filing carries on meanwhile). */
const SUBMIT_WAIT_MS = 10_000

async function within(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}

/**
 * Files it now when it can: a round already running may have passed its filing step before
 * this submission was stored, so a second round follows a successful first one.
 */
async function fileNow(ws: FilingWorkspace, id: string): Promise<void> {
  const first = await ws.engine.syncNow()
  if (first.ok && ws.submissions.get(id)?.state === 'queued') await ws.engine.syncNow()
}

/** Submission of drafts: stored with its idempotency key first, filed once, whenever the platform can be reached. */
export function submissionHandlers(accounts: FilingAccounts, options: { submitWaitMs?: number } = {}) {
  const view = (ws: FilingWorkspace, id: string) => createSubmissionList(ws.account.db).get(id)!

  return onAccount<'submitDraft' | 'cancelSubmission' | 'listSubmissions'>(accounts, {
    submitDraft: async (ws, input) => {
      const queued = ws.submissions.submit(input.draftId)
      if (!queued.ok) return queued
      const id = queued.value.id
      const answer = (outcome: 'filed' | 'queued' | 'needs_attention', reason: 'offline' | 'signed_out' | null) =>
        ok({ outcome, reason, submission: view(ws, id) })
      if (!ws.account.signedIn()) return answer('queued', 'signed_out')
      if (!ws.canFileNow()) {
        // The platform away, or down at the last try: try again now, without keeping the applicant waiting.
        ws.engine.resume()
        return answer('queued', 'offline')
      }
      await within(options.submitWaitMs ?? SUBMIT_WAIT_MS, fileNow(ws, id))
      const state = ws.submissions.get(id)?.state
      if (state === 'filed' || state === 'needs_attention') return answer(state, null)
      return answer('queued', ws.account.signedIn() ? 'offline' : 'signed_out')
    },
    cancelSubmission: async (ws, input) => {
      const cancelled: Result<{ draftId: string }> = ws.submissions.cancel(input.id)
      if (!cancelled.ok) return cancelled
      const draft = ws.drafts.get(cancelled.value.draftId)
      return ok({ cancelled: true as const, draft: draft ? summaryView(draft) : null })
    },
    listSubmissions: async (ws, { state, limit, offset }) => ok(createSubmissionList(ws.account.db).page({ state, limit, offset }))
  })
}
