import { join } from 'node:path'
import { z } from 'zod'
import { phoneSchema, profileCompletionSchemaFor, registerRequestSchema } from '../../shared/identity-api'
import { err, ok, validationError, type AppError } from '../../shared/result'
import { supportRequestPayload } from '../../shared/support-request-form'
import { createEventBus } from './event-bus'
import { filingHandlers } from './filing/ipc/filing-handlers'
import { createSignedInAccountFiling } from './filing/signed-in-account-filing'
import { createDispatcher, type Handlers } from './ipc/dispatcher'
import type { Logger } from './logger'
import { createPolicyEnforcement } from './password/policy-enforcement'
import { createPlatformClient } from './platform/platform-client'
import { createSessionService } from './session/session-service'
import { createSessionWatch } from './session/session-watch'
import { createAccountStore } from './store/account-store'
import { openClientDatabase } from './store/database'
import { createPolicyCache } from './store/policy-cache'
import { createSupportRequestLog } from './store/support-request-log'
import { createVault, type Keychain } from './vault'

export type AppCoreOptions = {
  dataDir: string
  platformUrl: string
  /** True when the platform is the embedded local one, so the UI can say so. */
  localPlatform: boolean
  log: Logger
  trustedOrigins: () => readonly string[]
  keychain?: Keychain
  sqliteNativeBinding?: string
  fetch?: typeof fetch
  now?: () => Date
}

/** Everything the app does, without Electron: the Electron main process and the browser test host both wrap this. */
export function createAppCore(options: AppCoreOptions) {
  const origin = new URL(options.platformUrl).origin
  const db = openClientDatabase(join(options.dataDir, 'patentdesk.sqlite'), options.sqliteNativeBinding)
  const bus = createEventBus()
  const created = createPlatformClient({ baseUrl: options.platformUrl, fetch: options.fetch })
  // The app checks the address before it gets here (startupConfig); anything else is a programming error.
  if (!created.ok) throw new Error(created.error.message)
  const client = created.value
  const vault = createVault(origin, options.keychain)
  const accounts = createAccountStore(db, origin)
  const sessions = createSessionService({ origin, client, vault, accounts, log: options.log, emit: bus.emit })
  const now = options.now ?? (() => new Date())
  const policies = createPolicyEnforcement({ client, cache: createPolicyCache(db, origin), now })
  const supportLog = createSupportRequestLog(db, origin)

  const watch = createSessionWatch({ sessions, client, log: options.log })
  const filing = createSignedInAccountFiling({
    dataDir: options.dataDir,
    sqliteNativeBinding: options.sqliteNativeBinding,
    sessions,
    client,
    emit: bus.emit,
    now,
    log: options.log
  })
  // A session that ends by itself (refused renewal, ended on the platform) closes its account's filing.
  bus.subscribe((event) => {
    if (event === 'sessionExpired') filing.follow()
  })

  let restoreError: AppError | null = null
  const restored = sessions.restore().then((result) => {
    if (!result.ok) restoreError = result.error
    filing.follow()
    watch.start()
  })

  const handlers: Handlers = {
    platformInfo: async () => ok({ origin, local: options.localPlatform }),
    currentSession: async () => {
      await restored
      return ok({ account: sessions.current(), restoreError })
    },
    signIn: async (input) => {
      const result = await sessions.signIn(input)
      filing.follow()
      if (result.ok) restoreError = null
      return result.ok ? ok({ account: result.value }) : result
    },
    checkSession: async () => {
      await restored
      return ok({ signedIn: await watch.check() })
    },
    signOut: async () => {
      const result = await sessions.signOut()
      filing.follow()
      return result
    },
    passwordPolicy: () => policies.current(),
    changePassword: async (input) => {
      const account = sessions.current()
      if (!account) return err('NOT_SIGNED_IN', 'No account is signed in')
      const allowed = await policies.enforce(input.newPassword, { loginName: account.loginName })
      if (!allowed.ok) return allowed
      const result = await sessions.changePassword(input)
      return result.ok ? ok({ account: result.value }) : result
    },
    requestPasswordReset: async (input) => {
      const sent = await client.requestPasswordReset(input)
      return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
    },
    confirmPasswordReset: async (input) => {
      // The account as typed (login name, phone or ID number) is context the password must not contain.
      const allowed = await policies.enforce(input.newPassword, { loginName: input.account })
      if (!allowed.ok) return allowed
      const done = await client.confirmPasswordReset(input)
      return done.ok ? ok({ reset: true as const }) : done
    },
    sendProfileCode: async (input) => {
      const phone = z.object({ phone: phoneSchema }).safeParse(input)
      if (!phone.success) return validationError(phone.error, input, 'phone')
      const sent = await sessions.withAccess((token) =>
        client.sendVerificationCode(token, { purpose: 'profile', channel: 'sms', to: phone.data.phone })
      )
      return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
    },
    completeProfile: async (input) => {
      const account = sessions.current()
      if (!account) return err('NOT_SIGNED_IN', 'No account is signed in')
      const parsed = profileCompletionSchemaFor(account.type).safeParse(input)
      if (!parsed.success) return validationError(parsed.error, input)
      const result = await sessions.completeProfile(parsed.data)
      return result.ok ? ok({ account: result.value }) : result
    },
    knownAccounts: async () =>
      ok({
        accounts: accounts.list().map(({ id, loginName, displayName, lastSignedInAt, remembered }) => ({
          id,
          loginName,
          displayName,
          lastSignedInAt,
          remembered
        }))
      }),
    sendRegistrationCode: async (input) => {
      const phone = phoneSchema.safeParse(input.phone)
      if (!phone.success) return validationError(phone.error, 'phone')
      const sent = await client.sendVerificationCode(undefined, { purpose: 'register', channel: 'sms', to: phone.data })
      return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
    },
    register: async (input) => {
      const parsed = registerRequestSchema.safeParse(input)
      if (!parsed.success) return validationError(parsed.error)
      const request = parsed.data
      const profile = request.profile as { idNumber?: string; uscc?: string }
      const allowed = await policies.enforce(request.password, { phone: request.phone, idNumber: profile.idNumber ?? profile.uscc })
      if (!allowed.ok) return allowed
      const created = await client.register(request)
      if (!created.ok) return created
      options.log.info({ accountId: created.value.accountId, type: request.type }, 'registered')
      const signedIn = await sessions.signIn({ account: created.value.loginName, password: request.password, remember: input.remember })
      filing.follow()
      if (signedIn.ok) restoreError = null
      const { loginName, userCode, registrationCode } = created.value
      return ok({
        loginName,
        ...(userCode ? { userCode } : {}),
        ...(registrationCode ? { registrationCode } : {}),
        account: signedIn.ok ? signedIn.value : null,
        signInError: signedIn.ok ? null : signedIn.error
      })
    },
    sendSupportRequest: async (input) => {
      const sent = await client.sendSupportRequest(supportRequestPayload(input))
      if (!sent.ok) return sent
      const entry = { requestId: sent.value.requestId, kind: input.kind, sentAt: now().toISOString() }
      supportLog.add(entry)
      return ok(entry)
    },
    supportRequests: async () => ok({ requests: supportLog.list() }),
    ...filingHandlers(filing, { now })
  }

  const dispatch = createDispatcher(handlers, { trustedOrigins: options.trustedOrigins, log: options.log })

  return {
    dispatch,
    subscribe: bus.subscribe,
    ready: restored,
    async close(): Promise<void> {
      await restored
      watch.stop()
      await filing.close()
      db.close()
    }
  }
}
export type AppCore = ReturnType<typeof createAppCore>
