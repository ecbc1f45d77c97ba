import type { EventName, EventPayload, SignedInAccount } from '../../../shared/ipc-contract'
import { err, ok, type AppError, type Result } from '../../../shared/result'
import type { Logger } from '../logger'
import type { PlatformClient } from '../platform/platform-client'
import type { AccountLocal } from '../store/account-local'
import type { AccountStore } from '../store/account-store'
import type { Vault } from '../vault'
import type { BackoffOptions } from './reconnect'
import { createSessionService, isUnreachable, type SessionService } from './session-service'
import type { Timers } from './timers'

export type SessionRegistryDeps = {
  origin: string
  client: PlatformClient
  vault: Vault
  /** The shared list of accounts known on this computer. */
  accounts: AccountStore
  /** Opens an account's own file; `removeLocal` deletes it (closed first). */
  openLocal: (accountId: string) => AccountLocal
  hasLocal: (accountId: string) => boolean
  removeLocal: (accountId: string) => void
  log: Logger
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  now?: () => Date
  timers?: Timers
  random?: () => number
  backoff?: BackoffOptions
  renewBeforeMs?: number
  /** How long start-up waits for the platform before opening remembered accounts offline. */
  startupWaitMs?: number
}

export type OpenAccount = { service: SessionService; local: AccountLocal }

/**
 * Every account open on this computer at once, each with its own session and its own file;
 * one of them is current. Switching never signs the others out; a call for an account that is
 * not open is refused.
 */
export function createSessionRegistry(deps: SessionRegistryDeps) {
  const open = new Map<string, OpenAccount>()
  let currentId: string | null = null

  const list = (): SignedInAccount[] =>
    [...open.values()].map((e) => e.service.view()).filter((a): a is SignedInAccount => a !== null)

  const announce = () => deps.emit('accountsChanged', { accounts: list(), currentId })

  const persist = (): void => deps.accounts.saveOpenAccounts([...open.keys()], currentId)

  function entryFor(accountId: string): OpenAccount {
    const existing = open.get(accountId)
    if (existing) return existing
    const local = deps.openLocal(accountId)
    const service = createSessionService({
      accountId,
      origin: deps.origin,
      client: deps.client,
      vault: deps.vault,
      accounts: deps.accounts,
      local,
      log: deps.log,
      emit: deps.emit,
      changed: () => {
        if (open.has(accountId)) announce()
      },
      now: deps.now,
      timers: deps.timers,
      random: deps.random,
      backoff: deps.backoff,
      renewBeforeMs: deps.renewBeforeMs
    })
    const entry = { service, local }
    open.set(accountId, entry)
    return entry
  }

  function drop(accountId: string): void {
    const entry = open.get(accountId)
    if (!entry) return
    entry.service.close()
    entry.local.close()
    open.delete(accountId)
    if (currentId === accountId) currentId = open.keys().next().value ?? null
    persist()
    announce()
  }

  function makeCurrent(accountId: string): void {
    currentId = accountId
    persist()
    announce()
  }

  /**
   * Signs an account in beside the open ones and makes it current. When the platform cannot
   * be reached, an account known here opens offline if the password matches its verifier.
   */
  async function signIn(input: {
    account: string
    password: string
    remember: boolean
  }): Promise<Result<{ account: SignedInAccount; keychainWarning: AppError | null }>> {
    const response = await deps.client.signIn({ account: input.account, password: input.password, device: 'PatentDesk' })
    if (!response.ok) {
      deps.log.info({ errorCode: response.error.code }, 'sign-in refused')
      if (isUnreachable(response.error)) return openOffline(input, response.error)
      return response
    }
    const id = response.value.account.id
    const entry = entryFor(id)
    const { keychainWarning } = await entry.service.begin(response.value, input.remember)
    // The platform has just vouched for this password: it becomes the offline verifier.
    await entry.local.verifier.replace(input.password)
    deps.log.info({ accountId: id }, 'signed in')
    makeCurrent(id)
    return ok({ account: entry.service.view()!, keychainWarning })
  }

  async function openOffline(
    input: { account: string; password: string; remember: boolean },
    unreachable: AppError
  ): Promise<Result<{ account: SignedInAccount; keychainWarning: AppError | null }>> {
    const wanted = input.account.trim().toLowerCase()
    const known = deps.accounts.list().find((a) => a.loginName.toLowerCase() === wanted)
    // An account never signed in on this computer needs the platform.
    if (!known || !deps.hasLocal(known.id)) return { ok: false, error: unreachable }
    const wasOpen = open.has(known.id)
    const entry = entryFor(known.id)
    const usable = entry.local.verifier.exists() && entry.service.view() !== null
    const matches = usable && (await entry.local.verifier.check(input.password))
    if (!matches) {
      if (!wasOpen) {
        entry.local.close()
        open.delete(known.id)
      }
      if (!usable) return { ok: false, error: unreachable }
      deps.log.info({ accountId: known.id }, 'offline sign-in refused')
      return err('OFFLINE_CREDENTIALS', 'The platform cannot be reached and the password does not match the one last used here')
    }
    entry.service.openOffline(input.password, input.remember)
    deps.log.info({ accountId: known.id }, 'opened offline')
    makeCurrent(known.id)
    return ok({ account: entry.service.view()!, keychainWarning: null })
  }

  /** At start-up: the accounts that were open, if remembered, open again (offline when the platform is away). */
  async function restoreAll(): Promise<AppError | null> {
    const wanted = deps.accounts.openAccountIds()
    const active = deps.accounts.activeAccountId()
    // A data dir from before several accounts could be open lists only the active one.
    if (wanted.length === 0 && active) wanted.push(active)
    const results = await Promise.all(
      wanted.map(async (id): Promise<[string, AppError | null]> => {
        if (!deps.accounts.get(id)?.remembered) return [id, null]
        const entry = entryFor(id)
        const restored = await entry.service.restore(deps.startupWaitMs ?? 2_000)
        if (restored.ok) return [id, null]
        entry.service.close()
        entry.local.close()
        open.delete(id)
        deps.log.info({ accountId: id, errorCode: restored.error.code }, 'session not restored')
        return [id, restored.error.code === 'NOT_SIGNED_IN' ? null : restored.error]
      })
    )
    // Keep the order of the switcher as it was.
    const order = new Map(wanted.map((id, i) => [id, i]))
    const sorted = [...open.entries()].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    open.clear()
    for (const [id, entry] of sorted) open.set(id, entry)
    currentId = active && open.has(active) ? active : (open.keys().next().value ?? null)
    persist()
    announce()
    return results.find(([id, e]) => e && id === active)?.[1] ?? results.find(([, e]) => e)?.[1] ?? null
  }

  /** The open account `accountId`, or ACCOUNT_NOT_OPEN: no call reaches an account that is not open. */
  function get(accountId: string): Result<OpenAccount> {
    const entry = open.get(accountId)
    return entry ? ok(entry) : err('ACCOUNT_NOT_OPEN', 'That account is not open on this computer')
  }

  function switchTo(accountId: string): Result<SignedInAccount> {
    const entry = get(accountId)
    if (!entry.ok) return entry
    makeCurrent(accountId)
    return ok(entry.value.service.view()!)
  }

  async function signOut(accountId: string): Promise<Result<{ signedOut: boolean; revokedOnServer: boolean }>> {
    const entry = get(accountId)
    if (!entry.ok) return entry
    const result = await entry.value.service.signOut()
    drop(accountId)
    return result
  }

  async function signOutEverywhere(accountId: string): Promise<Result<{ signedOut: true }>> {
    const entry = get(accountId)
    if (!entry.ok) return entry
    const result = await entry.value.service.signOutEverywhere()
    if (result.ok) drop(accountId)
    return result
  }

  /**
   * Removes an account from this computer: its session (revoked on the platform when it
   * answers), its keychain entry, its file with the verifier, and its line in the list.
   */
  async function remove(accountId: string): Promise<Result<{ removed: true }>> {
    if (!open.has(accountId) && !deps.accounts.get(accountId)) return err('ACCOUNT_NOT_OPEN', 'That account is not known on this computer')
    if (open.has(accountId)) {
      await open.get(accountId)!.service.signOut()
      drop(accountId)
    }
    const forgotten = await deps.vault.forget(accountId)
    if (!forgotten.ok) deps.log.warn({ accountId }, 'keychain entry could not be deleted')
    deps.removeLocal(accountId)
    deps.accounts.forget(accountId)
    persist()
    announce()
    deps.log.info({ accountId }, 'account removed from this computer')
    return ok({ removed: true })
  }

  /**
   * The open accounts as the session watch sees them: every online account is asked (each one
   * the platform has ended ends on its own); the answer is the current account's. An ended
   * current account counts as no session.
   */
  const watched = {
    current: (): SignedInAccount | null => {
      const current = currentId ? (open.get(currentId)?.service.view() ?? null) : null
      return current && current.state !== 'ended' ? current : null
    },
    async withAccess<T>(call: (accessToken: string) => Promise<Result<T>>): Promise<Result<T>> {
      const online = [...open.values()].filter((e) => e.service.state() === 'online')
      const answers = await Promise.all(online.map(async (e) => [e.service.accountId, await e.service.withAccess(call)] as const))
      const mine = answers.find(([id]) => id === currentId) ?? answers[0]
      return mine ? mine[1] : err('NETWORK', 'No account is online')
    }
  }

  return {
    signIn,
    restoreAll,
    watched,
    get,
    switchTo,
    signOut,
    signOutEverywhere,
    remove,
    list,
    current: (): SignedInAccount | null => (currentId ? (open.get(currentId)?.service.view() ?? null) : null),
    currentId: () => currentId,
    close(): void {
      for (const entry of open.values()) {
        entry.service.close()
        entry.local.close()
      }
      open.clear()
    }
  }
}
export type SessionRegistry = ReturnType<typeof createSessionRegistry>
