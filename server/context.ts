import type { PasswordPolicy } from '../src/shared/password-policy'
import type { TokenService } from './auth/tokens'
import type { SecurityNotices } from './codes/security-notices'
import type { VerificationCodes } from './codes/verification-codes'
import type { PlatformConfig } from './config'
import type { FilingStore } from './store/filing-store'
import type { PlatformStore } from './store/platform-store'

/** What every route needs, passed explicitly so tests can swap the clock and the store. */
export type PlatformContext = {
  store: PlatformStore
  filing: FilingStore
  tokens: TokenService
  codes: VerificationCodes
  notices: SecurityNotices
  config: PlatformConfig
  policy: PasswordPolicy
  now: () => Date
}
