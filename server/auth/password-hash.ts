import argon2 from 'argon2'
import { normalisePassword } from '../../src/shared/password-policy'

/** The platform's argon2id parameters (the library's defaults, above OWASP's minimum): 64 MiB, t=3, p=4. */
const platformParams = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const

/** argon2id over the NFKC form of the password, so that another input method's spelling of it still verifies. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(normalisePassword(password), platformParams)

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalisePassword(password))
  } catch {
    return false
  }
}

/**
 * True for an argon2 hash made with other parameters than the platform's (an imported one, or
 * an older setting), or of another argon2 type: it takes another time to verify, so it is
 * replaced at the next successful sign-in and every account answers in the same time.
 */
export function argon2NeedsRehash(hash: string): boolean {
  if (!hash.startsWith('$argon2id$')) return true
  try {
    return argon2.needsRehash(hash, platformParams)
  } catch {
    return true
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
