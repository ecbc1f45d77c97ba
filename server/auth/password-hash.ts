import argon2 from 'argon2'
import { normalisePassword } from '../../src/shared/password-policy'

/**
 * argon2id with the library's defaults (64 MiB, t=3, p=4: above OWASP's minimum), over the
 * NFKC form of the password so that another input method's spelling of it still verifies.
 */
export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(normalisePassword(password), { type: argon2.argon2id })

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalisePassword(password))
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined
/**
 * Verifies against a throw-away hash, so that an unknown account costs the same time as a
 * wrong password and the two answers cannot be told apart.
 */
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('patentdesk-timing-equaliser')
  await verifyPassword(await dummyHash, password)
}
