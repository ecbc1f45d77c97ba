import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resetPassword } from '../../../../server/admin/reset-password'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { silentLogger } from '../logger'
import { platformClient } from '../../../../test/platform-client'
import { createAccountStore } from '../store/account-store'
import { openClientDatabase } from '../store/database'
import { createVault } from '../vault'
import { createSessionService } from './session-service'
import { createSessionWatch, type Every } from './session-watch'

let platform: TestPlatform
const password = 'Watch-Test-2026'

beforeAll(async () => {
  platform = await startTestPlatform()
})
afterAll(() => platform.close())

/** A timer the test fires by hand: what it was started with, and whether it was stopped. */
function manualTimer() {
  const timer = { run: null as (() => void) | null, ms: 0, stopped: false }
  const every: Every = (run, ms) => {
    timer.run = run
    timer.ms = ms
    return () => void (timer.stopped = true)
  }
  return { timer, every }
}

/** A signed-in session service, and a watch over it with an injected clock and timer. */
async function signedIn(loginName: string, meUrl = platform.url) {
  await platform.createAccount(loginName, password)
  const events: { event: string; payload: unknown }[] = []
  const sessions = createSessionService({
    origin: new URL(platform.url).origin,
    client: platformClient({ baseUrl: platform.url }),
    vault: createVault(platform.url),
    accounts: createAccountStore(openClientDatabase(':memory:'), new URL(platform.url).origin),
    log: silentLogger(),
    emit: (event, payload) => events.push({ event, payload })
  })
  const account = await sessions.signIn({ account: loginName, password, remember: false })
  if (!account.ok) throw new Error('sign-in failed')
  const clock = manualClock()
  const meCalls: string[] = []
  const real = platformClient({ baseUrl: meUrl, timeoutMs: 2000 })
  const client = { me: (token: string) => (meCalls.push(token), real.me(token)) }
  const { timer, every } = manualTimer()
  const watch = createSessionWatch({ sessions, client, log: silentLogger(), now: () => clock.now().getTime(), every })
  return { sessions, watch, events, clock, meCalls, timer, accountId: account.value.id }
}

describe('session watch', () => {
  it('notices on its timer that an admin reset ended the session, and ends it here with the reason', async () => {
    const { sessions, watch, events, timer, accountId } = await signedIn('watched')
    watch.start()
    expect(timer.ms).toBeLessThanOrEqual(5 * 60_000)
    await resetPassword({ data: platform.dataDir, login: 'watched' })
    // Until the platform is asked, nothing here knows.
    expect(sessions.current()).not.toBeNull()

    timer.run!()
    await vi.waitFor(() => expect(sessions.current()).toBeNull())
    expect(events).toEqual([{ event: 'sessionExpired', payload: { accountId, reason: 'revoked' } }])
    watch.stop()
    expect(timer.stopped).toBe(true)
  })

  it('a focus check ends a session the platform ended; a burst of focus events asks the platform once', async () => {
    const { watch, clock, meCalls, sessions, events, accountId } = await signedIn('focused')
    expect(await Promise.all([watch.check(), watch.check(), watch.check()])).toEqual([true, true, true])
    expect(meCalls).toHaveLength(1)
    await resetPassword({ data: platform.dataDir, login: 'focused' })
    expect(await watch.check()).toBe(true)
    expect(meCalls).toHaveLength(1)

    clock.advance(16_000)
    expect(await watch.check()).toBe(false)
    expect(sessions.current()).toBeNull()
    expect(events).toEqual([{ event: 'sessionExpired', payload: { accountId, reason: 'revoked' } }])
  })

  it('keeps the session when the platform cannot be reached', async () => {
    const { watch, sessions, events } = await signedIn('offline-watch', 'http://127.0.0.1:9')
    expect(await watch.check()).toBe(true)
    expect(sessions.current()).not.toBeNull()
    expect(events).toEqual([])
  })
})
