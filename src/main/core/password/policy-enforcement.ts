import { isCommonPassword } from '../../../shared/common-passwords'
import { checkPassword, type PasswordContext, type PasswordPolicy } from '../../../shared/password-policy'
import { err, ok, type Result } from '../../../shared/result'
import type { PlatformClient } from '../platform/platform-client'
import type { PolicyCache } from '../store/policy-cache'

export type PolicyAnswer = { policy: PasswordPolicy; cachedAt?: string }

/**
 * The password policy as the platform serves it, and its enforcement in the main process:
 * a new password that breaks it never leaves this process. The last policy served is cached,
 * so the rules still show when the platform cannot be reached.
 */
export function createPolicyEnforcement(deps: { client: PlatformClient; cache: PolicyCache; now?: () => Date }) {
  const now = deps.now ?? (() => new Date())

  async function current(): Promise<Result<PolicyAnswer>> {
    const served = await deps.client.passwordPolicy()
    if (served.ok) {
      deps.cache.save(served.value, now())
      return ok({ policy: served.value })
    }
    if (served.error.code === 'NETWORK' || served.error.code === 'TIMEOUT') {
      const cached = deps.cache.load()
      if (cached) return ok({ policy: cached.policy, cachedAt: cached.fetchedAt })
    }
    return served
  }

  /**
   * Checks a new password with the policy in force (the platform's, else the cached one) and
   * the context this side knows; answers like the platform does: POLICY_VIOLATION with the rules.
   */
  async function enforce(password: string, context: Omit<PasswordContext, 'isCommon'>): Promise<Result<null>> {
    const answer = await current()
    if (!answer.ok) return answer
    const broken = checkPassword(answer.value.policy, password, { ...context, isCommon: isCommonPassword })
    if (broken.length === 0) return ok(null)
    const rules = [...new Set(broken.map((b) => b.code))]
    return err('POLICY_VIOLATION', `The new password breaks the password rules: ${rules.join(', ')}`, { rules })
  }

  return { current, enforce }
}
export type PolicyEnforcement = ReturnType<typeof createPolicyEnforcement>
