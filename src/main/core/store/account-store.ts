import type { ClientDatabase } from './database'

export type KnownAccountRecord = {
  origin: string
  id: string
  loginName: string
  displayName: string
  type: string
  remembered: boolean
  lastSignedInAt: string
}

type Row = {
  origin: string
  id: string
  login_name: string
  display_name: string
  type: string
  remembered: number
  last_signed_in_at: string
}

const toRecord = (r: Row): KnownAccountRecord => ({
  origin: r.origin,
  id: r.id,
  loginName: r.login_name,
  displayName: r.display_name,
  type: r.type,
  remembered: r.remembered === 1,
  lastSignedInAt: r.last_signed_in_at
})

/** Accounts this machine has signed in with, per platform origin. No secrets live here. */
export function createAccountStore(db: ClientDatabase, origin: string) {
  const q = {
    upsert: db.prepare(`INSERT INTO accounts (origin, id, login_name, display_name, type, remembered, last_signed_in_at)
      VALUES (@origin, @id, @loginName, @displayName, @type, @remembered, @lastSignedInAt)
      ON CONFLICT(origin, id) DO UPDATE SET login_name = excluded.login_name, display_name = excluded.display_name,
        type = excluded.type, remembered = excluded.remembered, last_signed_in_at = excluded.last_signed_in_at`),
    list: db.prepare<[string], Row>('SELECT * FROM accounts WHERE origin = ? ORDER BY last_signed_in_at DESC'),
    get: db.prepare<[string, string], Row>('SELECT * FROM accounts WHERE origin = ? AND id = ?'),
    setRemembered: db.prepare('UPDATE accounts SET remembered = ? WHERE origin = ? AND id = ?'),
    getState: db.prepare<[string], { value: string }>('SELECT value FROM app_state WHERE key = ?'),
    setState: db.prepare(
      'INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
    ),
    deleteState: db.prepare('DELETE FROM app_state WHERE key = ?'),
    deleteStateIf: db.prepare('DELETE FROM app_state WHERE key = ? AND value = ?'),
    forget: db.prepare('DELETE FROM accounts WHERE origin = ? AND id = ?')
  }
  const activeKey = `active_account:${origin}`
  const openKey = `open_accounts:${origin}`
  const upsert = (account: Omit<KnownAccountRecord, 'origin'>) =>
    q.upsert.run({ ...account, origin, remembered: account.remembered ? 1 : 0 })

  // A crash between the two writes must not leave an active account that is not remembered
  // the way it was signed in, or a forgotten account still marked active.
  const recordSignIn = db.transaction((account: Omit<KnownAccountRecord, 'origin'>) => {
    upsert(account)
    q.setState.run(activeKey, account.id)
  })
  const recordSignOut = db.transaction((id: string) => {
    q.setRemembered.run(0, origin, id)
    q.deleteStateIf.run(activeKey, id)
  })
  // The open accounts and the current one are one fact: written together or not at all.
  const saveOpenAccounts = db.transaction((ids: readonly string[], currentId: string | null) => {
    q.setState.run(openKey, JSON.stringify(ids))
    if (currentId === null) q.deleteState.run(activeKey)
    else q.setState.run(activeKey, currentId)
  })

  function openAccountIds(): string[] {
    const raw = q.getState.get(openKey)?.value
    if (!raw) return []
    try {
      const ids: unknown = JSON.parse(raw)
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
    } catch {
      return []
    }
  }

  return {
    remember(account: Omit<KnownAccountRecord, 'origin'>): void {
      upsert(account)
    },
    /** Saves the account and makes it the active one, in one transaction. */
    recordSignIn: (account: Omit<KnownAccountRecord, 'origin'>): void => void recordSignIn(account),
    /** No longer remembered, and no longer active if it was: one transaction. */
    recordSignOut: (id: string): void => void recordSignOut(id),
    list: (): KnownAccountRecord[] => q.list.all(origin).map(toRecord),
    get(id: string): KnownAccountRecord | undefined {
      const row = q.get.get(origin, id)
      return row && toRecord(row)
    },
    setRemembered: (id: string, remembered: boolean) => void q.setRemembered.run(remembered ? 1 : 0, origin, id),
    /** Removes the account from this computer's list (its own file is deleted elsewhere). */
    forget: (id: string) => void q.forget.run(origin, id),
    /** The accounts open when the app last ran, in the order of the switcher: they are reopened at start. */
    openAccountIds,
    /** The open accounts and the current one, in one transaction. */
    saveOpenAccounts: (ids: readonly string[], currentId: string | null): void => void saveOpenAccounts(ids, currentId),
    activeAccountId: (): string | undefined => q.getState.get(activeKey)?.value,
    setActiveAccountId(id: string | null): void {
      if (id === null) q.deleteState.run(activeKey)
      else q.setState.run(activeKey, id)
    }
  }
}
export type AccountStore = ReturnType<typeof createAccountStore>
