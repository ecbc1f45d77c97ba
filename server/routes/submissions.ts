import type { FastifyInstance } from 'fastify'
import { formatApplicationNumber, typeDigits } from '../../src/shared/filing/application-number'
import { fieldsOf, runChecklist } from '../../src/shared/filing/checklist'
import { filingPaths, submissionRequestSchema } from '../../src/shared/filing/filing-api'
import { officeDate } from '../../src/shared/filing/office-date'
import type { PlatformContext } from '../context'
import { receiptNotice } from '../filing/receipt'
import { requireBusinessAccount } from '../http/business-gate'
import { sendConflict } from '../http/conflict'
import { parseBody, sendError } from '../http/reply'

/**
 * Filing: the draft at the named revision passes the pre-submission checklist, gets the next
 * application number of its year and type, is frozen, and a receipt notice is issued. The same
 * idempotency key always gets the first answer again (200), so a client that lost the answer
 * can ask again without filing twice.
 */
export function submissionRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(filingPaths.submissions, async (request, reply) => {
    const account = await requireBusinessAccount(ctx, request, reply)
    if (!account) return reply
    const body = parseBody(submissionRequestSchema, request.body, reply)
    if (!body.ok) return reply
    const { draftId, revision, idempotencyKey } = body.value

    const draft = await ctx.filing.findDraft(draftId)
    if (!draft || draft.accountId !== account.id || draft.deleted || !draft.content) {
      return sendError(reply, 404, 'NOT_FOUND', 'No such draft')
    }
    const content = draft.content
    const now = ctx.now()
    const filedOn = officeDate(now)
    const year = Number(filedOn.slice(0, 4))
    // A retry of a filing that already happened skips the checks: its first answer is replayed below.
    if (!draft.submission) {
      if (draft.revision !== revision) return sendConflict(reply, { revision: draft.revision, content })
      const held = await ctx.filing.heldAttachments(account.id, content.attachments.map((a) => a.sha256))
      const result = runChecklist(content, { today: filedOn, knownAttachments: held })
      if (!result.passes) {
        return sendError(reply, 422, 'VALIDATION', `The application is not ready to file: ${result.errors.map((e) => e.code).join(', ')}`, {
          fields: fieldsOf(result.errors),
          rules: result.errors.map(({ code, path, severity }) => ({ code, path, severity }))
        })
      }
    }

    const outcome = await ctx.filing.fileSubmission({
      accountId: account.id,
      draftId,
      revision,
      idempotencyKey,
      year,
      typeDigit: typeDigits[content.type],
      filedAt: now.toISOString(),
      formatNumber: (serial) => formatApplicationNumber(year, content.type, serial),
      receipt: (applicationNumber) => receiptNotice(content, applicationNumber, filedOn)
    })
    switch (outcome.kind) {
      case 'filed':
        return reply.code(outcome.replayed ? 200 : 201).send(outcome.receipt)
      case 'not_found':
        return sendError(reply, 404, 'NOT_FOUND', 'No such draft')
      case 'submitted':
        return sendError(reply, 409, 'DRAFT_SUBMITTED', 'This draft has already been filed')
      case 'conflict':
        return sendConflict(reply, outcome.server)
      case 'key_reused':
        return sendError(reply, 422, 'VALIDATION', 'This idempotency key was used to file another draft', {
          fields: { idempotencyKey: 'used for another draft' }
        })
    }
  })
}
