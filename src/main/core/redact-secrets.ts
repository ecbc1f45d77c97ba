/**
 * Keys that can hold a secret, compared without case, `_` or `-`, so `Authorization`,
 * `refresh_token` and `PASSWORD` are caught as surely as `refreshToken`. `code` is here
 * because verification codes travel under that name; log error codes as `errorCode`.
 */
const secretKeys = new Set(
  ['authorization', 'refreshToken', 'accessToken', 'token', 'code', 'password', 'currentPassword', 'newPassword', 'cookie'].map(
    (k) => normaliseKey(k)
  )
)

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '')
}

export const isSecretKey = (key: string): boolean => secretKeys.has(normaliseKey(key))

export const CENSORED = '[redacted]'
/** Deeper than any log line the app writes; past it a value is dropped rather than walked. */
const maxDepth = 12

/**
 * A copy of `value` with every secret-named key censored, at any depth, inside arrays too.
 * Cycles and over-deep nesting are cut instead of followed, so a careless log call can never
 * hang or crash the process.
 */
export function redactSecrets(value: unknown): unknown {
  const seen = new WeakSet<object>()
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object') return v
    if (seen.has(v)) return '[circular]'
    if (depth >= maxDepth) return '[too deep]'
    seen.add(v)
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1))
      if (v instanceof Date || Buffer.isBuffer(v)) return v
      // An error stays an error (pino's serializer gives it type, message and stack); its own fields are walked.
      const out: Record<string, unknown> =
        v instanceof Error
          ? Object.create(Object.getPrototypeOf(v), {
              message: { value: v.message, enumerable: false },
              stack: { value: v.stack, enumerable: false }
            })
          : {}
      for (const [key, item] of Object.entries(v)) out[key] = isSecretKey(key) ? CENSORED : walk(item, depth + 1)
      return out
    } finally {
      seen.delete(v)
    }
  }
  return walk(value, 0)
}
