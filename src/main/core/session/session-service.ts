import type { EventName, EventPayload, SignedInAccount } from '../../../shared/ipc-contract'
import type { Account, SessionResponse } from '../../../shared/platform-api'
import { err, ok, type Result } from '../../../shared/result'
import type { Logger } from '../logger'
import type { PlatformClient } from '../platform/platform-client'
import type { AccountStore } from '../store/account-store'
import type { Vault } from '../vault'

type ActiveSession = {
  account: Account
  remembered: boolean
  accessToken: string
  /** Kept in memory for a session the user did not ask to remember; otherwise it lives in the vault. */
  refreshToken: string
}

export type SessionServiceDeps = {
  origin: string
  client: PlatformClient
  vault: Vault
  accounts: AccountStore
  log: Logger
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  now?: () => Date
}

/** Sign-in, restore at start-up, sign-out. Tokens stay inside this service and the vault. */
export function createSessionService(deps: SessionServiceDeps) {
  const now = deps.now ?? (() => new Date())
  let active: ActiveSession | null = null
  /**
   * The renewal in flight, keyed by the refresh token it spends. A refresh token is single
   * use: a second request with it would look like theft to the platform and end the family.
   */
  let renewal: { refreshToken: string; done: Promise<Result<ActiveSession>> } | null = null

  /** Still the same sign-in: same account, same token pair family member. */
  const isActive = (session: ActiveSession): boolean =>
    active !== null && active.account.id === session.account.id && active.refreshToken === session.refreshToken

  const view = (s: ActiveSession): SignedInAccount => ({ ...s.account, origin: deps.origin, remembered: s.remembered })

  async function begin(response: SessionResponse, remembered: boolean): Promise<Result<SignedInAccount>> {
    const { account } = response
    if (remembered) {
      const saved = await deps.vault.saveRefreshToken(account.id, response.refreshToken)
      if (!saved.ok) return saved
    } else {
      await deps.vault.forget(account.id)
    }
    active = { account, remembered, accessToken: response.accessToken, refreshToken: response.refreshToken }
    deps.accounts.recordSignIn({
      id: account.id,
      loginName: account.loginName,
      displayName: account.displayName,
      type: account.type,
      remembered,
      lastSignedInAt: now().toISOString()
    })
    return ok(view(active))
  }

  async function signIn(input: { account: string; password: string; remember: boolean }): Promise<Result<SignedInAccount>> {
    const response = await deps.client.signIn({ account: input.account, password: input.password, device: 'PatentDesk' })
    if (!response.ok) {
      deps.log.info({ errorCode: response.error.code }, 'sign-in refused')
      return response
    }
    deps.log.info({ accountId: response.value.account.id }, 'signed in')
    return begin(response.value, input.remember)
  }

  /** At start-up: the last active account, if remembered, is signed in again from its keychain entry. */
  async function restore(): Promise<Result<SignedInAccount | null>> {
    const accountId = deps.accounts.activeAccountId()
    const known = accountId ? deps.accounts.get(accountId) : undefined
    if (!accountId || !known?.remembered) return ok(null)
    const saved = await deps.vault.readRefreshToken(accountId)
    if (!saved.ok) return saved
    if (!saved.value) return ok(null)
    const refreshed = await deps.client.refresh(saved.value)
    if (!refreshed.ok) {
      const { code } = refreshed.error
      // The platform ended this sign-in: the stored token is worthless, drop it.
      if (code === 'TOKEN_INVALID' || code === 'TOKEN_REUSED') await endLocally(accountId, code === 'TOKEN_REUSED' ? 'reused' : 'expired')
      deps.log.info({ errorCode: code }, 'session not restored')
      return refreshed
    }
    deps.log.info({ accountId }, 'session restored')
    return begin(refreshed.value, true)
  }

  /** Ends the session on this computer after the platform refused its tokens, and says so to the renderer. */
  async function endLocally(accountId: string, reason: 'expired' | 'revoked' | 'reused'): Promise<void> {
    if (active?.account.id === accountId) active = null
    await deps.vault.forget(accountId)
    deps.accounts.recordSignOut(accountId)
    deps.emit('sessionExpired', { accountId, reason })
  }

  /**
   * Trades the refresh token for a new pair (rotation: the vault keeps the new one). What comes
   * back is written only if the same sign-in is still active: a sign-out or another account's
   * sign-in while the request was out wins.
   */
  async function renew(session: ActiveSession): Promise<Result<ActiveSession>> {
    const refreshed = await deps.client.refresh(session.refreshToken)
    if (!isActive(session)) {
      if (refreshed.ok && session.remembered) await keepRotatedToken(session, refreshed.value.refreshToken)
      return active
        ? err('SESSION_CHANGED', 'Another account was signed in while this one was being renewed')
        : err('NOT_SIGNED_IN', 'No account is signed in')
    }
    if (!refreshed.ok) {
      const { code } = refreshed.error
      // Refresh tokens last 30 days and a running app renews them far sooner: a refused one was ended on the platform.
      if (code === 'TOKEN_INVALID' || code === 'TOKEN_REUSED') {
        await endLocally(session.account.id, code === 'TOKEN_REUSED' ? 'reused' : 'revoked')
      }
      return refreshed
    }
    const renewed: ActiveSession = {
      ...session,
      account: refreshed.value.account,
      accessToken: refreshed.value.accessToken,
      refreshToken: refreshed.value.refreshToken
    }
    active = renewed
    if (session.remembered) {
      const saved = await deps.vault.saveRefreshToken(session.account.id, refreshed.value.refreshToken)
      if (!saved.ok) return saved
    }
    return ok(renewed)
  }

  /**
   * An account switched away from mid-renewal keeps its new token, so that signing it in again
   * later does not present the spent one. Only if the keychain still holds the spent token: a
   * sign-out or a fresh sign-in of that account meanwhile has the last word.
   */
  async function keepRotatedToken(session: ActiveSession, rotated: string): Promise<void> {
    const stored = await deps.vault.readRefreshToken(session.account.id)
    if (stored.ok && stored.value === session.refreshToken) await deps.vault.saveRefreshToken(session.account.id, rotated)
  }

  /**
   * A session whose access token is newer than the one the platform refused: renewed by this
   * call, by a renewal already in flight (joined, never repeated), or by one that finished
   * while this call was out.
   */
  function freshSession(refused: ActiveSession): Promise<Result<ActiveSession>> {
    const current = active
    if (!current) return Promise.resolve(err('NOT_SIGNED_IN', 'No account is signed in'))
    if (current.account.id !== refused.account.id) {
      return Promise.resolve(err('SESSION_CHANGED', 'Another account was signed in while this call was running'))
    }
    if (current.accessToken !== refused.accessToken) return Promise.resolve(ok(current))
    if (renewal?.refreshToken !== current.refreshToken) {
      const started = { refreshToken: current.refreshToken, done: renew(current) }
      renewal = started
      // The callers see a failure through `done`; this branch only clears the slot and must not raise it again.
      void started.done
        .finally(() => {
          if (renewal === started) renewal = null
        })
        .catch(() => undefined)
    }
    return renewal.done
  }

  /**
   * Runs an authorised platform call; an access token the platform no longer accepts (they
   * live 15 minutes) is renewed once with the refresh token and the call retried.
   */
  async function withAccess<T>(call: (accessToken: string) => Promise<Result<T>>): Promise<Result<T>> {
    const session = active
    if (!session) return err('NOT_SIGNED_IN', 'No account is signed in')
    const first = await call(session.accessToken)
    if (first.ok || first.error.code !== 'UNAUTHORIZED') return first
    const renewed = await freshSession(session)
    if (!renewed.ok) return renewed
    return call(renewed.value.accessToken)
  }

  async function signOut(): Promise<Result<{ signedOut: boolean; revokedOnServer: boolean }>> {
    if (!active) return err('NOT_SIGNED_IN', 'No account is signed in')
    const accountId = active.account.id
    const revoked = await withAccess((token) => deps.client.signOut(token))
    // A renewal still in flight settles first, so the keychain entry it saves is the one forgotten here.
    await renewal?.done
    // Signing out always ends the local session, even when the platform cannot be reached.
    if (active?.account.id === accountId) active = null
    const forgotten = await deps.vault.forget(accountId)
    deps.accounts.recordSignOut(accountId)
    // A session the platform had already ended is over there too: nothing is left to expire.
    const endedThere = revoked.ok || revoked.error.code === 'TOKEN_INVALID' || revoked.error.code === 'TOKEN_REUSED'
    deps.log.info({ accountId, revokedOnServer: endedThere }, 'signed out')
    if (!forgotten.ok) return forgotten
    return ok({ signedOut: true, revokedOnServer: endedThere })
  }

  /** Changes the password, then reads the account again so a cleared forced change shows at once. */
  async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<Result<SignedInAccount>> {
    const changed = await withAccess((token) => deps.client.changePassword(token, input))
    if (!changed.ok) return changed
    const me = await withAccess((token) => deps.client.me(token))
    if (!me.ok) return me
    if (!active) return err('NOT_SIGNED_IN', 'No account is signed in')
    active = { ...active, account: me.value }
    deps.log.info({ accountId: me.value.id }, 'password changed')
    return ok(view(active))
  }

  /** Data completion: the platform answers with the completed account, which replaces the one held. */
  async function completeProfile(body: { profile: unknown; phone: string; email: string; code: string }): Promise<Result<SignedInAccount>> {
    const completed = await withAccess((token) => deps.client.completeProfile(token, body))
    if (!completed.ok) return completed
    if (!active) return err('NOT_SIGNED_IN', 'No account is signed in')
    active = { ...active, account: completed.value }
    deps.accounts.remember({
      id: completed.value.id,
      loginName: completed.value.loginName,
      displayName: completed.value.displayName,
      type: completed.value.type,
      remembered: active.remembered,
      lastSignedInAt: now().toISOString()
    })
    deps.log.info({ accountId: completed.value.id }, 'profile completed')
    return ok(view(active))
  }

  return {
    signIn,
    restore,
    signOut,
    withAccess,
    changePassword,
    completeProfile,
    current: (): SignedInAccount | null => (active ? view(active) : null)
  }
}
export type SessionService = ReturnType<typeof createSessionService>
