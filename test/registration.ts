import { expect } from 'vitest'
import type { caller, manualClock, TestPlatform } from './platform-fixture'

/**
 * Asks the platform for a registration code sent to `to` and reads it from the development
 * outbox. The clock moves past the one-minute resend wait first, so calls can follow each other.
 */
export function registrationCodes(platform: TestPlatform, call: ReturnType<typeof caller>, clock: ReturnType<typeof manualClock>) {
  return async (to: string): Promise<string> => {
    clock.advance(61_000)
    expect((await call('POST', '/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to })).status).toBe(202)
    return platform.lastCode(to)
  }
}

/** The body of `POST /api/v1/accounts` for a person registering with phone `p` and resident ID `id`. */
export const personRegistration = (p: string, id: string, code: string, password: string, name: string) => ({
  type: 'person',
  password,
  phone: p,
  email: `${p}@example.com`,
  code,
  profile: { name, idType: 'resident_id', idNumber: id }
})
