import { join } from 'node:path'
import { phoneSchema, profileCompletionSchemaFor } from '../../shared/identity-api'
import { err, ok, validationError, type AppError } from '../../shared/result'
import { createEventBus } from './event-bus'
import { createDispatcher, type Handlers } from './ipc/dispatcher'
import type { Logger } from './logger'
import { createPlatformClient } from './platform/platform-client'
import { createSessionService } from './session/session-service'
import { createAccountStore } from './store/account-store'
import { openClientDatabase } from './store/database'
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
}

/** Everything the app does, without Electron: the Electron main process and the browser test host both wrap this. */
export function createAppCore(options: AppCoreOptions) {
  const origin = new URL(options.platformUrl).origin
  const db = openClientDatabase(join(options.dataDir, 'patentdesk.sqlite'), options.sqliteNativeBinding)
  const bus = createEventBus()
  const client = createPlatformClient({ baseUrl: options.platformUrl, fetch: options.fetch })
  const vault = createVault(origin, options.keychain)
  const accounts = createAccountStore(db, origin)
  const sessions = createSessionService({ origin, client, vault, accounts, log: options.log, emit: bus.emit })

  let restoreError: AppError | null = null
  const restored = sessions.restore().then((result) => {
    if (!result.ok) restoreError = result.error
  })

  const handlers: Handlers = {
    platformInfo: async () => ok({ origin, local: options.localPlatform }),
    currentSession: async () => {
      await restored
      return ok({ account: sessions.current(), restoreError })
    },
    signIn: async (input) => {
      const result = await sessions.signIn(input)
      if (result.ok) restoreError = null
      return result.ok ? ok({ account: result.value }) : result
    },
    signOut: () => sessions.signOut(),
    passwordPolicy: async () => {
      const policy = await client.passwordPolicy()
      return policy.ok ? ok({ policy: policy.value }) : policy
    },
    changePassword: async (input) => {
      const result = await sessions.changePassword(input)
      return result.ok ? ok({ account: result.value }) : result
    },
    requestPasswordReset: async (input) => {
      const sent = await client.requestPasswordReset(input)
      return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
    },
    confirmPasswordReset: async (input) => {
      const done = await client.confirmPasswordReset(input)
      return done.ok ? ok({ reset: true as const }) : done
    },
    sendProfileCode: async (input) => {
      const phone = phoneSchema.safeParse(input.phone)
      if (!phone.success) return validationError(phone.error, 'phone')
      const sent = await sessions.withAccess((token) =>
        client.sendVerificationCode(token, { purpose: 'profile', channel: 'sms', to: phone.data })
      )
      return sent.ok ? ok({ sentTo: sent.value.sentTo, resendAfter: sent.value.resendAfter }) : sent
    },
    completeProfile: async (input) => {
      const account = sessions.current()
      if (!account) return err('NOT_SIGNED_IN', 'No account is signed in')
      const parsed = profileCompletionSchemaFor(account.type).safeParse(input)
      if (!parsed.success) return validationError(parsed.error)
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
      })
  }

  const dispatch = createDispatcher(handlers, { trustedOrigins: options.trustedOrigins, log: options.log })

  return {
    dispatch,
    subscribe: bus.subscribe,
    ready: restored,
    async close(): Promise<void> {
      await restored
      db.close()
    }
  }
}
export type AppCore = ReturnType<typeof createAppCore>
