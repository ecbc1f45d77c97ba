import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resetPassword } from '../../../../server/admin/reset-password'
import { platformClient } from '../../../../test/platform-client'
import { manualClock, startTestPlatform, type TestPlatform } from '../../../../test/platform-fixture'
import { launchRegistry, tempDataDir } from '../../../../test/session-harness'
import { silentLogger } from '../logger'
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

/** Accounts signed in side by side, and a watch over them with an injected clock and timer. */
async function signedIn(loginNames: string[], meUrl = platform.url) {
  const app = launchRegistry({ platformUrl: platform.url, dataDir: tempDataDir() })
  const ids: string[] = []
  for (const loginName of loginNames) {
    await platform.createAccount(loginName, password)
    const account = await app.registry.signIn({ account: loginName, password, remember: false })
    if (!account.ok) throw new Error('sign-in failed')
    ids.push(account.value.account.id)
  }
  const clock = manualClock()
  const meCalls: string[] = []
  const real = platformClient({ baseUrl: meUrl, timeoutMs: 2000 })
  const client = { me: (token: string) => (meCalls.push(token), real.me(token)) }
  const { timer, every } = manualTimer()
  const watch = createSessionWatch({ sessions: app.registry.watched, client, log: silentLogger(), now: () => clock.now().getTime(), every })
  const stateOf = (id: string) => app.registry.list().find((a) => a.id === id)?.state
  return { app, watch, clock, meCalls, timer, ids, stateOf }
}

describe('session watch', () => {
  it('notices on its timer that an admin reset ended a session, and ends that account only, with the reason', async () => {
    const { app, watch, timer, ids, stateOf } = await signedIn(['watched', 'bystander'])
    watch.start()
    expect(timer.ms).toBeLessThanOrEqual(5 * 60_000)
    await resetPassword({ data: platform.dataDir, login: 'watched' })
    // Until the platform is asked, nothing here knows.
    expect(stateOf(ids[0]!)).toBe('online')

    timer.run!()
    await vi.waitFor(() => expect(stateOf(ids[0]!)).toBe('ended'))
    expect(stateOf(ids[1]!)).toBe('online')
    expect(app.eventsNamed('sessionExpired')).toEqual([{ accountId: ids[0], reason: 'revoked' }])
    watch.stop()
    expect(timer.stopped).toBe(true)
    app.close()
  })

  it('a focus check ends the current session the platform ended; a burst of focus events asks the platform once', async () => {
    const { app, watch, clock, meCalls, ids, stateOf } = await signedIn(['focused'])
    expect(await Promise.all([watch.check(), watch.check(), watch.check()])).toEqual([true, true, true])
    expect(meCalls).toHaveLength(1)
    await resetPassword({ data: platform.dataDir, login: 'focused' })
    expect(await watch.check()).toBe(true)
    expect(meCalls).toHaveLength(1)

    clock.advance(16_000)
    expect(await watch.check()).toBe(false)
    expect(stateOf(ids[0]!)).toBe('ended')
    expect(app.eventsNamed('sessionExpired')).toEqual([{ accountId: ids[0], reason: 'revoked' }])
    app.close()
  })

  it('keeps the session when the platform cannot be reached', async () => {
    const { app, watch, ids, stateOf } = await signedIn(['offline-watch'], 'http://127.0.0.1:9')
    expect(await watch.check()).toBe(true)
    expect(stateOf(ids[0]!)).not.toBe('ended')
    expect(app.eventsNamed('sessionExpired')).toEqual([])
    app.close()
  })
})
