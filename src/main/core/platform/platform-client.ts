import type { z } from 'zod'
import { errorCodeSchema } from '../../../shared/error-codes'
import {
  passwordResetResponseSchema,
  registerResponseSchema,
  supportRequestResponseSchema,
  verificationCodeResponseSchema,
  type RegisterRequest
} from '../../../shared/identity-api'
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
import { filingCalls } from './filing-calls'

/** This computer: the only place the client talks to over plain HTTP (the embedded and test platforms). */
export function isLoopbackHost(hostname: string): boolean {
  // WHATWG URL parsing has already normalised the host: 127.1 and 0x7f.0.0.1 read as 127.0.0.1.
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/** A platform address the client may use: HTTPS, or HTTP to loopback only; never credentials in the URL. */
export function checkPlatformUrl(baseUrl: string): Result<URL> {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    return err('INSECURE_PLATFORM_URL', `The platform address ${JSON.stringify(baseUrl.slice(0, 200))} is not a URL`)
  }
  if (url.username || url.password) {
    return err('INSECURE_PLATFORM_URL', 'The platform address may not carry a user name or password')
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return ok(url)
  return err(
    'INSECURE_PLATFORM_URL',
    `The platform address ${url.origin === 'null' ? url.protocol : url.origin} is refused: only https, or http to this computer, is allowed`
  )
}

export type PlatformClientOptions = {
  baseUrl: string
  timeoutMs?: number
  fetch?: typeof fetch
}

type RequestOptions<S extends z.ZodType | null> = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  body?: unknown
  /** Sends `body` as these bytes with this type instead of as JSON (attachments). */
  bytes?: { data: Uint8Array; type: string }
  accessToken?: string
  schema: S
}

/**
 * A client for the platform at `options.baseUrl`, or INSECURE_PLATFORM_URL when that address
 * would let passwords and tokens travel in clear (see `checkPlatformUrl`).
 */
export function createPlatformClient(options: PlatformClientOptions): Result<PlatformClient> {
  const checked = checkPlatformUrl(options.baseUrl)
  return checked.ok ? ok(clientFor(options)) : checked
}

/**
 * Talks to the platform: timeouts on every call (the answer's body included), redirects
 * refused, every answer validated, every failure a typed error value. It never logs: nothing
 * it handles (passwords, tokens) may reach a log line.
 */
function clientFor(options: PlatformClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const doFetch = options.fetch ?? fetch

  const failure = (cause: unknown) =>
    cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')
      ? err('TIMEOUT', `The platform did not answer within ${Math.round(timeoutMs / 1000)} s`)
      : err('NETWORK', 'The platform cannot be reached')

  async function request<S extends z.ZodType | null>(
    o: RequestOptions<S>
  ): Promise<Result<S extends z.ZodType ? z.output<S> : null>> {
    type Out = S extends z.ZodType ? z.output<S> : null
    const headers: Record<string, string> = { accept: 'application/json' }
    if (o.body !== undefined) headers['content-type'] = 'application/json'
    if (o.bytes) headers['content-type'] = o.bytes.type
    if (o.accessToken) headers.authorization = `Bearer ${o.accessToken}`
    let response: Response
    try {
      response = await doFetch(`${baseUrl}${o.path}`, {
        method: o.method,
        headers,
        body: o.bytes ? o.bytes.data : o.body === undefined ? undefined : JSON.stringify(o.body),
        // A redirect would carry the password or the token to wherever the answer points.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs)
      })
    } catch (cause) {
      return failure(cause)
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined)
      return err('REDIRECT_REFUSED', `The platform answered ${o.method} ${o.path} with a redirect, which is not followed`)
    }

    let text: string
    try {
      // The timeout covers the body too: a platform that sends headers and then stalls is not waited for.
      text = await response.text()
    } catch (cause) {
      return failure(cause)
    }
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
      const { message, fields, retryAfter, rules, server } = body.data.error
      const ruleCodes = rules
        ?.map((r) => (typeof r === 'object' && r !== null && 'code' in r ? String(r.code) : null))
        .filter((c): c is string => c !== null)
      return err(code.success ? code.data : 'BAD_RESPONSE', message, {
        ...(fields ? { fields } : {}),
        ...(retryAfter !== undefined ? { retryAfter } : {}),
        ...(ruleCodes?.length ? { rules: ruleCodes } : {}),
        ...(server !== undefined ? { details: { server } } : {})
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
      request({ method: 'POST', path: apiPaths.passwordResetConfirm, body, schema: null }),
    register: (body: RegisterRequest) =>
      request({ method: 'POST', path: apiPaths.accounts, body, schema: registerResponseSchema }),
    sendSupportRequest: (body: { kind: string; account?: string; contact: string; body: string }) =>
      request({ method: 'POST', path: apiPaths.supportRequests, body, schema: supportRequestResponseSchema }),
    ...filingCalls(request)
  }
}
export type PlatformClient = ReturnType<typeof clientFor>
export type PlatformRequest = <S extends z.ZodType | null>(
  o: RequestOptions<S>
) => Promise<Result<S extends z.ZodType ? z.output<S> : null>>
