import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { hashPassword } from '../server/auth/password-hash'
import { startPlatform } from '../server/start'

/**
 * `npm run bench`: the platform over loopback HTTP. Sign-ins per second, p50/p99 latency of
 * POST /sessions and GET /me, and unknown-account vs wrong-password answer times side by side.
 */
const CONCURRENCY = 4
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 100)
const ME_CALLS = Number(process.env.BENCH_ME_CALLS ?? 5000)
const TIMING_SAMPLES = Number(process.env.BENCH_TIMING_SAMPLES ?? 100)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const fmt = (ms: number) => `${ms.toFixed(1)} ms`

async function timed(n: number, concurrency: number, call: (i: number) => Promise<Response>) {
  const latencies: number[] = []
  let next = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++
        const t0 = performance.now()
        const res = await call(i)
        await res.arrayBuffer()
        latencies.push(performance.now() - t0)
      }
    })
  )
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  return { perSecond: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), latencies }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-bench-'))
  const platform = await startPlatform({
    dataDir,
    config: { devOutbox: false, policy: 'office', ipRateLimit: 1_000_000 },
    port: 0
  })
  const { openSqliteStore } = await import('../server/store/sqlite-store')
  const store = openSqliteStore(join(dataDir, 'platform.sqlite'))
  const password = 'Bench-Pass-2026'
  store.createAccount(
    { id: randomUUID(), loginName: 'bench', type: 'person', displayName: 'bench', passwordHash: await hashPassword(password), phone: null, email: null },
    new Date()
  )
  store.close()

  const post = (path: string, body: unknown) =>
    fetch(`${platform.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  const signIns = await timed(SIGN_INS, CONCURRENCY, () => post('/api/v1/sessions', { account: 'bench', password }))
  const session = (await (await post('/api/v1/sessions', { account: 'bench', password })).json()) as { accessToken: string }
  const me = await timed(ME_CALLS, CONCURRENCY, () =>
    fetch(`${platform.url}/api/v1/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })
  )

  // One at a time, interleaved, so both see the same machine load. The wrong-password account
  // is reset between samples so the lockout never kicks in.
  const unknown: number[] = []
  const wrong: number[] = []
  for (let i = 0; i < TIMING_SAMPLES; i++) {
    for (const [list, account] of [[unknown, `nobody-${i}`], [wrong, 'bench']] as const) {
      const t0 = performance.now()
      await (await post('/api/v1/sessions', { account, password: 'Not-The-Pass-1' })).arrayBuffer()
      list.push(performance.now() - t0)
    }
    if (i % 4 === 3) await post('/api/v1/sessions', { account: 'bench', password })
  }
  unknown.sort((a, b) => a - b)
  wrong.sort((a, b) => a - b)
  await platform.close()

  const rows = [
    ['POST /sessions (sign-in)', `${signIns.perSecond.toFixed(1)} /s`, fmt(signIns.p50), fmt(signIns.p99)],
    ['GET /me', `${me.perSecond.toFixed(0)} /s`, fmt(me.p50), fmt(me.p99)],
    ['401 unknown account', '', fmt(percentile(unknown, 50)), fmt(percentile(unknown, 99))],
    ['401 wrong password', '', fmt(percentile(wrong, 50)), fmt(percentile(wrong, 99))]
  ]
  console.log(`PatentDesk platform bench (loopback, concurrency ${CONCURRENCY}, argon2id defaults)`)
  console.log(['what', 'throughput', 'p50', 'p99'].join('\t'))
  for (const row of rows) console.log(row.join('\t'))
  const gap = Math.abs(percentile(unknown, 50) - percentile(wrong, 50)) / percentile(wrong, 50)
  console.log(`unknown vs wrong, p50 difference: ${(gap * 100).toFixed(1)} %`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
