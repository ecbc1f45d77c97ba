import { z } from 'zod'
import { passwordPolicyPresets, type PasswordPolicyPreset } from '../src/shared/password-policy'

export type PlatformConfig = {
  devOutbox: boolean
  policy: PasswordPolicyPreset
  ipRateLimit: number
}

const envSchema = z.object({
  PLATFORM_DEV_OUTBOX: z.enum(['0', '1']).optional(),
  PLATFORM_PASSWORD_POLICY: z
    .enum(Object.keys(passwordPolicyPresets) as [PasswordPolicyPreset, ...PasswordPolicyPreset[]])
    .optional(),
  PLATFORM_IP_RATE_LIMIT: z.coerce.number().int().positive().optional()
})

/** Reads the server's configuration from its environment (PLATFORM-API.md, "Configuration"). */
export function configFromEnv(env: NodeJS.ProcessEnv): PlatformConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new Error(`Invalid platform configuration: ${names}`)
  }
  return {
    devOutbox: parsed.data.PLATFORM_DEV_OUTBOX === '1',
    policy: parsed.data.PLATFORM_PASSWORD_POLICY ?? 'office',
    ipRateLimit: parsed.data.PLATFORM_IP_RATE_LIMIT ?? 60
  }
}
