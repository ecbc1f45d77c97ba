import type { DraftContent } from '../../../shared/filing/draft-content'
import {
  attachmentResponseSchema,
  draftChangesResponseSchema,
  filingPaths,
  noticesResponseSchema,
  putDraftResponseSchema,
  submissionResponseSchema,
  type SubmissionRequest
} from '../../../shared/filing/filing-api'
import type { PlatformRequest } from './platform-client'

const at = (path: string, params: Record<string, string>) =>
  path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]!))
const since = (cursor: string | null) => (cursor ? `?since=${encodeURIComponent(cursor)}` : '')

/** The filing half of the platform API, over the client's one request function. */
export function filingCalls(request: PlatformRequest) {
  return {
    draftChanges: (accessToken: string, cursor: string | null) =>
      request({ method: 'GET', path: `${filingPaths.drafts}${since(cursor)}`, accessToken, schema: draftChangesResponseSchema }),
    putDraft: (accessToken: string, id: string, body: { baseRevision: number; content: DraftContent }) =>
      request({ method: 'PUT', path: at(filingPaths.draft, { id }), accessToken, body, schema: putDraftResponseSchema }),
    deleteDraft: (accessToken: string, id: string, body: { baseRevision: number }) =>
      request({ method: 'DELETE', path: at(filingPaths.draft, { id }), accessToken, body, schema: null }),
    submit: (accessToken: string, body: SubmissionRequest) =>
      request({ method: 'POST', path: filingPaths.submissions, accessToken, body, schema: submissionResponseSchema }),
    putAttachment: (accessToken: string, sha256: string, bytes: Uint8Array, mime: string) =>
      request({
        method: 'PUT',
        path: at(filingPaths.attachment, { sha256 }),
        accessToken,
        bytes: { data: bytes, type: mime },
        schema: attachmentResponseSchema
      }),
    notices: (accessToken: string, cursor: string | null) =>
      request({ method: 'GET', path: `${filingPaths.notices}${since(cursor)}`, accessToken, schema: noticesResponseSchema }),
    markNoticeRead: (accessToken: string, id: string) =>
      request({ method: 'POST', path: at(filingPaths.noticeRead, { id }), accessToken, schema: null })
  }
}
