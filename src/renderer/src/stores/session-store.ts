import { create } from 'zustand'
import type { KnownAccount, SignedInAccount } from '../../../shared/ipc-contract'
import type { AppError } from '../../../shared/result'
import { api } from '../api'

type SessionState = {
  status: 'loading' | 'signed-out' | 'signed-in'
  /** The current account (any state: online, offline, ended). */
  account: SignedInAccount | null
  /** Every account open on this computer, in the switcher's order. */
  accounts: SignedInAccount[]
  knownAccounts: KnownAccount[]
  platform: { origin: string; local: boolean } | null
  /** Why the user is on the sign-in page, when it is not their own doing. */
  notice: AppError | null
  /** "Add account": the sign-in page is shown while the open accounts stay signed in. */
  adding: boolean
  /** The keychain could not keep a sign-in: told once, until dismissed. */
  keychainWarning: AppError | null
  load(): Promise<void>
  signIn(input: { account: string; password: string; remember: boolean }): Promise<AppError | null>
  signOut(accountId?: string): Promise<{ error: AppError | null; revokedOnServer: boolean }>
  switchTo(accountId: string): Promise<AppError | null>
  remove(accountId: string): Promise<AppError | null>
  signOutEverywhere(accountId: string): Promise<AppError | null>
  setAdding(adding: boolean): void
  dismissKeychainWarning(): void
  changePassword(input: { currentPassword: string; newPassword: string }): Promise<AppError | null>
  completeProfile(input: { profile: Record<string, unknown>; phone: string; email: string; code: string }): Promise<AppError | null>
  /** The open accounts as main sent them (event `accountsChanged`). */
  applyAccounts(accounts: SignedInAccount[], currentId: string | null): void
  expired(reason: AppError): void
  /** An account main has already signed in (after registration) becomes the one shown. */
  adopt(account: SignedInAccount): void
}

const currentOf = (accounts: SignedInAccount[], currentId: string | null) =>
  accounts.find((a) => a.id === currentId) ?? null

export const useSession = create<SessionState>((set, get) => {
  async function reloadKnown(): Promise<void> {
    const known = await api().knownAccounts()
    if (known.ok) set({ knownAccounts: known.value.accounts })
  }

  /** An account removed or signed out everywhere leaves the switcher; the next one, if any, is shown. */
  async function dropAccount(accountId: string): Promise<null> {
    const accounts = get().accounts.filter((a) => a.id !== accountId)
    const account = get().account?.id === accountId ? (accounts[0] ?? null) : get().account
    set({ accounts, account, status: account ? 'signed-in' : 'signed-out' })
    await reloadKnown()
    return null
  }

  return {
    status: 'loading',
    account: null,
    accounts: [],
    knownAccounts: [],
    platform: null,
    notice: null,
    adding: false,
    keychainWarning: null,

    async load() {
      const [session, known, platform] = await Promise.all([
        api().currentSession(),
        api().knownAccounts(),
        api().platformInfo()
      ])
      set({
        platform: platform.ok ? platform.value : null,
        knownAccounts: known.ok ? known.value.accounts : [],
        account: session.ok ? session.value.account : null,
        accounts: session.ok ? session.value.accounts : [],
        status: session.ok && session.value.account ? 'signed-in' : 'signed-out',
        notice: session.ok ? session.value.restoreError : session.error
      })
    },

    async signIn(input) {
      const result = await api().signIn(input)
      if (!result.ok) return result.error
      const { account, keychainWarning } = result.value
      const accounts = [...get().accounts.filter((a) => a.id !== account.id), account]
      set({ status: 'signed-in', account, accounts, notice: null, adding: false, keychainWarning: keychainWarning ?? get().keychainWarning })
      void reloadKnown()
      return null
    },

    async signOut(accountId) {
      const id = accountId ?? get().account?.id
      if (!id) return { error: null, revokedOnServer: false }
      const result = await api().signOut({ accountId: id })
      const accounts = get().accounts.filter((a) => a.id !== id)
      const account = get().account?.id === id ? (accounts[0] ?? null) : get().account
      set({ accounts, account, status: account ? 'signed-in' : 'signed-out', notice: null })
      await reloadKnown()
      return result.ok
        ? { error: null, revokedOnServer: result.value.revokedOnServer }
        : { error: result.error, revokedOnServer: false }
    },

    async switchTo(accountId) {
      const result = await api().switchAccount({ accountId })
      if (!result.ok) return result.error
      set({ account: result.value.account, adding: false })
      return null
    },

    async remove(accountId) {
      const result = await api().removeAccount({ accountId })
      if (!result.ok) return result.error
      return dropAccount(accountId)
    },

    async signOutEverywhere(accountId) {
      const result = await api().signOutEverywhere({ accountId })
      if (!result.ok) return result.error
      return dropAccount(accountId)
    },

    setAdding: (adding) => set({ adding }),
    dismissKeychainWarning: () => set({ keychainWarning: null }),

    async changePassword(input) {
      const accountId = get().account?.id
      if (!accountId) return null
      const result = await api().changePassword({ accountId, ...input })
      if (!result.ok) return result.error
      set({ account: result.value.account })
      return null
    },

    async completeProfile(input) {
      const accountId = get().account?.id
      if (!accountId) return null
      const result = await api().completeProfile({ accountId, ...input })
      if (!result.ok) return result.error
      set({ account: result.value.account })
      return null
    },

    applyAccounts(accounts, currentId) {
      if (get().status === 'loading') return
      const account = currentOf(accounts, currentId)
      set({ accounts, account, status: account ? 'signed-in' : 'signed-out' })
    },

    expired(reason) {
      // The ended account stays open (its local data is still there); main's accountsChanged shows it as ended.
      set({ notice: reason })
    },

    adopt(account) {
      const accounts = [...get().accounts.filter((a) => a.id !== account.id), account]
      set({ status: 'signed-in', account, accounts, notice: null, adding: false })
    }
  }
})
