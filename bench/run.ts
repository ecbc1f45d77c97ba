import { createHash, randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { wrapLegacyHash } from '../server/auth/credentials'
import { hashPassword } from '../server/auth/password-hash'
import { startPlatform } from '../server/start'
import { filingBench } from './filing'
import { percentile, printTable } from './stats'

/**
 * `npm run bench`: the platform over loopback HTTP. Sign-ins per second, p50/p99 latency of
 * POST /sessions and GET /me, and the answer times of a wrong password against a known account,
 * an unknown name and a legacy (`sha256$salt$hex`, imported) account side by side, with ratios;
 * then the filing engine's figures (bench/filing.ts) against the same platform.
 */
const CONCURRENCY = 4
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 100)
const ME_CALLS = Number(process.env.BENCH_ME_CALLS ?? 5000)
const TIMING_SAMPLES = Number(process.env.BENCH_TIMING_SAMPLES ?? 100)

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
  const { store } = platform.ctx
  const password = 'Bench-Pass-2026'
  const account = (loginName: string, passwordHash: string) =>
    store.createAccount({ id: randomUUID(), loginName, type: 'person', displayName: loginName, passwordHash, phone: null, email: null }, new Date())
  const known = await account('bench', await hashPassword(password))
  // As the legacy import stores an old system's `sha256$salt$hex`.
  const oldHash = `sha256$s4lt$${createHash('sha256').update(`s4lt${password}`).digest('hex')}`
  const legacy = await account('bench-legacy', await wrapLegacyHash(oldHash))

  const post = (path: string, body: unknown) =>
    fetch(`${platform.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  const signIns = await timed(SIGN_INS, CONCURRENCY, () => post('/api/v1/sessions', { account: 'bench', password }))
  const session = (await (await post('/api/v1/sessions', { account: 'bench', password })).json()) as { accessToken: string }
  const me = await timed(ME_CALLS, CONCURRENCY, () =>
    fetch(`${platform.url}/api/v1/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })
  )

  // One at a time, interleaved, so all three see the same machine load. The failure counts of the
  // two accounts are cleared between samples so the lockout never kicks in (a good sign-in would
  // replace the legacy hash); each unknown sample uses a new name, for the same reason.
  const timings = { known: [] as number[], unknown: [] as number[], legacy: [] as number[] }
  for (let i = 0; i < TIMING_SAMPLES; i++) {
    for (const [list, name] of [[timings.known, 'bench'], [timings.unknown, `nobody-${i}`], [timings.legacy, 'bench-legacy']] as const) {
      const t0 = performance.now()
      await (await post('/api/v1/sessions', { account: name, password: 'Not-The-Pass-1' })).arrayBuffer()
      list.push(performance.now() - t0)
    }
    if (i % 4 === 3) for (const id of [known.id, legacy.id]) await store.clearSignInFailures(id)
  }
  for (const list of Object.values(timings)) list.sort((a, b) => a - b)
  const filing = await filingBench(platform)
  await platform.close()

  const p = (list: number[], q: number) => percentile(list, q)
  const rows = [
    ['POST /sessions (sign-in)', `${signIns.perSecond.toFixed(1)} /s`, fmt(signIns.p50), fmt(signIns.p99)],
    ['GET /me', `${me.perSecond.toFixed(0)} /s`, fmt(me.p50), fmt(me.p99)],
    ['401 wrong password, known account', '', fmt(p(timings.known, 50)), fmt(p(timings.known, 99))],
    ['401 unknown account', '', fmt(p(timings.unknown, 50)), fmt(p(timings.unknown, 99))],
    ['401 wrong password, legacy account', '', fmt(p(timings.legacy, 50)), fmt(p(timings.legacy, 99))]
  ]
  console.log(`PatentDesk platform bench (loopback, concurrency ${CONCURRENCY}, argon2id defaults)`)
  printTable(['what', 'throughput', 'p50', 'p99'], rows)
  const ratio = (a: number[], q: number) => (p(a, q) / p(timings.known, q)).toFixed(2)
  console.log(`unknown / known: p50 ${ratio(timings.unknown, 50)}, p99 ${ratio(timings.unknown, 99)}`)
  console.log(`legacy / known:  p50 ${ratio(timings.legacy, 50)}, p99 ${ratio(timings.legacy, 99)}`)

  console.log('\nPatentDesk filing bench (client core on an account file as the app opens it; platform over loopback)')
  printTable(['what', 'figure', 'side by side', 'ratio'], filing.rows)
  console.log('ratio: the core’s rate over the one beside it (1 = as fast); for the no-change sync, the time at 10,000 drafts over the time at 10')
  for (const note of filing.notes) console.log(`seeded: ${note}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
