import type { z } from 'zod'
import { errorCodeSchema } from '../../../shared/error-codes'
import { passwordResetResponseSchema, verificationCodeResponseSchema } from '../../../shared/identity-api'
import { passwordPolicySchema } from '../../../shared/password-policy'
import {
  accountSchema,
  apiPaths,
  errorBodySchema,
  refreshResponseSchema,
  sessionResponseSchema,
  type SignInRequest
} from '../../../shared/platform-api'
import { err, ok, type Result } from '../../../shared/result'

export type PlatformClientOptions = {
  baseUrl: string
  timeoutMs?: number
  fetch?: typeof fetch
}

type RequestOptions<S extends z.ZodType | null> = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  body?: unknown
  accessToken?: string
  schema: S
}

/**
 * Talks to the platform: timeouts on every call, every answer validated, every failure a
 * typed error value. It never logs: nothing it handles (passwords, tokens) may reach a log line.
 */
export function createPlatformClient(options: PlatformClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const doFetch = options.fetch ?? fetch

  async function request<S extends z.ZodType | null>(
    o: RequestOptions<S>
  ): Promise<Result<S extends z.ZodType ? z.output<S> : null>> {
    type Out = S extends z.ZodType ? z.output<S> : null
    const headers: Record<string, string> = { accept: 'application/json' }
    if (o.body !== undefined) headers['content-type'] = 'application/json'
    if (o.accessToken) headers.authorization = `Bearer ${o.accessToken}`
    let response: Response
    try {
      response = await doFetch(`${baseUrl}${o.path}`, {
        method: o.method,
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        signal: AbortSignal.timeout(timeoutMs)
      })
    } catch (cause) {
      if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
        return err('TIMEOUT', `The platform did not answer within ${Math.round(timeoutMs / 1000)} s`)
      }
      return err('NETWORK', 'The platform cannot be reached')
    }

    const text = await response.text().catch(() => '')
    let json: unknown = null
    if (text) {
      try {
        json = JSON.parse(text)
      } catch {
        return err('BAD_RESPONSE', `The platform answered ${response.status} with a body that is not JSON`)
      }
    }

    if (!response.ok) {
      const body = errorBodySchema.safeParse(json)
      if (!body.success) return err('BAD_RESPONSE', `The platform answered ${response.status} without an error code`)
      const code = errorCodeSchema.safeParse(body.data.error.code)
      const { message, fields, retryAfter, rules } = body.data.error
      const ruleCodes = rules
        ?.map((r) => (typeof r === 'object' && r !== null && 'code' in r ? String(r.code) : null))
        .filter((c): c is string => c !== null)
      return err(code.success ? code.data : 'BAD_RESPONSE', message, {
        ...(fields ? { fields } : {}),
        ...(retryAfter !== undefined ? { retryAfter } : {}),
        ...(ruleCodes?.length ? { rules: ruleCodes } : {})
      })
    }
    if (o.schema === null) return ok(null as Out)
    const parsed = o.schema.safeParse(json)
    if (!parsed.success) return err('BAD_RESPONSE', `The platform's answer to ${o.method} ${o.path} has an unexpected shape`)
    return ok(parsed.data as Out)
  }

  return {
    baseUrl,
    passwordPolicy: () => request({ method: 'GET', path: apiPaths.passwordPolicy, schema: passwordPolicySchema }),
    signIn: (body: SignInRequest) =>
      request({ method: 'POST', path: apiPaths.sessions, body, schema: sessionResponseSchema }),
    refresh: (refreshToken: string) =>
      request({ method: 'POST', path: apiPaths.refresh, body: { refreshToken }, schema: refreshResponseSchema }),
    signOut: (accessToken: string) =>
      request({ method: 'DELETE', path: apiPaths.currentSession, accessToken, schema: null }),
    /** Every session of the account ends, this one included. */
    signOutEverywhere: (accessToken: string) =>
      request({ method: 'DELETE', path: apiPaths.sessions, accessToken, schema: null }),
    /** A new phone and/or email, proven by a code sent to it (purpose `contact`) and the current password. */
    changeContacts: (accessToken: string, body: { currentPassword: string; phone?: string; email?: string; code: string }) =>
      request({ method: 'PUT', path: apiPaths.contacts, accessToken, body, schema: accountSchema }),
    me: (accessToken: string) => request({ method: 'GET', path: apiPaths.me, accessToken, schema: accountSchema }),
    changePassword: (accessToken: string, body: { currentPassword: string; newPassword: string }) =>
      request({ method: 'POST', path: apiPaths.password, accessToken, body, schema: null }),
    sendVerificationCode: (
      accessToken: string | undefined,
      body: { purpose: 'register' | 'reset' | 'profile' | 'contact'; channel: 'sms' | 'email'; to?: string; account?: string }
    ) => request({ method: 'POST', path: apiPaths.verificationCodes, accessToken, body, schema: verificationCodeResponseSchema }),
    completeProfile: (accessToken: string, body: { profile: unknown; phone: string; email: string; code: string }) =>
      request({ method: 'PUT', path: apiPaths.profile, accessToken, body, schema: accountSchema }),
    requestPasswordReset: (body: { account: string; channel: 'sms' | 'email' }) =>
      request({ method: 'POST', path: apiPaths.passwordResets, body, schema: passwordResetResponseSchema }),
    confirmPasswordReset: (body: { account: string; code: string; newPassword: string }) =>
      request({ method: 'POST', path: apiPaths.passwordResetConfirm, body, schema: null })
  }
}
export type PlatformClient = ReturnType<typeof createPlatformClient>
