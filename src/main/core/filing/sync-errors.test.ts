import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../../shared/error-codes'
import { failureKind } from './sync-errors'

const kind = (code: ErrorCode) => failureKind({ code, message: '' })

describe('sync failures', () => {
  it('never park a change for a failure of this computer’s session: another account signed in, an account closed, the keychain', () => {
    for (const code of ['SESSION_CHANGED', 'SESSION_ENDED', 'ACCOUNT_NOT_OPEN', 'NOT_SIGNED_IN'] as const) expect(kind(code)).toBe('signed_out')
    expect(kind('KEYCHAIN_UNAVAILABLE')).toBe('retry')
    expect(kind('NETWORK')).toBe('retry')
    // A refusal of the item itself is the item's: parked, the rest goes on.
    expect(kind('VALIDATION')).toBe('item')
  })
})
