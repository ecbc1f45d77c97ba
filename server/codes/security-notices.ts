import type { AccountRecord } from '../store/platform-store'
import type { Channel, CodeTransport } from './transport'

type Target = { channel: Channel; to: string }

/**
 * Tells the account holder that a credential changed (NIST SP 800-63B, ASVS 6). A notice that
 * cannot be delivered never fails the change.
 */
export function createSecurityNotices(transport: CodeTransport, onFailure: (reason: string) => void) {
  async function notify(targets: Target[], purpose: string): Promise<void> {
    for (const target of targets) {
      if (!transport.supports(target.channel)) continue
      try {
        await transport.send({ ...target, purpose, code: '' })
      } catch (error) {
        onFailure(error instanceof Error ? error.message : String(error))
      }
    }
  }

  return {
    /** By email when one is bound, else by SMS. */
    async passwordChanged(account: AccountRecord): Promise<void> {
      const target: Target | null = account.email
        ? { channel: 'email', to: account.email }
        : account.phone
          ? { channel: 'sms', to: account.phone }
          : null
      await notify(target ? [target] : [], 'password_changed')
    },

    /**
     * To every contact the account had before the change: a stolen session that rebinds the
     * phone is seen by the holder on the phone and email they still have.
     */
    async contactsChanged(old: { phone: string | null; email: string | null }): Promise<void> {
      const targets: Target[] = []
      if (old.phone) targets.push({ channel: 'sms', to: old.phone })
      if (old.email) targets.push({ channel: 'email', to: old.email })
      await notify(targets, 'contacts_changed')
    }
  }
}
export type SecurityNotices = ReturnType<typeof createSecurityNotices>
