import keytar from 'keytar'
import { err, ok, type Result } from '../../shared/result'

/** The subset of keytar the vault uses; tests pass the real keytar against a real Secret Service. */
export type Keychain = Pick<typeof keytar, 'getPassword' | 'setPassword' | 'deletePassword' | 'findCredentials'>

export const vaultService = (origin: string): string => `PatentDesk ${new URL(origin).origin}`

/**
 * The only home of secrets on disk: the OS keychain, one service per platform origin and one
 * entry per account, holding that account's refresh token. Access tokens never come here.
 */
export function createVault(origin: string, keychain: Keychain = keytar) {
  const service = vaultService(origin)

  async function attempt<T>(what: string, run: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await run())
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause)
      return err('KEYCHAIN_UNAVAILABLE', `The system keychain could not ${what}: ${reason}`)
    }
  }

  return {
    service,
    saveRefreshToken: (accountId: string, token: string) =>
      attempt('save the sign-in', () => keychain.setPassword(service, accountId, token)),
    readRefreshToken: (accountId: string) =>
      attempt('read the saved sign-in', () => keychain.getPassword(service, accountId)),
    forget: (accountId: string) => attempt('delete the saved sign-in', () => keychain.deletePassword(service, accountId)),
    accountIds: () =>
      attempt('list saved sign-ins', async () => (await keychain.findCredentials(service)).map((c) => c.account))
  }
}
export type Vault = ReturnType<typeof createVault>
