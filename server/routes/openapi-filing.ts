import { z } from 'zod'
import type { ZodOpenApiPathsObject } from 'zod-openapi'
import {
  attachmentParamsSchema,
  attachmentResponseSchema,
  deleteDraftRequestSchema,
  draftChangesResponseSchema,
  draftIdSchema,
  filingPaths,
  noticesResponseSchema,
  putDraftRequestSchema,
  putDraftResponseSchema,
  sinceQuerySchema,
  submissionRequestSchema,
  submissionResponseSchema
} from '../../src/shared/filing/filing-api'
import { errorBodySchema } from '../../src/shared/platform-api'

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } })
const ok = (description: string, schema?: z.ZodType) => (schema ? { description, ...json(schema) } : { description })
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: `error (${s})`, ...json(errorBodySchema) }]))
const bearer = [{ bearer: [] }]
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')
const bytes = (description: string) => ({
  description,
  content: Object.fromEntries(
    attachmentResponseSchema.shape.mime.options.map((mime) => [mime, { schema: z.string().meta({ format: 'binary' }) }])
  )
})

type Forbidden = Record<'403', { description: string }>

/**
 * The filing half of the OpenAPI document (drafts, submissions, attachments, notices). `gates`
 * describe the 403s: drafts and attachments are refused only during a forced password change,
 * submissions and notices also for a legacy account that has not completed its data.
 */
export function filingOpenApiPaths(gates: { signedIn: Forbidden; business: Forbidden }): ZodOpenApiPathsObject {
  return {
    [filingPaths.drafts]: {
      get: {
        security: bearer,
        requestParams: { query: sinceQuerySchema },
        responses: { 200: ok('the account’s draft changes after the cursor, one page', draftChangesResponseSchema), ...errors(401, 422), ...gates.signedIn }
      }
    },
    [openApiPath(filingPaths.draft)]: {
      put: {
        security: bearer,
        requestParams: { path: z.object({ id: draftIdSchema }) },
        requestBody: json(putDraftRequestSchema),
        responses: { 200: ok('saved: the new revision', putDraftResponseSchema), ...errors(401, 404, 409, 413, 422), ...gates.signedIn }
      },
      delete: {
        security: bearer,
        requestParams: { path: z.object({ id: draftIdSchema }) },
        requestBody: json(deleteDraftRequestSchema),
        responses: { 204: ok('deleted'), ...errors(401, 404, 409, 422), ...gates.signedIn }
      }
    },
    [filingPaths.submissions]: {
      post: {
        security: bearer,
        requestBody: json(submissionRequestSchema),
        responses: {
          201: ok('filed', submissionResponseSchema),
          200: ok('filed earlier under the same idempotency key: the same answer', submissionResponseSchema),
          ...errors(401, 404, 409, 422), ...gates.business
        }
      }
    },
    [openApiPath(filingPaths.attachment)]: {
      put: {
        security: bearer,
        requestParams: { path: attachmentParamsSchema },
        requestBody: bytes('the file (PDF, PNG, JPEG or TIFF)'),
        responses: {
          201: ok('stored', attachmentResponseSchema),
          200: ok('the account already had it', attachmentResponseSchema),
          ...errors(401, 413, 415, 422), ...gates.signedIn
        }
      },
      get: {
        security: bearer,
        requestParams: { path: attachmentParamsSchema },
        responses: { 200: bytes('the file'), ...errors(401, 404, 422), ...gates.signedIn }
      }
    },
    [filingPaths.notices]: {
      get: {
        security: bearer,
        requestParams: { query: sinceQuerySchema },
        responses: { 200: ok('notices after the cursor, one page', noticesResponseSchema), ...errors(401, 422), ...gates.business }
      }
    },
    [openApiPath(filingPaths.noticeRead)]: {
      post: {
        security: bearer,
        requestParams: { path: z.object({ id: z.string() }) },
        responses: { 204: ok('marked read'), ...errors(401, 404), ...gates.business }
      }
    }
  }
}
