import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwordPolicyPresets } from '../../../shared/password-policy'
import { startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { platformClient } from '../../../../test/platform-client'
import { openClientDatabase } from '../store/database'
import { createPolicyCache } from '../store/policy-cache'
import { createPolicyEnforcement } from './policy-enforcement'

let platform: TestPlatform
let deadUrl: string

beforeAll(async () => {
  // The NIST preset, so a rule the client could only know from the platform (15 characters) is in force.
  platform = await startTestPlatform({ policy: 'nist' })
  const dead = await startTestPlatform()
  deadUrl = dead.url
  await dead.close()
})
afterAll(() => platform.close())

/** The enforcement as main builds it; `url` picks which platform answers, the cache is keyed by `origin`. */
function enforcement(db: ReturnType<typeof openClientDatabase>, url: string, origin = new URL(platform.url).origin) {
  return createPolicyEnforcement({
    client: platformClient({ baseUrl: url, timeoutMs: 2000 }),
    cache: createPolicyCache(db, origin),
    now: () => new Date('2026-03-01T08:00:00.000Z')
  })
}

describe('password policy in the main process', () => {
  it('serves the platform’s policy, and the kept copy with its date when the platform cannot be reached', async () => {
    const db = openClientDatabase(':memory:')
    expect(await enforcement(db, platform.url).current()).toEqual({ ok: true, value: { policy: passwordPolicyPresets.nist } })
    expect(await enforcement(db, deadUrl).current()).toEqual({
      ok: true,
      value: { policy: passwordPolicyPresets.nist, cachedAt: '2026-03-01T08:00:00.000Z' }
    })
  })

  it('says the platform cannot be reached when no policy was ever kept', async () => {
    const db = openClientDatabase(':memory:')
    expect(await enforcement(db, deadUrl).current()).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  })

  it('refuses a new password that breaks the served policy, naming each broken rule like the platform', async () => {
    const e = enforcement(openClientDatabase(':memory:'), platform.url)
    // 12 characters and four classes: fine under the office preset, too short under the one served.
    expect(await e.enforce('Qz8-Lost-Key', {})).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION', rules: ['TOO_SHORT'] } })
    expect(await e.enforce('river 13912345678 lantern', { phone: '13912345678' })).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION', rules: ['CONTAINS_CONTEXT'] }
    })
    expect(await e.enforce('password1234567890', {})).toMatchObject({ ok: false, error: { rules: ['COMMON_PASSWORD'] } })
    expect(await e.enforce('quiet harbour lantern 42', { loginName: 'zhang' })).toEqual({ ok: true, value: null })
  })

  it('enforces the kept policy when offline', async () => {
    const db = openClientDatabase(':memory:')
    await enforcement(db, platform.url).current()
    expect(await enforcement(db, deadUrl).enforce('Qz8-Lost-Key', {})).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION', rules: ['TOO_SHORT'] }
    })
  })
})
