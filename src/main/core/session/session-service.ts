import type { AccountState, EventName, EventPayload, SignedInAccount } from '../../../shared/ipc-contract'
import type { Account, SessionResponse } from '../../../shared/platform-api'
import { err, ok, type AppError, type Result } from '../../../shared/result'
import type { Logger } from '../logger'
import type { PlatformClient } from '../platform/platform-client'
import type { AccountLocal } from '../store/account-local'
import type { AccountStore } from '../store/account-store'
import type { Vault } from '../vault'
import { createReconnector, defaultBackoff, type BackoffOptions } from './reconnect'
import { realTimers, type Timers } from './timers'

type Tokens = {
  accessToken: string
  /** Kept in memory for a session the user did not ask to remember; otherwise the vault holds it too. */
  refreshToken: string
}

type EndedReason = 'revoked' | 'expired' | 'reused'

export type SessionServiceDeps = {
  accountId: string
  origin: string
  client: PlatformClient
  vault: Vault
  accounts: AccountStore
  /** This account's own file. */
  local: AccountLocal
  log: Logger
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Told whenever this account's state or profile changes, so the list of open accounts can be re-sent. */
  changed?: () => void
  now?: () => Date
  timers?: Timers
  random?: () => number
  backoff?: BackoffOptions
  /** How long before an access token expires it is renewed. */
  renewBeforeMs?: number
}

/** Platform answers that mean "not reachable now", as opposed to "no". */
export const isUnreachable = (error: AppError): boolean =>
  error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'BAD_RESPONSE' || error.code === 'INTERNAL'

const endedBy = (code: string): EndedReason | null =>
  code === 'TOKEN_REUSED' ? 'reused' : code === 'TOKEN_INVALID' ? 'expired' : null

/**
 * One account's session on this computer: sign-in, restore, renewal shortly before the access
 * token expires, offline mode with background reconnection, sign-out. Tokens stay inside this
 * service and the vault; the account's own data lives in `local`.
 */
export function createSessionService(deps: SessionServiceDeps) {
  const now = deps.now ?? (() => new Date())
  const timers = deps.timers ?? realTimers
  const renewBeforeMs = deps.renewBeforeMs ?? 60_000
  const { accountId } = deps

  let account: Account | undefined = deps.local.cachedAccount()
  let tokens: Tokens | null = null
  let remembered = deps.accounts.get(accountId)?.remembered ?? false
  let state: AccountState = 'offline'
  let endedReason: EndedReason | null = null
  /**
   * Held only for an account opened offline with its password and not remembered: the one
   * way to reach the platform again without asking the user a second time. Dropped as soon
   * as it has been used once.
   */
  let pendingPassword: string | null = null
  let pendingRemember = false
  /** Set once the user has seen this account offline, so its return is announced. */
  let shownOffline = false
  let renewalTimer: unknown = null
  let renewing: Promise<Result<Tokens>> | null = null

  const changed = () => deps.changed?.()

  function view(): SignedInAccount {
    if (!account) throw new Error('This account has never been described by the platform')
    return { ...account, origin: deps.origin, remembered, state, endedReason }
  }

  function setAccount(next: Account): void {
    account = next
    deps.local.cacheAccount(next)
    deps.accounts.remember({
      id: next.id,
      loginName: next.loginName,
      displayName: next.displayName,
      type: next.type,
      remembered,
      lastSignedInAt: now().toISOString()
    })
  }

  function scheduleRenewal(expiresInSeconds: number): void {
    if (renewalTimer !== null) timers.clearTimeout(renewalTimer)
    const lifetime = expiresInSeconds * 1000
    // Shortly before expiry, never sooner than half-way, so a short-lived token is not renewed in a loop.
    const delay = Math.max(lifetime / 2, lifetime - renewBeforeMs)
    renewalTimer = timers.setTimeout(() => {
      renewalTimer = null
      return renew()
    }, delay)
  }

  function stopTimers(): void {
    if (renewalTimer !== null) timers.clearTimeout(renewalTimer)
    renewalTimer = null
    reconnector.stop()
  }

  /**
   * Takes a session the platform has just issued. When it cannot be kept in the keychain the
   * session goes on unremembered: a refresh token is never left issued and unheld.
   */
  async function begin(response: SessionResponse, remember: boolean): Promise<{ keychainWarning: AppError | null }> {
    let keychainWarning: AppError | null = null
    if (remember) {
      const saved = await deps.vault.saveRefreshToken(accountId, response.refreshToken)
      if (!saved.ok) {
        keychainWarning = saved.error
        remember = false
        deps.log.warn({ accountId }, 'keychain unavailable: session kept in memory only')
      }
    } else {
      // Nothing of an earlier remembered sign-in may stay behind; a missing keychain has nothing to forget.
      await deps.vault.forget(accountId)
    }
    remembered = remember
    tokens = { accessToken: response.accessToken, refreshToken: response.refreshToken }
    state = 'online'
    endedReason = null
    pendingPassword = null
    reconnector.stop()
    setAccount(response.account)
    scheduleRenewal(response.expiresIn)
    changed()
    return { keychainWarning }
  }

  /** Opens the account from its local data while the platform cannot be reached, and keeps trying. */
  function goOffline(why: string): void {
    if (state === 'ended') return
    const was = state
    state = 'offline'
    shownOffline = true
    if (renewalTimer !== null) timers.clearTimeout(renewalTimer)
    renewalTimer = null
    reconnector.start()
    if (was !== 'offline') deps.log.info({ accountId, why }, 'account offline')
    changed()
  }

  /**
   * Opened with the password checked against the offline verifier; the password waits in
   * memory for the platform, then signs in once (remembered if the user asked).
   */
  function openOffline(password: string, remember: boolean): void {
    pendingPassword = password
    pendingRemember = remember
    tokens = null
    if (state === 'ended') {
      state = 'offline'
      endedReason = null
    }
    goOffline('opened offline')
  }

  /**
   * At start-up, from the remembered refresh token. The window does not wait for a slow
   * platform: after `waitMs` the account opens offline and the attempt goes on behind it.
   */
  async function restore(waitMs: number): Promise<Result<SignedInAccount>> {
    const saved = await deps.vault.readRefreshToken(accountId)
    if (!saved.ok) return saved
    if (!saved.value) return err('NOT_SIGNED_IN', 'No saved sign-in for this account')
    tokens = { accessToken: '', refreshToken: saved.value }
    // Remembered before accounts had files of their own: nothing to open offline, so wait for the platform.
    if (!account) {
      const outcome = await reconnect()
      return state === 'online' ? ok(view()) : err(outcome === 'retry' ? 'NETWORK' : 'SESSION_EXPIRED', 'Not restored')
    }
    const attempt = reconnect().then((outcome) => {
      if (outcome === 'retry') goOffline('platform unreachable at start-up')
      return true
    })
    let waiting: unknown = null
    const settled = await Promise.race([
      attempt,
      new Promise<boolean>((resolve) => (waiting = timers.setTimeout(() => resolve(false), waitMs)))
    ])
    timers.clearTimeout(waiting)
    if (!settled) goOffline('platform slow at start-up')
    return ok(view())
  }

  let reconnecting: Promise<'done' | 'retry'> | null = null
  /**
   * One attempt to reach the platform again: 'done' when the session is renewed or ended.
   * One at a time: a refresh token is single use, two attempts with it would end the session.
   */
  function reconnect(): Promise<'done' | 'retry'> {
    reconnecting ??= attemptReconnect().finally(() => {
      reconnecting = null
    })
    return reconnecting
  }

  async function attemptReconnect(): Promise<'done' | 'retry'> {
    if (state === 'ended' || state === 'online') return 'done'
    const answer = pendingPassword
      ? await deps.client.signIn({ account: account?.loginName ?? accountId, password: pendingPassword, device: 'PatentDesk' })
      : tokens
        ? await deps.client.refresh(tokens.refreshToken)
        : err('NOT_SIGNED_IN', 'Nothing to reconnect with')
    if (answer.ok) {
      const announce = shownOffline
      shownOffline = false
      await begin(answer.value, pendingPassword ? pendingRemember : remembered)
      deps.log.info({ accountId }, 'session renewed')
      if (announce) deps.emit('accountOnline', { accountId })
      return 'done'
    }
    if (isUnreachable(answer.error) || answer.error.code === 'RATE_LIMITED') return 'retry'
    // The platform said no: a stored token it refuses, or a password changed elsewhere.
    await end(endedBy(answer.error.code) ?? 'revoked')
    return 'done'
  }

  const reconnector = createReconnector(reconnect, {
    timers,
    backoff: deps.backoff ?? defaultBackoff,
    random: deps.random
  })

  /**
   * Ends the session on this computer after the platform refused it, and says so. The
   * account stays open with its local data; it needs a new sign-in to reach the platform.
   */
  async function end(reason: EndedReason): Promise<void> {
    stopTimers()
    tokens = null
    pendingPassword = null
    state = 'ended'
    endedReason = reason
    remembered = false
    await deps.vault.forget(accountId)
    deps.accounts.recordSignOut(accountId)
    deps.log.info({ accountId, reason }, 'session ended by the platform')
    deps.emit('sessionExpired', { accountId, reason })
    changed()
  }

  /**
   * Trades the refresh token for a new pair, once at a time: a refresh token is single use, and
   * a second request with it would look like theft to the platform and end the family. What
   * comes back is kept only if the same sign-in is still here: a sign-out, an end or a fresh
   * sign-in of this account while the request was out wins.
   */
  function renew(): Promise<Result<Tokens>> {
    renewing ??= attemptRenewal()
      .catch((cause: unknown) => {
        deps.log.error({ accountId, message: cause instanceof Error ? cause.message : String(cause) }, 'renewal failed')
        return err('INTERNAL', 'The session could not be renewed')
      })
      .finally(() => {
        renewing = null
      })
    return renewing
  }

  async function attemptRenewal(): Promise<Result<Tokens>> {
    const spent = tokens
    if (!spent) return err('NOT_SIGNED_IN', 'This account is not signed in')
    const rememberedThen = remembered
    const refreshed = await deps.client.refresh(spent.refreshToken)
    if (tokens !== spent) {
      if (refreshed.ok && rememberedThen) await keepRotatedToken(spent.refreshToken, refreshed.value.refreshToken)
      return tokens
        ? err('SESSION_CHANGED', 'This account signed in again while its session was being renewed')
        : err('NOT_SIGNED_IN', 'This account is not signed in')
    }
    if (!refreshed.ok) {
      // Refresh tokens last 30 days and a running session renews them far sooner: a refused one was ended on the platform.
      const reason = endedBy(refreshed.error.code)
      if (reason) await end(reason === 'expired' ? 'revoked' : reason)
      else if (isUnreachable(refreshed.error)) goOffline('renewal failed')
      return refreshed
    }
    await begin(refreshed.value, remembered)
    return ok(tokens as Tokens)
  }

  /**
   * A rotated token that came back too late still replaces the spent one in the keychain, so a
   * later restore does not present a spent token. Only if the keychain still holds the spent
   * one: a sign-out or a fresh sign-in meanwhile has the last word.
   */
  async function keepRotatedToken(spent: string, rotated: string): Promise<void> {
    const stored = await deps.vault.readRefreshToken(accountId)
    if (stored.ok && stored.value === spent) await deps.vault.saveRefreshToken(accountId, rotated)
  }

  /**
   * Runs an authorised platform call; an access token the platform no longer accepts is renewed
   * once and the call retried. An unreachable platform turns the account offline.
   */
  async function withAccess<T>(call: (accessToken: string) => Promise<Result<T>>): Promise<Result<T>> {
    if (state === 'ended') return err('SESSION_EXPIRED', 'The session of this account has ended: sign in again')
    if (state === 'offline' || !tokens) return err('NETWORK', 'The platform cannot be reached')
    if (renewing) await renewing
    const current = tokens as Tokens | null
    if (!current) return err('SESSION_EXPIRED', 'The session of this account has ended: sign in again')
    const first = await call(current.accessToken)
    if (!first.ok && isUnreachable(first.error) && first.error.code !== 'BAD_RESPONSE') goOffline('platform unreachable')
    if (first.ok || first.error.code !== 'UNAUTHORIZED') return first
    // Renewed by another call while this one was out: retry with that, never spend a token twice.
    const now = tokens as Tokens | null
    if (now && now !== current && now.accessToken !== current.accessToken) return call(now.accessToken)
    const renewed = await renew()
    if (!renewed.ok) return renewed
    return call(renewed.value.accessToken)
  }

  /** Ends the session here (and on the platform when it answers); the account's file stays. */
  async function signOut(): Promise<Result<{ signedOut: boolean; revokedOnServer: boolean }>> {
    const revoked = state === 'online' ? await withAccess((token) => deps.client.signOut(token)) : err('NETWORK', 'offline')
    // A renewal still in flight settles first, so the keychain entry it saves is the one forgotten here.
    await renewing
    close()
    const forgotten = await deps.vault.forget(accountId)
    deps.accounts.recordSignOut(accountId)
    // A session the platform had already ended is over there too: nothing is left to expire.
    const endedThere =
      revoked.ok || state === 'ended' || revoked.error.code === 'TOKEN_INVALID' || revoked.error.code === 'TOKEN_REUSED'
    deps.log.info({ accountId, revokedOnServer: endedThere }, 'signed out')
    if (!forgotten.ok && remembered) return forgotten
    return ok({ signedOut: true, revokedOnServer: endedThere })
  }

  /** "Sign out everywhere": every session of the account on the platform ends, this one too. */
  async function signOutEverywhere(): Promise<Result<{ signedOut: true }>> {
    const done = await withAccess((token) => deps.client.signOutEverywhere(token))
    if (!done.ok) return done
    await renewing
    close()
    await deps.vault.forget(accountId)
    deps.accounts.recordSignOut(accountId)
    deps.log.info({ accountId }, 'signed out everywhere')
    return ok({ signedOut: true })
  }

  /** Reads the account again and keeps it (a cleared forced change, new contacts show at once). */
  async function refreshAccount(): Promise<Result<SignedInAccount>> {
    const me = await withAccess((token) => deps.client.me(token))
    if (!me.ok) return me
    setAccount(me.value)
    changed()
    return ok(view())
  }

  async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<Result<SignedInAccount>> {
    const done = await withAccess((token) => deps.client.changePassword(token, input))
    if (!done.ok) return done
    // The verifier follows the password, or the new one would not open the account offline.
    await deps.local.verifier.replace(input.newPassword)
    deps.log.info({ accountId }, 'password changed')
    return refreshAccount()
  }

  /** Data completion: the platform answers with the completed account, which replaces the one held. */
  async function completeProfile(body: { profile: unknown; phone: string; email: string; code: string }): Promise<Result<SignedInAccount>> {
    const completed = await withAccess((token) => deps.client.completeProfile(token, body))
    if (!completed.ok) return completed
    setAccount(completed.value)
    changed()
    deps.log.info({ accountId }, 'profile completed')
    return ok(view())
  }

  async function changeContacts(body: { currentPassword: string; phone?: string; email?: string; code: string }): Promise<Result<SignedInAccount>> {
    const updated = await withAccess((token) => deps.client.changeContacts(token, body))
    if (!updated.ok) return updated
    setAccount(updated.value)
    changed()
    deps.log.info({ accountId }, 'contacts changed')
    return ok(view())
  }

  /** Stops timers; the session is forgotten in memory. */
  function close(): void {
    stopTimers()
    tokens = null
    pendingPassword = null
  }

  return {
    accountId,
    begin,
    openOffline,
    restore,
    renew,
    withAccess,
    signOut,
    signOutEverywhere,
    changePassword,
    completeProfile,
    changeContacts,
    refreshAccount,
    close,
    /** Null before the platform has ever described the account. */
    view: (): SignedInAccount | null => (account ? view() : null),
    state: (): AccountState => state
  }
}
export type SessionService = ReturnType<typeof createSessionService>
