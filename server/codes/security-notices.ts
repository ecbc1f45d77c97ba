import type { AccountRecord } from '../store/platform-store'
import type { CodeTransport } from './transport'

/**
 * Tells the account holder that their password changed (NIST SP 800-63B, ASVS 6): by email
 * when one is bound, else by SMS. A notice that cannot be delivered never fails the change.
 */
export function createSecurityNotices(transport: CodeTransport, onFailure: (reason: string) => void) {
  return {
    async passwordChanged(account: AccountRecord): Promise<void> {
      const target = account.email
        ? { channel: 'email' as const, to: account.email }
        : account.phone
          ? { channel: 'sms' as const, to: account.phone }
          : null
      if (!target || !transport.supports(target.channel)) return
      try {
        await transport.send({ ...target, purpose: 'password_changed', code: '' })
      } catch (error) {
        onFailure(error instanceof Error ? error.message : String(error))
      }
    }
  }
}
export type SecurityNotices = ReturnType<typeof createSecurityNotices>
