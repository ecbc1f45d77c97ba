import { isIP } from 'node:net'
import { z } from 'zod'
import { passwordPolicyPresets, type PasswordPolicyPreset } from '../src/shared/password-policy'

export type PlatformConfig = {
  devOutbox: boolean
  policy: PasswordPolicyPreset
  ipRateLimit: number
  /** Email delivery, e.g. smtps://user:pass@mail.example:465; none → email only through the dev outbox. */
  smtpUrl?: string
  smtpFrom?: string
  /** Absolute lifetime of a sign-in in days, however often it is refreshed (default 30). */
  sessionMaxDays?: number
  /** The access-token signing key (base64); none → `<data dir>/signing.key`. */
  signingKey?: string
  /**
   * Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed, so rate
   * limits count the real client; none → the header is ignored.
   */
  trustProxy?: string[]
}

/** An IPv4/IPv6 address, optionally with a prefix length (`10.0.0.0/8`, `::1`, `fd00::/8`). */
export function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = isIP(address)
  if (!family || rest.length) return false
  if (prefix === undefined) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
}

const base64Key = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64')
  .refine((k) => Buffer.from(k, 'base64').length >= 32, 'at least 32 bytes')

const envSchema = z.object({
  PLATFORM_DEV_OUTBOX: z.enum(['0', '1']).optional(),
  PLATFORM_PASSWORD_POLICY: z
    .enum(Object.keys(passwordPolicyPresets) as [PasswordPolicyPreset, ...PasswordPolicyPreset[]])
    .optional(),
  PLATFORM_IP_RATE_LIMIT: z.coerce.number().int().positive().optional(),
  PLATFORM_SMTP_URL: z.url().optional(),
  PLATFORM_SMTP_FROM: z.string().min(3).optional(),
  PLATFORM_SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).optional(),
  PLATFORM_SIGNING_KEY: base64Key.optional(),
  PLATFORM_TRUST_PROXY: z
    .string()
    .transform((list) => list.split(',').map((e) => e.trim()).filter(Boolean))
    .refine((entries) => entries.every(isAddressOrCidr), 'a comma-separated list of addresses or CIDR ranges')
    .optional()
})

/** Reads the server's configuration from its environment (PLATFORM-API.md, "Configuration"). */
export function configFromEnv(env: NodeJS.ProcessEnv): PlatformConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    // Names only: a value may be a secret (the signing key, the SMTP URL's password).
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new Error(`Invalid platform configuration: ${names}`)
  }
  const e = parsed.data
  return {
    devOutbox: e.PLATFORM_DEV_OUTBOX === '1',
    policy: e.PLATFORM_PASSWORD_POLICY ?? 'office',
    ipRateLimit: e.PLATFORM_IP_RATE_LIMIT ?? 60,
    ...(e.PLATFORM_SMTP_URL ? { smtpUrl: e.PLATFORM_SMTP_URL, smtpFrom: e.PLATFORM_SMTP_FROM ?? 'PatentDesk <no-reply@localhost>' } : {}),
    ...(e.PLATFORM_SESSION_MAX_DAYS ? { sessionMaxDays: e.PLATFORM_SESSION_MAX_DAYS } : {}),
    ...(e.PLATFORM_SIGNING_KEY ? { signingKey: e.PLATFORM_SIGNING_KEY } : {}),
    ...(e.PLATFORM_TRUST_PROXY?.length ? { trustProxy: e.PLATFORM_TRUST_PROXY } : {})
  }
}
