import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { createDocument } from 'zod-openapi'
import {
  changeContactsSchema,
  changePasswordSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  passwordResetResponseSchema,
  registerRequestSchema,
  registerResponseSchema,
  supportRequestSchema,
  verificationCodeRequestSchema,
  verificationCodeResponseSchema,
  profileSchemaFor,
  phoneSchema,
  emailSchema,
  codeSchema
} from '../../src/shared/identity-api'
import { passwordPolicySchema } from '../../src/shared/password-policy'
import { filingOpenApiPaths } from './openapi-filing'
import {
  accountSchema,
  apiPaths,
  errorBodySchema,
  refreshRequestSchema,
  sessionResponseSchema,
  signInRequestSchema
} from '../../src/shared/platform-api'

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } })
const ok = (description: string, schema?: z.ZodType) => (schema ? { description, ...json(schema) } : { description })
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: `error (${s})`, ...json(errorBodySchema) }]))
const bearer = [{ bearer: [] }]
const forbidden = (description: string) => ({ 403: { description, ...json(errorBodySchema) } })
/** Every authorised route except /me, the password change and sign-out (PLATFORM-API.md). */
const changeGate = forbidden('PASSWORD_CHANGE_REQUIRED: the account must change its password first')
const businessGate = forbidden(
  'PASSWORD_CHANGE_REQUIRED: the account must change its password first; PROFILE_INCOMPLETE: a legacy account must complete its data first'
)

/** The OpenAPI document, generated from the same zod schemas the server validates with. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'PatentDesk platform API', version: '1.0.0' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths: {
      [apiPaths.passwordPolicy]: { get: { responses: { 200: ok('the policy in force', passwordPolicySchema) } } },
      [apiPaths.verificationCodes]: {
        post: {
          requestBody: json(verificationCodeRequestSchema),
          responses: { 202: ok('code sent', verificationCodeResponseSchema), ...errors(401, 422, 429, 503), ...changeGate }
        }
      },
      [apiPaths.accounts]: {
        post: {
          requestBody: json(registerRequestSchema),
          responses: { 201: ok('account created', registerResponseSchema), ...errors(400, 409, 422, 429) }
        }
      },
      [apiPaths.sessions]: {
        post: {
          requestBody: json(signInRequestSchema),
          responses: { 200: ok('signed in', sessionResponseSchema), ...errors(401, 422, 423, 429) }
        },
        delete: { security: bearer, responses: { 204: ok('signed out everywhere: every session of the account ended'), ...errors(401) } }
      },
      [apiPaths.refresh]: {
        post: {
          requestBody: json(refreshRequestSchema),
          responses: { 200: ok('new token pair', sessionResponseSchema), ...errors(401, 422) }
        }
      },
      [apiPaths.currentSession]: { delete: { security: bearer, responses: { 204: ok('signed out'), ...errors(401) } } },
      [apiPaths.me]: { get: { security: bearer, responses: { 200: ok('the account', accountSchema), ...errors(401) } } },
      [apiPaths.profile]: {
        put: {
          security: bearer,
          requestBody: json(
            z.object({
              profile: z.union([profileSchemaFor.person, profileSchemaFor.entity, profileSchemaFor.agency]),
              phone: phoneSchema,
              email: emailSchema,
              code: codeSchema
            })
          ),
          responses: { 200: ok('completed account', accountSchema), ...errors(400, 401, 409, 422, 429), ...changeGate }
        }
      },
      [apiPaths.contacts]: {
        put: {
          security: bearer,
          description:
            'An active account changes its phone and/or email: the current password, and a code (purpose `contact`) sent to the new phone, or to the new email when only the email changes. A notice goes to the old contacts. 409 PROFILE_COMPLETE on PUT /me/profile sends active accounts here.',
          requestBody: json(changeContactsSchema),
          responses: { 200: ok('the account with its new contacts', accountSchema), ...errors(400, 401, 409, 422, 423, 429), ...businessGate }
        }
      },
      [apiPaths.password]: {
        post: {
          security: bearer,
          requestBody: json(changePasswordSchema),
          responses: { 204: ok('password changed; every other session of the account ended'), ...errors(401, 422, 423) }
        }
      },
      [apiPaths.passwordResets]: {
        post: {
          requestBody: json(passwordResetRequestSchema),
          responses: {
            202: ok('code sent if the account exists; the same answer when it does not', passwordResetResponseSchema),
            ...errors(422, 429)
          }
        }
      },
      [apiPaths.passwordResetConfirm]: {
        post: { requestBody: json(passwordResetConfirmSchema), responses: { 204: ok('password set'), ...errors(400, 422, 429) } }
      },
      [apiPaths.supportRequests]: {
        post: {
          requestBody: json(supportRequestSchema),
          responses: { 201: ok('request filed', z.object({ requestId: z.string() })), ...errors(409, 422, 429) }
        }
      },
      ...filingOpenApiPaths({ signedIn: changeGate, business: businessGate })
    }
  })
}

export function openApiRoutes(app: FastifyInstance): void {
  let document: ReturnType<typeof openApiDocument> | undefined
  app.get(apiPaths.openapi, async () => (document ??= openApiDocument()))
}
