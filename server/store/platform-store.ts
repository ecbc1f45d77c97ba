/**
 * The identity half of what the platform keeps, behind one asynchronous interface (the filing
 * half is `FilingStore`): the SQLite implementation serves a single machine; another (PostgreSQL)
 * can replace it without touching a route.
 */
export type AccountType = 'person' | 'entity' | 'agency'
export type MustChangeReason = 'temporary' | 'expired' | 'policy' | 'legacy'

export type AccountRecord = {
  id: string
  loginName: string
  type: AccountType
  displayName: string
  passwordHash: string
  phone: string | null
  email: string | null
  status: 'active' | 'needs_completion' | 'locked'
  mustChangeReason: MustChangeReason | null
  passwordChangedAt: string
  createdAt: string
  idType: string | null
  idNumber: string | null
  uscc: string | null
  agencyCode: string | null
  userCode: string | null
  registrationCode: string | null
  profile: unknown
  lockedUntil: string | null
}

type Optional =
  | 'status'
  | 'mustChangeReason'
  | 'idType'
  | 'idNumber'
  | 'uscc'
  | 'agencyCode'
  | 'userCode'
  | 'registrationCode'
  | 'profile'
  | 'lockedUntil'
export type NewAccount = Omit<AccountRecord, Optional | 'createdAt' | 'passwordChangedAt'> &
  Partial<Pick<AccountRecord, Optional>>
export type AccountPatch = Partial<Omit<AccountRecord, 'id' | 'createdAt'>>

export type SessionFamilyRecord = {
  id: string
  accountId: string
  /** The sign-in that started the family: its absolute lifetime counts from here. */
  createdAt: string
  revokedAt: string | null
}

export type RefreshTokenRecord = {
  tokenHash: string
  familyId: string
  accountId: string
  expiresAt: string
  usedAt: string | null
  /** The token this one was rotated into. */
  successorHash: string | null
  /** Set when a retry of its predecessor replaced it before it was ever used. */
  supersededAt: string | null
  familyCreatedAt: string
  familyRevokedAt: string | null
}

export type OutboxMessage = { to: string; purpose: string; code: string; sentAt: string }

export type VerificationCodeRecord = {
  id: string
  destination: string
  purpose: string
  codeHash: string
  client: string
  createdAt: string
  expiresAt: string
  attempts: number
  usedAt: string | null
}

export type SupportRequestRecord = {
  id: string
  kind: string
  account: string | null
  contact: string
  body: string
  fingerprint: string
  status: 'open' | 'approved' | 'rejected' | 'answered'
  reply: string | null
  createdAt: string
  answeredAt: string | null
}

/**
 * A unique account field (phone, ID number, USCC, agency code…) that another account took first,
 * e.g. by a registration running at the same time; the store throws it instead of its own error.
 */
export class DuplicateAccountField extends Error {
  constructor(readonly field: keyof AccountRecord) {
    super(`Another account already holds this ${field}`)
    this.name = 'DuplicateAccountField'
  }
}

export interface PlatformStore {
  /**
   * Runs `fn` atomically: every read and write it makes through `tx` commits together, or none
   * does when it throws. Keep slow work (password hashing) out of it: it holds the database.
   * Inside, `tx.transaction(fn)` runs `fn` as part of the transaction already open.
   */
  transaction<T>(fn: (tx: PlatformStore) => Promise<T>): Promise<T>

  getSetting(key: string): Promise<string | undefined>
  setSetting(key: string, value: string): Promise<void>

  createAccount(account: NewAccount, now: Date): Promise<AccountRecord>
  updateAccount(id: string, patch: AccountPatch): Promise<AccountRecord>
  findAccountById(id: string): Promise<AccountRecord | undefined>
  /** By login name, bound phone, ID number, USCC or user code. */
  findAccountBySignInName(name: string): Promise<AccountRecord | undefined>
  findAccountByPhone(phone: string): Promise<AccountRecord | undefined>
  findAccountByIdNumber(idNumber: string): Promise<AccountRecord | undefined>
  /** USCCs are unique per account type: a firm may hold an agency account and an entity account. */
  findAccountByUscc(type: AccountType, uscc: string): Promise<AccountRecord | undefined>
  findAccountByAgencyCode(agencyCode: string): Promise<AccountRecord | undefined>

  recordSignInFailure(accountId: string, at: Date): Promise<void>
  countSignInFailuresSince(accountId: string, since: Date): Promise<number>
  clearSignInFailures(accountId: string): Promise<void>

  /** Failures and locks of sign-in names no account has, by keyed hash; rows older than `forgetBefore` are dropped. */
  recordNameFailure(nameKey: string, at: Date, forgetBefore: Date): Promise<void>
  countNameFailuresSince(nameKey: string, since: Date): Promise<number>
  clearNameFailures(nameKey: string): Promise<void>
  nameLockedUntil(nameKey: string): Promise<string | undefined>
  lockName(nameKey: string, until: Date): Promise<void>

  addPasswordHistory(accountId: string, passwordHash: string, at: Date): Promise<void>
  recentPasswordHashes(accountId: string, count: number): Promise<string[]>

  createSessionFamily(family: { id: string; accountId: string; device: string | null }, now: Date): Promise<void>
  findSessionFamily(familyId: string): Promise<SessionFamilyRecord | undefined>
  revokeFamily(familyId: string, now: Date): Promise<void>
  /** Ends every session of the account, except `exceptFamilyId` when given (the caller's own). */
  revokeAllFamilies(accountId: string, now: Date, exceptFamilyId?: string): Promise<void>
  addRefreshToken(token: { tokenHash: string; familyId: string; expiresAt: string }): Promise<void>
  findRefreshToken(tokenHash: string): Promise<RefreshTokenRecord | undefined>
  /** Marks the token used and names its successor; false when it already was used (a concurrent or replayed use). */
  markRefreshTokenUsed(tokenHash: string, now: Date, successorHash: string): Promise<boolean>
  /** Names a new successor of an already used token (a retry within the grace window). */
  setRefreshTokenSuccessor(tokenHash: string, successorHash: string): Promise<void>
  /** Marks a never-used token used and superseded; false when it was used meanwhile. */
  supersedeRefreshToken(tokenHash: string, now: Date): Promise<boolean>

  addVerificationCode(code: Omit<VerificationCodeRecord, 'attempts' | 'usedAt'>): Promise<void>
  latestVerificationCode(destination: string, purpose: string): Promise<VerificationCodeRecord | undefined>
  /** Codes booked for `destination` and `purpose` since `since`: each purpose has its own daily budget. */
  countCodesToSince(destination: string, purpose: string, since: Date): Promise<number>
  countCodesFromSince(client: string, since: Date): Promise<number>
  /** Counts a failed use of the code (wrong, or right but refused); returns the count so far. */
  addCodeAttempt(id: string): Promise<number>
  /**
   * Uses the code up, in one statement so two requests cannot both use it; false when it was
   * already used or has had `maxAttempts` failed uses.
   */
  markCodeUsed(id: string, at: Date, maxAttempts: number): Promise<boolean>

  addSupportRequest(request: Omit<SupportRequestRecord, 'status' | 'reply' | 'answeredAt'>): Promise<void>
  findSupportRequestSince(fingerprint: string, since: Date): Promise<SupportRequestRecord | undefined>
  listSupportRequests(status?: SupportRequestRecord['status']): Promise<SupportRequestRecord[]>
  answerSupportRequest(id: string, status: SupportRequestRecord['status'], reply: string | null, at: Date): Promise<boolean>

  addOutboxMessage(message: OutboxMessage): Promise<void>
  outboxFor(to: string): Promise<OutboxMessage[]>

  close(): Promise<void>
}
