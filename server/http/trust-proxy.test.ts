import { describe, expect, it } from 'vitest'
import { configFromEnv } from '../config'
import { startTestPlatform } from '../../test/platform-fixture'

/** Sign-in attempts that arrive through a proxy on 10.0.0.5, each for a client named in X-Forwarded-For. */
async function attemptsThroughProxy(trustProxy: string[] | undefined) {
  const platform = await startTestPlatform({ ipRateLimit: 2, ...(trustProxy ? { trustProxy } : {}) })
  const attempt = async (client: string) =>
    (
      await platform.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { account: 'nobody', password: 'Whatever-1x' },
        headers: { 'x-forwarded-for': client },
        remoteAddress: '10.0.0.5'
      })
    ).statusCode
  const statuses = [await attempt('203.0.113.1'), await attempt('203.0.113.1'), await attempt('203.0.113.1'), await attempt('198.51.100.7')]
  await platform.close()
  return statuses
}

describe('behind a reverse proxy (PLATFORM_TRUST_PROXY)', () => {
  it('a trusted proxy’s X-Forwarded-For names the client: two clients get separate limits', async () => {
    expect(await attemptsThroughProxy(['10.0.0.0/8'])).toEqual([401, 401, 429, 401])
  })

  it('without a trusted proxy the header is ignored: everything counts against the proxy’s address', async () => {
    expect(await attemptsThroughProxy(undefined)).toEqual([401, 401, 429, 429])
  })

  it('a proxy not in the list cannot name the client either', async () => {
    expect(await attemptsThroughProxy(['192.168.1.1'])).toEqual([401, 401, 429, 429])
  })

  it('the per-address cap on verification codes counts the client behind the proxy too', async () => {
    const platform = await startTestPlatform({ devOutbox: true, trustProxy: ['10.0.0.5'] })
    let serial = 0
    const send = async (client: string) =>
      (
        await platform.app.inject({
          method: 'POST',
          url: '/api/v1/verification-codes',
          payload: { purpose: 'register', channel: 'sms', to: `1370000${String(++serial).padStart(4, '0')}` },
          headers: { 'x-forwarded-for': client },
          remoteAddress: '10.0.0.5'
        })
      ).statusCode
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) statuses.push(await send('203.0.113.9'))
    const otherClient = await send('198.51.100.3')
    await platform.close()
    expect(statuses.slice(0, 30).every((s) => s === 202)).toBe(true)
    expect([statuses[30], otherClient]).toEqual([429, 202])
  })

  it('reads a comma-separated list of addresses and CIDR ranges, and refuses anything else', () => {
    expect(configFromEnv({ PLATFORM_TRUST_PROXY: '10.0.0.1, 172.16.0.0/12,::1' }).trustProxy).toEqual(['10.0.0.1', '172.16.0.0/12', '::1'])
    expect(configFromEnv({}).trustProxy).toBeUndefined()
    for (const bad of ['true', 'loopback', '10.0.0.0/33', '*', '10.0.0.1/8/8']) {
      expect(() => configFromEnv({ PLATFORM_TRUST_PROXY: bad }), bad).toThrow(/PLATFORM_TRUST_PROXY/)
    }
  })
})
