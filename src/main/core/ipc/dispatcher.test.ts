import { describe, expect, it } from 'vitest'
import { ipcChannel } from '../../../shared/ipc-contract'
import { passwordPolicyPresets } from '../../../shared/password-policy'
import { err, ok } from '../../../shared/result'
import { defaultSettings } from '../../../shared/settings'
import { filingHandlers } from '../filing/ipc/filing-handlers'
import { workspaceHandlers } from '../filing/ipc/workspace-handlers'
import { silentLogger } from '../logger'
import { APP_ENTRY_URL, APP_ORIGIN } from '../shell/renderer-protocol'
import { createDispatcher, type Handlers } from './dispatcher'

const account = {
  id: 'a1',
  loginName: 'zhang',
  type: 'person' as const,
  displayName: '张三',
  status: 'active' as const,
  mustChangePassword: false,
  contacts: { phone: '138****1234', email: '' },
  origin: 'http://127.0.0.1:1',
  remembered: true,
  state: 'online' as const,
  endedReason: null
}

const seen: unknown[] = []
const handlers: Handlers = {
  platformInfo: async () => ok({ origin: 'http://127.0.0.1:1', local: true }),
  currentSession: async () => ok({ account: null, accounts: [], restoreError: null }),
  checkSession: async () => ok({ signedIn: false }),
  signIn: async (input) => {
    seen.push(input)
    return ok({ account, keychainWarning: null })
  },
  switchAccount: async () => ok({ account }),
  removeAccount: async () => ok({ removed: true as const }),
  signOutEverywhere: async () => ok({ signedOut: true as const }),
  accountSettings: async () => ok({ settings: {} }),
  setAccountSetting: async () => ok({ settings: {} }),
  sendContactCode: async () => ok({ sentTo: '139****0000', resendAfter: 60 }),
  changeContacts: async () => ok({ account }),
  signOut: async () => {
    throw new Error('boom: password=secret')
  },
  passwordPolicy: async () => ok({ policy: passwordPolicyPresets.office }),
  changePassword: async () => ok({ account }),
  requestPasswordReset: async () => ok({ sentTo: '138****1234', resendAfter: 60 }),
  confirmPasswordReset: async () => ok({ reset: true as const }),
  sendProfileCode: async () => ok({ sentTo: '138****1234', resendAfter: 60 }),
  completeProfile: async () => ok({ account }),
  sendRegistrationCode: async () => ok({ sentTo: '138****1234', resendAfter: 60 }),
  register: async () => ok({ loginName: 'pd0000000001', account, signInError: null }),
  sendSupportRequest: async () => ok({ requestId: 'r1', kind: 'other', sentAt: '2026-01-01T00:00:00.000Z' }),
  supportRequests: async () => ok({ requests: [] }),
  // Breaks its own output schema on purpose.
  knownAccounts: async () => ok({ accounts: [{ id: 1 }] } as never),
  ...filingHandlers({ resolve: () => err('NOT_SIGNED_IN', 'No account is signed in'), all: () => [] }),
  ...workspaceHandlers({ resolve: () => err('NOT_SIGNED_IN', 'No account is signed in'), all: () => [] }),
  appInfo: async () =>
    ok({ name: 'PatentDesk', version: '1.0.0', versions: { electron: null, chrome: null, node: '20' }, os: 'linux', nativeNotifications: false }),
  diagnostics: async () => ok({ text: '' }),
  settings: async () => ok({ settings: defaultSettings, platformInUse: 'http://127.0.0.1:1/', restartNeeded: false }),
  saveSettings: async () => ok({ settings: defaultSettings, platformInUse: 'http://127.0.0.1:1/', restartNeeded: false }),
  updateStatus: async () => ok({ type: 'disabled' as const, reason: 'development' as const }),
  checkForUpdates: async () => ok({ type: 'disabled' as const, reason: 'development' as const }),
  restartToUpdate: async () => ok({ restarting: true as const }),
  restartReady: async () => ok({ accepted: false }),
  takePendingLinks: async () => ok({ actions: [], messages: [] })
}

const dispatch = createDispatcher(handlers, { trustedOrigins: () => [APP_ORIGIN, 'http://127.0.0.1:5173'], log: silentLogger() })
const main = { url: `${APP_ENTRY_URL}#/sign-in`, isMainFrame: true }

describe('IPC dispatcher', () => {
  it('passes parsed input to the handler and returns its value', async () => {
    const result = await dispatch(ipcChannel('signIn'), { account: ' zhang ', password: 'pw' }, main)
    expect(result).toEqual({ ok: true, value: { account, keychainWarning: null } })
    // Trimmed by the contract, `remember` defaulted.
    expect(seen.at(-1)).toEqual({ account: 'zhang', password: 'pw', remember: true })
  })

  it('refuses calls from a sub-frame, another origin or another local file', async () => {
    const input = { account: 'zhang', password: 'pw' }
    for (const sender of [
      { url: main.url, isMainFrame: false },
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'file:///tmp/evil.html', isMainFrame: true },
      { url: 'about:blank', isMainFrame: true },
      { url: 'not a url', isMainFrame: true }
    ]) {
      const result = await dispatch(ipcChannel('signIn'), input, sender)
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    }
    expect(await dispatch(ipcChannel('platformInfo'), {}, { url: 'http://127.0.0.1:5173/#/', isMainFrame: true })).toMatchObject({ ok: true })
  })

  it('answers bad input with VALIDATION naming each field with a code', async () => {
    const result = await dispatch(ipcChannel('signIn'), { account: '', password: 7, extra: 1 }, main)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.fields).toEqual({ account: 'required', password: 'invalid_format', extra: 'unknown_field' })
  })

  it('refuses a call on account data that does not name its account', async () => {
    for (const name of ['signOut', 'switchAccount', 'changePassword', 'sendProfileCode', 'completeProfile', 'accountSettings',
      'setAccountSetting', 'sendContactCode', 'changeContacts', 'signOutEverywhere', 'removeAccount'] as const) {
      const result = await dispatch(ipcChannel(name), {}, main)
      expect(result, name).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { accountId: 'required' } } })
    }
  })

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    expect(await dispatch('patentdesk:deleteEverything', {}, main)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('turns a throw or a contract-breaking answer into an INTERNAL error value', async () => {
    const thrown = await dispatch(ipcChannel('signOut'), { accountId: 'a1' }, main)
    expect(thrown).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in the application' } })
    expect(await dispatch(ipcChannel('knownAccounts'), undefined, main)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
