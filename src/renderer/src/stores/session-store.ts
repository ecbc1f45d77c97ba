import { create } from 'zustand'
import type { KnownAccount, SignedInAccount } from '../../../shared/ipc-contract'
import type { AppError } from '../../../shared/result'
import { api } from '../api'

type SessionState = {
  status: 'loading' | 'signed-out' | 'signed-in'
  account: SignedInAccount | null
  knownAccounts: KnownAccount[]
  platform: { origin: string; local: boolean } | null
  /** Why the user is on the sign-in page, when it is not their own doing. */
  notice: AppError | null
  load(): Promise<void>
  signIn(input: { account: string; password: string; remember: boolean }): Promise<AppError | null>
  signOut(): Promise<{ error: AppError | null; revokedOnServer: boolean }>
  changePassword(input: { currentPassword: string; newPassword: string }): Promise<AppError | null>
  completeProfile(input: { profile: Record<string, unknown>; phone: string; email: string; code: string }): Promise<AppError | null>
  expired(reason: AppError): void
  /** An account main has already signed in (after registration) becomes the one shown. */
  adopt(account: SignedInAccount): void
}

export const useSession = create<SessionState>((set) => ({
  status: 'loading',
  account: null,
  knownAccounts: [],
  platform: null,
  notice: null,

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
      status: session.ok && session.value.account ? 'signed-in' : 'signed-out',
      notice: session.ok ? session.value.restoreError : session.error
    })
  },

  async signIn(input) {
    const result = await api().signIn(input)
    if (!result.ok) return result.error
    set({ status: 'signed-in', account: result.value.account, notice: null })
    return null
  },

  async signOut() {
    const result = await api().signOut()
    const known = await api().knownAccounts()
    set({ status: 'signed-out', account: null, knownAccounts: known.ok ? known.value.accounts : [] })
    return result.ok
      ? { error: null, revokedOnServer: result.value.revokedOnServer }
      : { error: result.error, revokedOnServer: false }
  },

  async changePassword(input) {
    const result = await api().changePassword(input)
    if (!result.ok) return result.error
    set({ account: result.value.account })
    return null
  },

  async completeProfile(input) {
    const result = await api().completeProfile(input)
    if (!result.ok) return result.error
    set({ account: result.value.account })
    return null
  },

  expired(reason) {
    set({ status: 'signed-out', account: null, notice: reason })
  },

  adopt(account) {
    set({ status: 'signed-in', account, notice: null })
  }
}))
