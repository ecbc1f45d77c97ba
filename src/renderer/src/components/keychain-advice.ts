/** Which system credential store the advice speaks of: each OS has its own, and its own way to fail. */
export type KeychainKind = 'windows' | 'mac' | 'linux' | 'other'

/**
 * The credential store of the OS the app runs on (`AppInfo.os`, Node's `process.platform`).
 * An OS not known yet (info still loading) or not listed gets advice that names no product.
 */
export function keychainKind(os: string | null | undefined): KeychainKind {
  if (os === 'win32') return 'windows'
  if (os === 'darwin') return 'mac'
  if (os === 'linux' || os === 'freebsd' || os === 'openbsd') return 'linux'
  return 'other'
}

/** The i18n keys of why a sign-in could not be remembered and how to fix it, on this OS. */
export const keychainAdvice = (os: string | null | undefined) => {
  const kind = keychainKind(os)
  return { why: `accounts.keychainWhy.${kind}`, fix: `accounts.keychainFix.${kind}` }
}
