/**
 * Everything the platform keeps, behind one interface: the SQLite implementation serves a
 * single machine; another implementation (PostgreSQL) can replace it without touching routes.
 */
export type AccountRecord = {
  id: string
  loginName: string
  type: 'person' | 'entity' | 'agency'
  displayName: string
  passwordHash: string
  phone: string | null
  email: string | null
  status: 'active' | 'needs_completion' | 'locked'
  mustChangeReason: 'temporary' | 'expired' | 'policy' | 'legacy' | null
  passwordChangedAt: string
  createdAt: string
}

export type NewAccount = Omit<AccountRecord, 'status' | 'mustChangeReason' | 'createdAt' | 'passwordChangedAt'> &
  Partial<Pick<AccountRecord, 'status' | 'mustChangeReason'>>

export type RefreshTokenRecord = {
  tokenHash: string
  familyId: string
  accountId: string
  expiresAt: string
  usedAt: string | null
  familyRevokedAt: string | null
}

export type OutboxMessage = { to: string; purpose: string; code: string; sentAt: string }

export interface PlatformStore {
  getSetting(key: string): string | undefined
  setSetting(key: string, value: string): void

  createAccount(account: NewAccount, now: Date): AccountRecord
  findAccountById(id: string): AccountRecord | undefined
  /** By login name or bound phone. */
  findAccountBySignInName(name: string): AccountRecord | undefined

  createSessionFamily(family: { id: string; accountId: string; device: string | null }, now: Date): void
  isFamilyActive(familyId: string): boolean
  revokeFamily(familyId: string, now: Date): void
  addRefreshToken(token: { tokenHash: string; familyId: string; expiresAt: string }): void
  findRefreshToken(tokenHash: string): RefreshTokenRecord | undefined
  /** Marks the token used; false when it already was (a concurrent or replayed use). */
  markRefreshTokenUsed(tokenHash: string, now: Date): boolean

  addOutboxMessage(message: OutboxMessage): void
  outboxFor(to: string): OutboxMessage[]

  close(): void
}
