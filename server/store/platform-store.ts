/**
 * Everything the platform keeps, behind one interface: the SQLite implementation serves a
 * single machine; another implementation (PostgreSQL) can replace it without touching routes.
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

export type NoticeRecord = {
  id: string
  kind: string
  title: string
  body: string
  createdAt: string
  readAt: string | null
  seq: number
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
  /** Runs `fn` atomically. */
  transaction<T>(fn: () => T): T

  getSetting(key: string): string | undefined
  setSetting(key: string, value: string): void

  createAccount(account: NewAccount, now: Date): AccountRecord
  updateAccount(id: string, patch: AccountPatch): AccountRecord
  findAccountById(id: string): AccountRecord | undefined
  /** By login name, bound phone, ID number, USCC or user code. */
  findAccountBySignInName(name: string): AccountRecord | undefined
  findAccountByPhone(phone: string): AccountRecord | undefined
  findAccountByIdNumber(idNumber: string): AccountRecord | undefined
  /** USCCs are unique per account type: a firm may hold an agency account and an entity account. */
  findAccountByUscc(type: AccountType, uscc: string): AccountRecord | undefined
  findAccountByAgencyCode(agencyCode: string): AccountRecord | undefined

  recordSignInFailure(accountId: string, at: Date): void
  countSignInFailuresSince(accountId: string, since: Date): number
  clearSignInFailures(accountId: string): void

  /** Failures and locks of sign-in names no account has, by keyed hash; rows older than `forgetBefore` are dropped. */
  recordNameFailure(nameKey: string, at: Date, forgetBefore: Date): void
  countNameFailuresSince(nameKey: string, since: Date): number
  clearNameFailures(nameKey: string): void
  nameLockedUntil(nameKey: string): string | undefined
  lockName(nameKey: string, until: Date): void

  addPasswordHistory(accountId: string, passwordHash: string, at: Date): void
  recentPasswordHashes(accountId: string, count: number): string[]

  createSessionFamily(family: { id: string; accountId: string; device: string | null }, now: Date): void
  findSessionFamily(familyId: string): SessionFamilyRecord | undefined
  revokeFamily(familyId: string, now: Date): void
  /** Ends every session of the account, except `exceptFamilyId` when given (the caller's own). */
  revokeAllFamilies(accountId: string, now: Date, exceptFamilyId?: string): void
  addRefreshToken(token: { tokenHash: string; familyId: string; expiresAt: string }): void
  findRefreshToken(tokenHash: string): RefreshTokenRecord | undefined
  /** Marks the token used and names its successor; false when it already was used (a concurrent or replayed use). */
  markRefreshTokenUsed(tokenHash: string, now: Date, successorHash: string): boolean
  /** Names a new successor of an already used token (a retry within the grace window). */
  setRefreshTokenSuccessor(tokenHash: string, successorHash: string): void
  /** Marks a never-used token used and superseded; false when it was used meanwhile. */
  supersedeRefreshToken(tokenHash: string, now: Date): boolean

  addVerificationCode(code: Omit<VerificationCodeRecord, 'attempts' | 'usedAt'>): void
  latestVerificationCode(destination: string, purpose: string): VerificationCodeRecord | undefined
  countCodesToSince(destination: string, since: Date): number
  countCodesFromSince(client: string, since: Date): number
  /** Counts a failed use of the code (wrong, or right but refused); returns the count so far. */
  addCodeAttempt(id: string): number
  /**
   * Uses the code up, in one statement so two requests cannot both use it; false when it was
   * already used or has had `maxAttempts` failed uses.
   */
  markCodeUsed(id: string, at: Date, maxAttempts: number): boolean

  addSupportRequest(request: Omit<SupportRequestRecord, 'status' | 'reply' | 'answeredAt'>): void
  findSupportRequestSince(fingerprint: string, since: Date): SupportRequestRecord | undefined
  listSupportRequests(status?: SupportRequestRecord['status']): SupportRequestRecord[]
  answerSupportRequest(id: string, status: SupportRequestRecord['status'], reply: string | null, at: Date): boolean

  addNotice(notice: { id: string; accountId: string; kind: string; title: string; body: string; createdAt: string }): void
  /** The account's notices after `afterSeq`, oldest first. */
  noticesSince(accountId: string, afterSeq: number, limit: number): NoticeRecord[]
  markNoticeRead(accountId: string, id: string, at: Date): boolean

  addOutboxMessage(message: OutboxMessage): void
  outboxFor(to: string): OutboxMessage[]

  close(): void
}
