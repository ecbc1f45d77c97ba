import { runChecklist } from '../../../../shared/filing/checklist'
import type { DraftContentInput } from '../../../../shared/filing/draft-content'
import { officeDate } from '../../../../shared/filing/office-date'
import { err, ok } from '../../../../shared/result'
import { createConflictChoice } from '../draft-conflict-choice'
import { draftView, onAccount, summaryView, type FilingAccounts } from './filing-accounts'

type DraftChannels =
  | 'createDraft'
  | 'getDraft'
  | 'updateDraft'
  | 'deleteDraft'
  | 'restoreDraft'
  | 'duplicateDraft'
  | 'listDrafts'
  | 'draftVersions'
  | 'restoreDraftVersion'
  | 'draftChecklist'
  | 'draftConflict'
  | 'resolveDraftConflict'

const notFound = () => err('NOT_FOUND', 'No such draft')

/** Drafts, their versions, checklist and conflicts, written to the account's file first and synced after. */
export function draftHandlers(accounts: FilingAccounts) {
  return onAccount<DraftChannels>(accounts, {
    createDraft: async (ws, input) => {
      const created = ws.drafts.create({ content: { type: input.type, ...(input.title === undefined ? {} : { title: input.title }) } })
      if (!created.ok) return created
      ws.changed()
      return ok(draftView(created.value))
    },
    getDraft: async (ws, input) => {
      const draft = ws.drafts.get(input.id)
      return draft ? ok(draftView(draft)) : notFound()
    },
    updateDraft: async (ws, input) => {
      if (input.baseVersion !== undefined) {
        const current = ws.drafts.get(input.id)
        // A sync wrote a newer text since the editor loaded this one: saving over it would lose that change.
        if (current && current.version !== input.baseVersion) {
          return err('CONFLICT', `The draft is at version ${current.version}, not ${input.baseVersion}`, {
            details: { version: current.version }
          })
        }
      }
      const change = input.patch ? { patch: input.patch } : { content: input.content as DraftContentInput }
      const updated = ws.drafts.update(input.id, change)
      if (!updated.ok) return updated
      ws.changed()
      return ok(summaryView(updated.value))
    },
    deleteDraft: async (ws, input) => {
      const deleted = ws.drafts.remove(input.id)
      if (deleted.ok) ws.changed()
      return deleted
    },
    restoreDraft: async (ws, input) => {
      const restored = ws.drafts.undelete(input.id)
      if (!restored.ok) return restored
      ws.changed()
      return ok(draftView(restored.value))
    },
    duplicateDraft: async (ws, input) => {
      const original = ws.drafts.get(input.id)
      if (!original) return notFound()
      const copy = ws.drafts.create({ content: original.content })
      if (!copy.ok) return copy
      ws.changed()
      return ok(draftView(copy.value))
    },
    listDrafts: async (ws, { accountId: _accountId, ...query }) => {
      const { items, total } = ws.drafts.list(query)
      return ok({ items: items.map(summaryView), total })
    },
    draftVersions: async (ws, input) => (ws.drafts.get(input.id) ? ok({ versions: ws.drafts.versions(input.id) }) : notFound()),
    restoreDraftVersion: async (ws, input) => {
      const restored = ws.drafts.restore(input.id, input.version)
      if (!restored.ok) return restored
      ws.changed()
      return ok(draftView(restored.value))
    },
    draftChecklist: async (ws, input) => {
      const draft = ws.drafts.get(input.id)
      if (!draft) return notFound()
      const result = runChecklist(draft.content, {
        today: officeDate(ws.now()),
        knownAttachments: ws.attachments.held(draft.content.attachments.map((a) => a.sha256))
      })
      return ok({
        passes: result.passes,
        errors: result.errors,
        warnings: result.warnings,
        onSubmit: ws.canFileNow() ? ('file_now' as const) : ('queue_until_online' as const)
      })
    },
    draftConflict: async (ws, input) => {
      const pair = createConflictChoice(ws.account.db, ws.drafts).pair(input.id)
      if (!pair.ok) return pair
      return ok({ server: pair.value.server && draftView(pair.value.server), local: draftView(pair.value.local) })
    },
    resolveDraftConflict: async (ws, input) => {
      const kept = createConflictChoice(ws.account.db, ws.drafts).keep(input.id, input.keep)
      if (!kept.ok) return kept
      ws.changed()
      return ok({ kept: kept.value.map(summaryView) })
    }
  })
}
