import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'
import type { PlatformStore } from '../store/platform-store'
import { secretSetting } from '../store/secret-setting'

export const ACCESS_TOKEN_SECONDS = 15 * 60
export const REFRESH_TOKEN_DAYS = 30

export type AccessClaims = { accountId: string; familyId: string }

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export function createTokenService(store: PlatformStore, now: () => Date) {
  // The signing key lives in the platform database, made once on first start.
  const key = new Uint8Array(Buffer.from(secretSetting(store, 'access_token_key'), 'base64'))

  async function issueAccessToken(claims: AccessClaims): Promise<string> {
    const iat = Math.floor(now().getTime() / 1000)
    return new SignJWT({ sid: claims.familyId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.accountId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ACCESS_TOKEN_SECONDS)
      .sign(key)
  }

  /** Null for a token that is malformed, forged, expired or whose session was revoked. */
  async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: now() })
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null
      if (!store.isFamilyActive(payload.sid)) return null
      return { accountId: payload.sub, familyId: payload.sid }
    } catch {
      return null
    }
  }

  function issueRefreshToken(familyId: string): string {
    const token = randomBytes(32).toString('base64url')
    const expiresAt = new Date(now().getTime() + REFRESH_TOKEN_DAYS * 86_400_000).toISOString()
    store.addRefreshToken({ tokenHash: hashRefreshToken(token), familyId, expiresAt })
    return token
  }

  async function startSession(accountId: string, device: string | null) {
    const familyId = randomUUID()
    store.createSessionFamily({ id: familyId, accountId, device }, now())
    return {
      accessToken: await issueAccessToken({ accountId, familyId }),
      refreshToken: issueRefreshToken(familyId),
      expiresIn: ACCESS_TOKEN_SECONDS
    }
  }

  type RefreshOutcome =
    | { ok: true; accountId: string; pair: Awaited<ReturnType<typeof startSession>> }
    | { ok: false; code: 'TOKEN_INVALID' | 'TOKEN_REUSED' }

  /** Rotates a refresh token; presenting a used one revokes its whole family. */
  async function refresh(token: string): Promise<RefreshOutcome> {
    const record = store.findRefreshToken(hashRefreshToken(token))
    if (!record) return { ok: false, code: 'TOKEN_INVALID' }
    if (record.familyRevokedAt) return { ok: false, code: 'TOKEN_INVALID' }
    if (record.usedAt || !store.markRefreshTokenUsed(record.tokenHash, now())) {
      store.revokeFamily(record.familyId, now())
      return { ok: false, code: 'TOKEN_REUSED' }
    }
    if (new Date(record.expiresAt) <= now()) return { ok: false, code: 'TOKEN_INVALID' }
    return {
      ok: true,
      accountId: record.accountId,
      pair: {
        accessToken: await issueAccessToken({ accountId: record.accountId, familyId: record.familyId }),
        refreshToken: issueRefreshToken(record.familyId),
        expiresIn: ACCESS_TOKEN_SECONDS
      }
    }
  }

  return { startSession, refresh, verifyAccessToken, revoke: (familyId: string) => store.revokeFamily(familyId, now()) }
}
export type TokenService = ReturnType<typeof createTokenService>
