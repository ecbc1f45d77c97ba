import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { emailSchema, phoneSchema, profileCompletionSchemaFor, registerRequestSchema } from '../../shared/identity-api'
import { err, ok, validationError, type AppError, type Result } from '../../shared/result'
import { supportRequestPayload } from '../../shared/support-request-form'
import { createDesktopCore, nodeDesktopHost, type DesktopHost } from './desktop/desktop-core'
import { createEventBus } from './event-bus'
import { filingMigrationList } from './filing/account-migrations'
import type { FilingWorkspaceDeps } from './filing/filing-workspace'
import { filingHandlers } from './filing/ipc/filing-handlers'
import { workspaceHandlers } from './filing/ipc/workspace-handlers'
import { createOpenAccountFiling } from './filing/open-account-filing'
import { createDispatcher, type Handlers } from './ipc/dispatcher'
import type { Logger } from './logger'
import { createPolicyEnforcement } from './password/policy-enforcement'
import { createPlatformClient } from './platform/platform-client'
import type { BackoffOptions } from './session/reconnect'
import { createSessionRegistry, type OpenAccount } from './session/session-registry'
import type { Timers } from './session/timers'
import {
  accountDatabaseExists,
  accountsDir,
  deleteAccountDatabase,
  openAccountDatabase,
  type AccountMigrationList
} from './store/account-database'
import { createAccountLocal } from './store/account-local'
import { createSessionWatch } from './session/session-watch'
import { createAccountStore } from './store/account-store'
import { openClientDatabase, type ClientDatabase } from './store/database'
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
  /** Migrations other modules keep in each account's own file (drafts, notices). */
  accountMigrationLists?: readonly AccountMigrationList[]
  timers?: Timers
  backoff?: BackoffOptions
  startupWaitMs?: number
  /** Timings of each account's filing sync (tests shorten or lengthen them). */
  filingSync?: FilingWorkspaceDeps['engine']
  now?: () => Date
  /** Versions, updater and badge of the host; without it, a host with no updater and in-page notices. */
  desktop?: DesktopHost
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
  const accountFiles = {
    dataDir: options.dataDir,
    origin,
    nativeBinding: options.sqliteNativeBinding,
    // Drafts, notices and submissions live in the account's own file, beside its settings.
    extraMigrations: [filingMigrationList, ...(options.accountMigrationLists ?? [])]
  }
  const now = options.now ?? (() => new Date())
  // Beside each account's file, a folder of its own: its attachments.
  const accountFolder = (accountId: string) => join(accountsDir(options.dataDir, origin), accountId)
  const filing = createOpenAccountFiling({
    accounts: { get: (id) => registry.get(id), currentId: () => registry.currentId(), list: () => registry.list() },
    folderOf: accountFolder,
    client,
    emit: bus.emit,
    now,
    engine: options.filingSync
  })
  const registry = createSessionRegistry({
    origin,
    client,
    vault,
    accounts,
    openLocal: (accountId) => {
      const local = createAccountLocal(openAccountDatabase(accountId, accountFiles))
      // The account's sync stops before the file it writes closes.
      return { ...local, close: () => (filing.closing(accountId, local.db), local.close()) }
    },
    hasLocal: (accountId) => accountDatabaseExists(options.dataDir, origin, accountId),
    removeLocal: (accountId) => {
      deleteAccountDatabase(options.dataDir, origin, accountId)
      rmSync(accountFolder(accountId), { recursive: true, force: true })
    },
    log: options.log,
    emit: bus.emit,
    timers: options.timers,
    backoff: options.backoff,
    startupWaitMs: options.startupWaitMs
  })
  // Each open account syncs its filing; a change of the open accounts or of their states starts, resumes or stops it.
  bus.subscribe((event) => {
    if (event === 'accountsChanged') filing.reconcile()
  })
  const policies = createPolicyEnforcement({ client, cache: createPolicyCache(db, origin), now })
  const supportLog = createSupportRequestLog(db, origin)
  const desktop = createDesktopCore({
    db,
    bus,
    platformUrl: options.platformUrl,
    host: options.desktop ?? nodeDesktopHost('0.0.0'),
    openAccountIds: () => registry.list().map((a) => a.id),
    knownAccountCount: () => accounts.list().length,
    log: options.log
  })

  const watch = createSessionWatch({ sessions: registry.watched, client, log: options.log })

  let restoreError: AppError | null = null
  const restored = registry.restoreAll().then((error) => {
    restoreError = error
    watch.start()
  })

  /** Runs `fn` on an open account, or answers ACCOUNT_NOT_OPEN. */
  async function onAccount<T>(accountId: string, fn: (open: OpenAccount) => Promise<Result<T>>): Promise<Result<T>> {
    await restored
    const entry = registry.get(accountId)
    return entry.ok ? fn(entry.value) : entry
  }

  /** Handlers that wait for the start-up restore, so that a call never finds its account not yet open. */
  function afterRestore<H extends Partial<Handlers>>(handlers: H): H {
    return Object.fromEntries(
      Object.entries(handlers).map(([name, handler]) => [
        name,
        async (input: unknown) => {
          await restored
          return (handler as (input: unknown) => Promise<unknown>)(input)
        }
      ])
    ) as H
  }

  /** Keychain trouble is told once per run, in words; after that the session just goes on unremembered. */
  let keychainTold = false

  const handlers: Handlers = {
    platformInfo: async () => ok({ origin, local: options.localPlatform }),
    currentSession: async () => {
      await restored
      return ok({ account: registry.current(), accounts: registry.list(), restoreError })
    },
    signIn: async (input) => {
      await restored
      const result = await registry.signIn(input)
      if (!result.ok) return result
      restoreError = null
      const warning = result.value.keychainWarning && !keychainTold ? result.value.keychainWarning : null
      if (warning) keychainTold = true
      return ok({ account: result.value.account, keychainWarning: warning })
    },
    signOut: async ({ accountId }) => {
      await restored
      return registry.signOut(accountId)
    },
    switchAccount: async ({ accountId }) => {
      await restored
      const result = registry.switchTo(accountId)
      return result.ok ? ok({ account: result.value }) : result
    },
    removeAccount: async ({ accountId }) => {
      await restored
      return registry.remove(accountId)
    },
    signOutEverywhere: async ({ accountId }) => {
      await restored
      return registry.signOutEverywhere(accountId)
    },
    accountSettings: ({ accountId }) => onAccount(accountId, async ({ local }) => ok({ settings: local.settings() })),
    setAccountSetting: ({ accountId, key, value }) =>
      onAccount(accountId, async ({ local }) => {
        local.setSetting(key, value === '' ? null : value)
        return ok({ settings: local.settings() })
      }),
    checkSession: async () => {
      await restored
      return ok({ signedIn: await watch.check() })
    },
    passwordPolicy: () => policies.current(),
    changePassword: ({ accountId, ...input }) =>
      onAccount(accountId, async ({ service }) => {
        const account = service.view()
        if (!account) return err('NOT_SIGNED_IN', 'No account is signed in')
        const allowed = await policies.enforce(input.newPassword, { loginName: account.loginName })
        if (!allowed.ok) return allowed
        const result = await service.changePassword(input)
        return result.ok ? ok({ account: result.value }) : result
      }),
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
    sendProfileCode: ({ accountId, phone }) =>
      onAccount(accountId, async ({ service }) => {
        const parsed = z.object({ phone: phoneSchema }).safeParse({ phone })
        if (!parsed.success) return validationError(parsed.error, { phone }, 'phone')
        const sent = await service.withAccess((token) =>
          client.sendVerificationCode(token, { purpose: 'profile', channel: 'sms', to: parsed.data.phone })
        )
        return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
      }),
    completeProfile: ({ accountId, ...input }) =>
      onAccount(accountId, async ({ service }) => {
        const account = service.view()
        if (!account) return err('NOT_SIGNED_IN', 'No account is signed in')
        const parsed = profileCompletionSchemaFor(account.type).safeParse(input)
        if (!parsed.success) return validationError(parsed.error, input)
        const result = await service.completeProfile(parsed.data)
        return result.ok ? ok({ account: result.value }) : result
      }),
    sendContactCode: ({ accountId, channel, to }) =>
      onAccount(accountId, async ({ service }) => {
        const parsed = z.object({ to: channel === 'sms' ? phoneSchema : emailSchema }).safeParse({ to })
        if (!parsed.success) return validationError(parsed.error, { to }, 'contact')
        const sent = await service.withAccess((token) =>
          client.sendVerificationCode(token, { purpose: 'contact', channel, to: parsed.data.to })
        )
        return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
      }),
    changeContacts: ({ accountId, currentPassword, phone, email, code }) =>
      onAccount(accountId, async ({ service }) => {
        if (!phone && !email) return err('VALIDATION', 'A new phone or email is needed', { fields: { phone: 'required' } })
        const contacts = { ...(phone ? { phone } : {}), ...(email ? { email } : {}) }
        const parsed = z.object({ phone: phoneSchema.optional(), email: emailSchema.optional() }).safeParse(contacts)
        if (!parsed.success) return validationError(parsed.error, contacts, 'contact')
        const result = await service.changeContacts({ currentPassword, code, ...parsed.data })
        return result.ok ? ok({ account: result.value }) : result
      }),
    knownAccounts: async () =>
      ok({
        accounts: accounts.list().map(({ id, loginName, displayName, type, lastSignedInAt, remembered }) => ({
          id,
          loginName,
          displayName,
          type: type as 'person' | 'entity' | 'agency',
          lastSignedInAt,
          remembered,
          offlineReady: accountDatabaseExists(options.dataDir, origin, id)
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
      await restored
      // The new account opens beside any already open, as "add account" would.
      const signedIn = await registry.signIn({ account: created.value.loginName, password: request.password, remember: input.remember })
      if (signedIn.ok) restoreError = null
      const { loginName, userCode, registrationCode } = created.value
      return ok({
        loginName,
        ...(userCode ? { userCode } : {}),
        ...(registrationCode ? { registrationCode } : {}),
        account: signedIn.ok ? signedIn.value.account : null,
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
    ...afterRestore(filingHandlers(filing, { now })),
    ...afterRestore(workspaceHandlers(filing)),
    ...desktop.handlers
  }

  const dispatch = createDispatcher(handlers, { trustedOrigins: options.trustedOrigins, log: options.log })

  return {
    dispatch,
    subscribe: bus.subscribe,
    ready: restored,
    desktop,
    /** What the application menu shows; the wiring rebuilds it only when this changes. */
    menuState: () => ({
      language: desktop.settings().language,
      accounts: registry.list().map(({ id, displayName }) => ({ id, displayName })),
      currentAccountId: registry.currentId()
    }),
    /**
     * The database handle of an open account, for modules that keep their data in the
     * account's own file (drafts, notices); ACCOUNT_NOT_OPEN for any other account.
     */
    accountDatabase(accountId: string): Result<ClientDatabase> {
      const entry = registry.get(accountId)
      return entry.ok ? ok(entry.value.local.db) : entry
    },
    /** The session of an open account, for modules that call the platform on its behalf. */
    accountSession(accountId: string) {
      const entry = registry.get(accountId)
      return entry.ok ? ok(entry.value.service) : entry
    },
    async close(): Promise<void> {
      await restored
      watch.stop()
      await filing.close()
      registry.close()
      db.close()
    }
  }
}
export type AppCore = ReturnType<typeof createAppCore>
