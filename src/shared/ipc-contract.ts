import { z } from 'zod'
import { rendererCommandSchema } from './app-commands'
import { appLinkActionSchema } from './app-link-action'
import { filingChannels, filingEvents } from './filing/filing-channels'
import { workspaceChannels } from './filing/workspace-channels'
import { passwordPolicySchema } from './password-policy'
import { accountSchema, accountTypeSchema } from './platform-api'
import { appErrorSchema } from './result'
import { settingsSchema } from './settings'
import { updateStateSchema } from './update-state'
import { supportRequestFormSchema } from './support-request-form'

/**
 * The one declaration of every renderer → main channel and main → renderer event.
 * The preload API, the main-process handlers, the browser host bridge and the renderer's
 * types are all derived from these objects; no channel name is written anywhere else.
 */

const noInput = z.object({}).strict().default({})

/** Why a session was ended by the platform, not by the user. */
export const endedReasonSchema = z.enum(['revoked', 'expired', 'reused'])

/**
 * An account open on this computer: `online` (a live session), `offline` (opened from its
 * local data while the platform cannot be reached; retried in the background), `ended` (the
 * platform refused the session: sign in again; the local data stays readable).
 */
export const accountStateSchema = z.enum(['online', 'offline', 'ended'])
export type AccountState = z.infer<typeof accountStateSchema>

export const signedInAccountSchema = accountSchema.extend({
  origin: z.string(),
  remembered: z.boolean(),
  state: accountStateSchema,
  endedReason: endedReasonSchema.nullable()
})
export type SignedInAccount = z.infer<typeof signedInAccountSchema>

export const knownAccountSchema = z.object({
  id: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  type: accountTypeSchema,
  lastSignedInAt: z.string(),
  remembered: z.boolean(),
  /** Signed in on this computer before: it can be opened offline with its password. */
  offlineReady: z.boolean()
})
export type KnownAccount = z.infer<typeof knownAccountSchema>

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** null where the host has no such runtime (the browser test host has no Electron). */
  versions: z.object({ electron: z.string().nullable(), chrome: z.string().nullable(), node: z.string() }),
  os: z.string(),
  /** True in the Electron app: notices are shown by the OS; the browser host shows them in the page. */
  nativeNotifications: z.boolean()
})
export type AppInfo = z.infer<typeof appInfoSchema>

const settingsAnswerSchema = z.object({
  settings: settingsSchema,
  /** The platform in use now; a changed address takes effect at the next start. */
  platformInUse: z.string(),
  restartNeeded: z.boolean()
})

export const notificationSchema = z.object({
  kind: z.enum(['notice', 'filing']),
  accountId: z.string(),
  title: z.string().max(200),
  body: z.string().max(1000),
  link: appLinkActionSchema.optional()
})
export type AppNotification = z.infer<typeof notificationSchema>

/** Every channel that touches an account's data names the account; the core refuses one that is not open. */
export const accountIdSchema = z.string().min(1, 'required').max(128, 'too_long')
export const forAccount = { accountId: accountIdSchema }

/** Per-account settings the renderer may read and write (kept in that account's own file). */
export const accountSettingKeys = ['docketPrefix'] as const
export const accountSettingsSchema = z.object({ docketPrefix: z.string().max(64).optional() })
export const sentSupportRequestSchema = z.object({ requestId: z.string(), kind: z.string(), sentAt: z.string() })
export type SentSupportRequest = z.infer<typeof sentSupportRequestSchema>

export const contract = {
  platformInfo: {
    input: noInput,
    output: z.object({ origin: z.string(), local: z.boolean() })
  },
  currentSession: {
    input: noInput,
    /**
     * Waits for the start-up restore (never for a slow network: an unreachable platform opens
     * remembered accounts offline); `restoreError` says why a remembered sign-in was not restored.
     */
    output: z.object({
      account: signedInAccountSchema.nullable(),
      accounts: z.array(signedInAccountSchema),
      restoreError: appErrorSchema.nullable()
    })
  },
  signIn: {
    input: z
      .object({
        account: z.string().trim().min(1, 'required').max(128, 'too_long'),
        password: z.string().min(1, 'required').max(1024, 'too_long'),
        remember: z.boolean().default(true)
      })
      .strict(),
    /**
     * Opens the account beside those already open and makes it the current one. With no
     * network, an account known here opens offline when the password matches its verifier.
     * `keychainWarning`: "remember me" was asked but the keychain could not keep the sign-in.
     */
    output: z.object({ account: signedInAccountSchema, keychainWarning: appErrorSchema.nullable() })
  },
  /**
   * Asks the platform now whether the session still stands (the window regained focus or was
   * reloaded); a session it has ended is closed with a `sessionExpired` event.
   */
  checkSession: {
    input: noInput,
    output: z.object({ signedIn: z.boolean() })
  },
  signOut: {
    input: z.object(forAccount).strict(),
    output: z.object({ signedOut: z.boolean(), revokedOnServer: z.boolean() })
  },
  /** Makes an open account the current one; the others stay signed in. */
  switchAccount: {
    input: z.object(forAccount).strict(),
    output: z.object({ account: signedInAccountSchema })
  },
  /** Removes an account from this computer: its session, keychain entry, verifier and local file. */
  removeAccount: {
    input: z.object(forAccount).strict(),
    output: z.object({ removed: z.literal(true) })
  },
  /** Ends every session of the account on the platform, this one included. */
  signOutEverywhere: {
    input: z.object(forAccount).strict(),
    output: z.object({ signedOut: z.literal(true) })
  },
  accountSettings: {
    input: z.object(forAccount).strict(),
    output: z.object({ settings: accountSettingsSchema })
  },
  setAccountSetting: {
    input: z
      .object({ ...forAccount, key: z.enum(accountSettingKeys), value: z.string().trim().max(64, 'too_long').nullable() })
      .strict(),
    output: z.object({ settings: accountSettingsSchema })
  },
  /** Change of contact, step 1: a code to the new phone or email. */
  sendContactCode: {
    input: z
      .object({ ...forAccount, channel: z.enum(['sms', 'email']), to: z.string().trim().min(1, 'required').max(254, 'too_long') })
      .strict(),
    output: z.object({ sentTo: z.string(), resendAfter: z.number() })
  },
  /** Change of contact, step 2: the current password and the code sent to the new contact. */
  changeContacts: {
    input: z
      .object({
        ...forAccount,
        currentPassword: z.string().min(1, 'required').max(1024, 'too_long'),
        phone: z.string().trim().max(20, 'too_long').optional(),
        email: z.string().trim().max(254, 'too_long').optional(),
        code: z.string().regex(/^\d{6}$/, 'six_digits')
      })
      .strict(),
    output: z.object({ account: signedInAccountSchema })
  },
  /** The policy the platform serves; `cachedAt` says it is the copy kept on this computer (platform unreachable). */
  passwordPolicy: {
    input: noInput,
    output: z.object({ policy: passwordPolicySchema, cachedAt: z.string().optional() })
  },
  /** Changes the signed-in account's password; clears a forced change for good. */
  changePassword: {
    input: z
      .object({
        ...forAccount,
        currentPassword: z.string().min(1, 'required').max(1024, 'too_long'),
        newPassword: z.string().min(1, 'required').max(1024, 'too_long')
      })
      .strict(),
    output: z.object({ account: signedInAccountSchema })
  },
  /**
   * Forgot password, step 1: a code to the contact the account type calls for (answer masked).
   * The answer is the same for an unknown account, so it does not say whose contact it is: the
   * page knows that from the account type the user picked.
   */
  requestPasswordReset: {
    input: z
      .object({ account: z.string().trim().min(1, 'required').max(128, 'too_long'), channel: z.enum(['sms', 'email']) })
      .strict(),
    output: z.object({ sentTo: z.string(), resendAfter: z.number() })
  },
  /** Forgot password, step 2: the code and the new password; every session of the account ends. */
  confirmPasswordReset: {
    input: z
      .object({
        account: z.string().trim().min(1, 'required').max(128, 'too_long'),
        code: z.string().regex(/^\d{6}$/, 'six_digits'),
        newPassword: z.string().min(1, 'required').max(1024, 'too_long')
      })
      .strict(),
    output: z.object({ reset: z.literal(true) })
  },
  /** Data completion, step 1: a code to the new phone (the platform needs the session). */
  sendProfileCode: {
    input: z.object({ ...forAccount, phone: z.string().trim().min(1, 'required').max(20, 'too_long') }).strict(),
    output: z.object({ sentTo: z.string(), resendAfter: z.number() })
  },
  /**
   * Data completion, step 2. The profile's shape depends on the account type, which main knows:
   * it is checked there (and again by the platform), with check characters.
   */
  completeProfile: {
    input: z
      .object({
        ...forAccount,
        profile: z.record(z.string(), z.unknown()),
        phone: z.string().max(20, 'too_long'),
        email: z.string().max(254, 'too_long'),
        code: z.string().max(6, 'too_long')
      })
      .strict(),
    output: z.object({ account: signedInAccountSchema })
  },
  knownAccounts: {
    input: noInput,
    output: z.object({ accounts: z.array(knownAccountSchema) })
  },
  /** Versions and what this host can do, for the About box. */
  appInfo: {
    input: noInput,
    output: appInfoSchema
  },
  /** Support text without personal data (versions, platform origin, account count). */
  diagnostics: {
    input: noInput,
    output: z.object({ text: z.string() })
  },
  settings: {
    input: noInput,
    output: settingsAnswerSchema
  },
  /** Changes some settings; each is checked, and applied at once where the app can. */
  saveSettings: {
    input: settingsSchema.partial().strict(),
    output: settingsAnswerSchema
  },
  updateStatus: {
    input: noInput,
    output: updateStateSchema
  },
  checkForUpdates: {
    input: noInput,
    output: updateStateSchema
  },
  /** Restarts into a downloaded update, once the renderer has said every draft is saved. */
  restartToUpdate: {
    input: noInput,
    output: z.object({ restarting: z.literal(true) })
  },
  /** The renderer's answer to `prepareRestart`. */
  restartReady: {
    input: z.object({ requestId: z.string().max(64), saved: z.boolean() }).strict(),
    output: z.object({ accepted: z.boolean() })
  },
  /** Links that arrived before the window could show them (a link that started the app). */
  takePendingLinks: {
    input: noInput,
    output: z.object({ actions: z.array(appLinkActionSchema), messages: z.array(appErrorSchema) })
  },
  /** Registration, step 1: a code to the phone the new account will be bound to. */
  sendRegistrationCode: {
    input: z.object({ phone: z.string().trim().min(1, 'required').max(20, 'too_long') }).strict(),
    output: z.object({ sentTo: z.string(), resendAfter: z.number() })
  },
  /**
   * Registration, step 2. The profile's shape depends on the type; main checks it with check
   * characters and the password with the policy, then signs the new account in. The assigned
   * codes come back even when that sign-in fails (`signInError`): the user must see them once.
   */
  register: {
    input: z
      .object({
        type: accountTypeSchema,
        profile: z.record(z.string(), z.unknown()),
        phone: z.string().trim().min(1, 'required').max(20, 'too_long'),
        email: z.string().trim().min(1, 'required').max(254, 'too_long'),
        code: z.string().trim().min(1, 'required').max(6, 'too_long'),
        password: z.string().min(1, 'required').max(1024, 'too_long'),
        remember: z.boolean().default(true)
      })
      .strict(),
    output: z.object({
      loginName: z.string(),
      userCode: z.string().optional(),
      registrationCode: z.string().optional(),
      account: signedInAccountSchema.nullable(),
      signInError: appErrorSchema.nullable()
    })
  },
  /** A request to the platform's help desk (DOMAIN.md fact 10); kept in this computer's list when accepted. */
  sendSupportRequest: {
    input: supportRequestFormSchema,
    output: sentSupportRequestSchema
  },
  /** The support requests sent from this computer to this platform, newest first. */
  supportRequests: {
    input: noInput,
    output: z.object({ requests: z.array(sentSupportRequestSchema) })
  },
  ...filingChannels,
  ...workspaceChannels
} as const

export const events = {
  sessionExpired: z.object({ accountId: z.string(), reason: endedReasonSchema }),
  /** The open accounts or their states changed (sign-in, switch, offline, back online, ended). */
  accountsChanged: z.object({ accounts: z.array(signedInAccountSchema), currentId: z.string().nullable() }),
  /** An account opened offline has reached the platform again and renewed its session. */
  accountOnline: z.object({ accountId: z.string() }),
  ...filingEvents,
  /** A new notice or a finished filing, when notifications are on. */
  notify: notificationSchema,
  updateState: updateStateSchema,
  /** Main asks before restarting into an update; the renderer saves its drafts and answers `restartReady`. */
  prepareRestart: z.object({ requestId: z.string() }),
  openLink: appLinkActionSchema,
  /** Something the user should read that came from outside the page (a bad link, an update error). */
  appMessage: appErrorSchema,
  /** An application-menu command the renderer carries out. */
  menuCommand: z.object({ command: rendererCommandSchema, accountId: z.string().optional() }),
  settingsChanged: settingsSchema,
  /** A short confirmation of something main did for a menu command. */
  toast: z.object({ key: z.enum(['diagnosticsCopied', 'upToDate', 'updatesDisabled']) })
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>
export type ChannelArgs<K extends ChannelName> = z.output<Contract[K]['input']>
export type ChannelOutput<K extends ChannelName> = z.output<Contract[K]['output']>
export type EventName = keyof typeof events
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

export type FilingChannelName = keyof typeof filingChannels

export const channelNames = Object.keys(contract) as ChannelName[]
export const eventNames = Object.keys(events) as EventName[]

export const ipcChannel = (name: ChannelName): string => `patentdesk:${name}`
export const eventChannel = (name: EventName): string => `patentdesk-event:${name}`
