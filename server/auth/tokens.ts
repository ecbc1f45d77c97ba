import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'
import type { PlatformStore, RefreshTokenRecord } from '../store/platform-store'

export const ACCESS_TOKEN_SECONDS = 15 * 60
/** A refresh token left unused this long expires (PLATFORM-API.md). */
export const REFRESH_TOKEN_DAYS = 30
/** The default absolute lifetime of a sign-in, however often it is refreshed (PLATFORM_SESSION_MAX_DAYS). */
export const SESSION_MAX_DAYS = 30
/** How soon after a rotation a second use of the same refresh token counts as a retry, not as theft. */
export const REFRESH_RETRY_GRACE_MS = 30_000
/** Access tokens say who made them and for whom; a JWT from any other issuer or for any other audience is refused. */
export const TOKEN_ISSUER = 'patentdesk-platform'
export const TOKEN_AUDIENCE = 'patentdesk-api'

const DAY_MS = 86_400_000

export type AccessClaims = { accountId: string; familyId: string }

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export type TokenServiceOptions = {
  /** The HS256 key (server/auth/signing-key.ts): never stored in the database. */
  key: Uint8Array
  now: () => Date
  sessionMaxDays?: number
  retryGraceMs?: number
}

type Pair = { accessToken: string; refreshToken: string; expiresIn: number }
type Rotation = { ok: true; accountId: string; familyId: string; refreshToken: string } | { ok: false; code: 'TOKEN_INVALID' | 'TOKEN_REUSED' }
export type RefreshOutcome = { ok: true; accountId: string; pair: Pair } | { ok: false; code: 'TOKEN_INVALID' | 'TOKEN_REUSED' }

export function createTokenService(store: PlatformStore, options: TokenServiceOptions) {
  const { key, now } = options
  const sessionMaxMs = (options.sessionMaxDays ?? SESSION_MAX_DAYS) * DAY_MS
  const graceMs = options.retryGraceMs ?? REFRESH_RETRY_GRACE_MS
  const sessionEnd = (familyCreatedAt: string) => new Date(familyCreatedAt).getTime() + sessionMaxMs

  async function issueAccessToken(claims: AccessClaims): Promise<string> {
    const iat = Math.floor(now().getTime() / 1000)
    return new SignJWT({ sid: claims.familyId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(claims.accountId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ACCESS_TOKEN_SECONDS)
      .sign(key)
  }

  /**
   * Null for a token that is malformed, forged, expired, lacks a required claim, or whose
   * session was revoked, has outlived its absolute lifetime, or belongs to another account
   * than the token's subject: a token is good only for the account that owns its session.
   */
  async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
    try {
      const at = now()
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'sid', 'iat', 'exp'],
        // Also refuses an `iat` in the future.
        maxTokenAge: ACCESS_TOKEN_SECONDS,
        currentDate: at
      })
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null
      if (payload.exp! - payload.iat! > ACCESS_TOKEN_SECONDS) return null
      const family = await store.findSessionFamily(payload.sid)
      if (!family || family.revokedAt || family.accountId !== payload.sub) return null
      if (sessionEnd(family.createdAt) <= at.getTime()) return null
      return { accountId: payload.sub, familyId: payload.sid }
    } catch {
      return null
    }
  }

  /** Stores (the hash of) a new refresh token of the family; it lapses when unused for 30 days or when the sign-in ends. */
  async function addRefreshToken(tx: PlatformStore, familyId: string, familyCreatedAt: string, at: Date) {
    const token = randomBytes(32).toString('base64url')
    const hash = hashRefreshToken(token)
    const expiresAt = new Date(Math.min(at.getTime() + REFRESH_TOKEN_DAYS * DAY_MS, sessionEnd(familyCreatedAt)))
    await tx.addRefreshToken({ tokenHash: hash, familyId, expiresAt: expiresAt.toISOString() })
    return { token, hash }
  }

  async function startSession(accountId: string, device: string | null): Promise<Pair> {
    const familyId = randomUUID()
    const at = now()
    const refreshToken = await store.transaction(async (tx) => {
      await tx.createSessionFamily({ id: familyId, accountId, device }, at)
      return (await addRefreshToken(tx, familyId, at.toISOString(), at)).token
    })
    return { accessToken: await issueAccessToken({ accountId, familyId }), refreshToken, expiresIn: ACCESS_TOKEN_SECONDS }
  }

  const theft = async (tx: PlatformStore, record: RefreshTokenRecord, at: Date): Promise<Rotation> => {
    await tx.revokeFamily(record.familyId, at)
    return { ok: false, code: 'TOKEN_REUSED' }
  }

  /**
   * A used refresh token came back. Shortly after its rotation, with the successor it was
   * rotated into never used, that is most likely the client retrying a request whose answer
   * was lost; it gets a fresh successor and the unused one is withdrawn (superseded). This is
   * safe because:
   * - only hashes are stored, so nothing already issued is handed out again: the new token is
   *   fresh, and the family keeps exactly one live refresh token;
   * - once the successor has been used, the client evidently had the answer, so a replay of
   *   the old token is theft, whatever the time;
   * - the window is counted from the rotation, not renewed by retries, so it stays 30 s;
   * - a superseded token never gets grace. If a thief replays a stolen token within the window,
   *   the holder's successor is superseded, and its next refresh reports TOKEN_REUSED and ends
   *   the family, the thief's new pair included: theft is still detected, one refresh later.
   * Anything else is reuse: the whole family is revoked.
   */
  async function retryOrTheft(tx: PlatformStore, record: RefreshTokenRecord, at: Date): Promise<Rotation> {
    const sinceRotation = at.getTime() - new Date(record.usedAt!).getTime()
    if (record.supersededAt || !record.successorHash || sinceRotation > graceMs) return theft(tx, record, at)
    if (!(await tx.supersedeRefreshToken(record.successorHash, at))) return theft(tx, record, at)
    const next = await addRefreshToken(tx, record.familyId, record.familyCreatedAt, at)
    await tx.setRefreshTokenSuccessor(record.tokenHash, next.hash)
    return { ok: true, accountId: record.accountId, familyId: record.familyId, refreshToken: next.token }
  }

  /**
   * Rotates a refresh token: the old one is marked used and the new one stored in one
   * transaction. A token past the sign-in's absolute lifetime is refused; a used one is
   * a retry (see `retryOrTheft`) or revokes its whole family.
   */
  async function refresh(token: string): Promise<RefreshOutcome> {
    const at = now()
    const rotation = await store.transaction(async (tx): Promise<Rotation> => {
      const record = await tx.findRefreshToken(hashRefreshToken(token))
      if (!record || record.familyRevokedAt) return { ok: false, code: 'TOKEN_INVALID' }
      if (new Date(record.expiresAt) <= at || sessionEnd(record.familyCreatedAt) <= at.getTime()) {
        return { ok: false, code: 'TOKEN_INVALID' }
      }
      if (record.usedAt) return retryOrTheft(tx, record, at)
      const next = await addRefreshToken(tx, record.familyId, record.familyCreatedAt, at)
      if (!(await tx.markRefreshTokenUsed(record.tokenHash, at, next.hash))) return theft(tx, record, at)
      return { ok: true, accountId: record.accountId, familyId: record.familyId, refreshToken: next.token }
    })
    if (!rotation.ok) return rotation
    const { accountId, familyId, refreshToken } = rotation
    return { ok: true, accountId, pair: { accessToken: await issueAccessToken({ accountId, familyId }), refreshToken, expiresIn: ACCESS_TOKEN_SECONDS } }
  }

  return {
    startSession,
    refresh,
    verifyAccessToken,
    revoke: (familyId: string) => store.revokeFamily(familyId, now()),
    /** Ends every session of the account but `exceptFamilyId` (when given). */
    revokeAll: (accountId: string, exceptFamilyId?: string) => store.revokeAllFamilies(accountId, now(), exceptFamilyId)
  }
}
export type TokenService = ReturnType<typeof createTokenService>
