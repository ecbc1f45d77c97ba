import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type Database from 'better-sqlite3'
import { hashPassword } from '../server/auth/password-hash'
import type { RunningPlatform } from '../server/start'
import type { SyncEngineOptions } from '../src/main/core/filing/sync-engine'
import { checkApplicationNumber } from '../src/shared/filing/application-number'
import { draftContentSchema, type DraftContentInput } from '../src/shared/filing/draft-content'
import { completeInvention } from '../test/filing-data'
import { filingDevice, openAccountFile, type FilingDevice } from '../test/filing-device'
import { ascending, ms, percentile, perSecond } from './stats'

/**
 * The filing engine's figures, each beside what it is compared with: the client core's draft
 * store and sync engine (test/filing-device.ts: an account file opened as the app opens it)
 * against the platform over loopback. Large data sets are seeded through the platform's stores
 * rather than over HTTP; the notes say which.
 */
const SAVES = Number(process.env.BENCH_SAVES ?? 4000)
const SAVE_BLOCK = 200
const AUTOSAVES = Number(process.env.BENCH_AUTOSAVES ?? 300)
const PUSHED = 1000
const PUSH_BLOCK = 100
const NOTICES = 10_000
const NOTICE_PULLS = 3
const MANY_DRAFTS = 10_000
const NO_CHANGE_ROUNDS = Number(process.env.BENCH_NO_CHANGE_ROUNDS ?? 300)
const LISTINGS = 100
const SUBMISSIONS = 20

const sentence = '本发明涉及一种可折叠的太阳能充电装置,包括折叠式光伏板、铰链组件与储能模块,展开后受光面积增大一倍。'
const bytesOf = (content: unknown) => Buffer.byteLength(JSON.stringify(content))
/** A complete invention whose description makes the draft about `kib` KiB of JSON; `tag` makes it distinct. */
function draftOfSize(kib: number, tag: string): DraftContentInput {
  const base = completeInvention()
  const repeats = Math.max(0, Math.ceil((kib * 1024 - bytesOf(base)) / Buffer.byteLength(sentence)))
  return { ...base, title: `${base.title} ${tag}`, description: `${sentence.repeat(repeats)} ${tag}` }
}

const timedMs = (run: () => unknown) => {
  const t0 = performance.now()
  run()
  return performance.now() - t0
}
async function timedAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now()
  const value = await run()
  return { ms: performance.now() - t0, value }
}
const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

export async function filingBench(platform: RunningPlatform): Promise<{ rows: string[][]; notes: string[] }> {
  const { store, filing } = platform.ctx
  const notes: string[] = []
  const password = 'Bench-Filing-2026'
  const passwordHash = await hashPassword(password)

  /** A new account, signed in over HTTP: its id and access token. */
  async function account() {
    const loginName = `filer-${randomUUID().slice(0, 8)}`
    const { id } = await store.createAccount({ id: randomUUID(), loginName, type: 'person', displayName: loginName, passwordHash, phone: null, email: null }, new Date())
    const res = await fetch(`${platform.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: loginName, password })
    })
    return { id, token: ((await res.json()) as { accessToken: string }).accessToken }
  }
  const device = (token: string | null, engine?: Partial<SyncEngineOptions>) => filingDevice(platform.url, () => token, { engine })
  const sync = async (d: FilingDevice) => unwrap(await d.engine.syncNow())

  // Autosave: the whole 100 KB draft written again, as the editor sends it, through the core's draft store.
  const editor = device(null)
  const big = draftOfSize(100, 'v0')
  const bigId = unwrap(editor.drafts.create({ content: big })).id
  const edits = Array.from({ length: AUTOSAVES }, (_, i) => draftOfSize(100, `v${i + 1}`))
  const autosaves = ascending(edits.map((content) => timedMs(() => unwrap(editor.drafts.update(bigId, { content })))))

  // Drafts saved per second, against the same rows written with raw better-sqlite3 inserts; the
  // two take turns by blocks, so that both see the same load on the machine.
  const typical = Array.from({ length: SAVES }, (_, i) => draftOfSize(4, `#${i}`))
  const saver = device(null)
  const raw = rawCopier(saver.db)
  let coreMs = 0
  let rawMs = 0
  for (let start = 0; start < SAVES; start += SAVE_BLOCK) {
    const ids: string[] = []
    coreMs += timedMs(() => typical.slice(start, start + SAVE_BLOCK).forEach((content) => ids.push(unwrap(saver.drafts.create({ content })).id)))
    rawMs += raw.copy(ids)
  }
  raw.close()

  // Push of 1,000 drafts written offline, by blocks; beside each block, the same drafts sent one
  // after the other with fetch alone (no core), so that both see the same load on the machine.
  let pushEnd = 0
  const pusher = device((await account()).token, {
    onEvent: (e) => {
      if (e.type === 'progress' && e.phase === 'push' && e.done === e.total) pushEnd = performance.now()
    }
  })
  const direct = await account()
  const push = { ms: 0, roundMs: 0, directMs: 0 }
  for (let block = 0; block < PUSHED / PUSH_BLOCK; block++) {
    const contents = Array.from({ length: PUSH_BLOCK }, (_, i) => draftOfSize(4, `push ${block}.${i}`))
    for (const content of contents) unwrap(pusher.drafts.create({ content }))
    const pushStart = performance.now()
    const round = await timedAsync(() => sync(pusher))
    if (round.value.pushed !== PUSH_BLOCK) throw new Error(`pushed ${round.value.pushed} of ${PUSH_BLOCK}`)
    push.ms += pushEnd - pushStart
    push.roundMs += round.ms
    push.directMs += (
      await timedAsync(async () => {
        for (const content of contents) {
          const res = await fetch(`${platform.url}/api/v1/drafts/${randomUUID()}`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${direct.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ baseRevision: 0, content })
          })
          if (res.status !== 200) throw new Error(`PUT answered ${res.status}`)
        }
      })
    ).ms
  }

  // Pull of 10,000 notices, seeded through the filing store, by a new device each time; beside
  // each pull, the same pages fetched with fetch alone (nothing stored).
  const reader = await account()
  const seedNotices = await timedAsync(async () => {
    for (let i = 0; i < NOTICES; i++) {
      await filing.addNotice({ id: randomUUID(), accountId: reader.id, kind: 'correction', title: `补正通知书 ${i}`, body: sentence, issuedAt: new Date().toISOString(), dueDate: '2027-03-31' })
    }
  })
  notes.push(`${NOTICES.toLocaleString('en')} notices seeded through FilingStore.addNotice, not over HTTP (${(seedNotices.ms / 1000).toFixed(1)} s)`)
  const pull = { ms: 0, directMs: 0 }
  for (let i = 0; i < NOTICE_PULLS; i++) {
    const pulled = await timedAsync(() => sync(device(reader.token)))
    if (pulled.value.pulledNotices !== NOTICES) throw new Error(`pulled ${pulled.value.pulledNotices} of ${NOTICES} notices`)
    const fetched = await timedAsync(async () => {
      let count = 0
      for (let since = '0', more = true; more; ) {
        const res = await fetch(`${platform.url}/api/v1/notices?since=${since}`, { headers: { authorization: `Bearer ${reader.token}` } })
        const page = (await res.json()) as { notices: unknown[]; cursor: string; hasMore: boolean }
        count += page.notices.length
        ;[since, more] = [page.cursor, page.hasMore && page.notices.length > 0]
      }
      return count
    })
    if (fetched.value !== NOTICES) throw new Error(`fetched ${fetched.value} of ${NOTICES} notices`)
    pull.ms += pulled.ms
    pull.directMs += fetched.ms
  }

  // Two accounts in step with the platform, one with 10 drafts, one with 10,000, each seeded
  // through the filing store and pulled by its device over HTTP.
  async function syncedDevice(drafts: number) {
    const owner = await account()
    const seeded = await timedAsync(async () => {
      for (let i = 0; i < drafts; i++) {
        const content = draftContentSchema.parse(draftOfSize(2, `batch-${i % 100} no. ${i}`))
        await filing.putDraft({ accountId: owner.id, id: randomUUID(), baseRevision: 0, content, at: new Date().toISOString() })
      }
    })
    const d = device(owner.token)
    const pulled = await timedAsync(() => sync(d))
    if (pulled.value.pulledDrafts !== drafts) throw new Error(`pulled ${pulled.value.pulledDrafts} of ${drafts} drafts`)
    return { device: d, seededMs: seeded.ms, pulledMs: pulled.ms }
  }
  const few = await syncedDevice(10)
  const many = await syncedDevice(MANY_DRAFTS)
  notes.push(
    `${MANY_DRAFTS.toLocaleString('en')} drafts seeded through FilingStore.putDraft, not over HTTP (${(many.seededMs / 1000).toFixed(1)} s), ` +
      `then pulled by the core over loopback in ${(many.pulledMs / 1000).toFixed(1)} s`
  )
  const noChange = { few: [] as number[], many: [] as number[] }
  for (const d of [few.device, many.device]) await sync(d) // warm-up
  for (let i = 0; i < NO_CHANGE_ROUNDS; i++) {
    noChange.few.push((await timedAsync(() => sync(few.device))).ms)
    noChange.many.push((await timedAsync(() => sync(many.device))).ms)
  }
  ascending(noChange.few)
  ascending(noChange.many)

  // Listing the 10,000 drafts in the core: the first page by last change with the total, and a search.
  const lister = many.device.drafts
  const firstPages = ascending(Array.from({ length: LISTINGS }, () => timedMs(() => lister.list())))
  if (lister.list().total !== MANY_DRAFTS) throw new Error('the list does not hold every draft')
  const searches = ascending(Array.from({ length: LISTINGS }, (_, i) => timedMs(() => lister.list({ search: `batch-${i % 100}` }))))

  // 20 submissions at once, over loopback: all filed, 20 distinct valid numbers.
  const submitter = await account()
  const auth = { authorization: `Bearer ${submitter.token}`, 'content-type': 'application/json' }
  const drafts = await Promise.all(
    Array.from({ length: SUBMISSIONS }, async () => {
      const id = randomUUID()
      const res = await fetch(`${platform.url}/api/v1/drafts/${id}`, { method: 'PUT', headers: auth, body: JSON.stringify({ baseRevision: 0, content: completeInvention() }) })
      if (res.status !== 200) throw new Error(`draft not stored: ${res.status}`)
      return id
    })
  )
  const submitted = await timedAsync(() =>
    Promise.all(
      drafts.map(async (draftId) => {
        const res = await fetch(`${platform.url}/api/v1/submissions`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ draftId, revision: 1, idempotencyKey: randomUUID() })
        })
        return { status: res.status, number: ((await res.json()) as { applicationNumber?: string }).applicationNumber ?? '' }
      })
    )
  )
  const numbers = submitted.value.filter((s) => s.status === 201).map((s) => s.number)
  const distinctValid = new Set(numbers.filter((n) => checkApplicationNumber(n).valid)).size

  const p = percentile
  const ratio = (a: number, b: number) => (a / b).toFixed(2)
  const seconds = (millis: number) => `${(millis / 1000).toFixed(2)} s`
  const rows = [
    [`autosave, ${Math.round(bytesOf(big) / 1024)} KiB draft (core draft store)`, `p50 ${ms(p(autosaves, 50))}, p99 ${ms(p(autosaves, 99))}`, `${AUTOSAVES} saves`, ''],
    [
      `drafts saved per second (${Math.round(bytesOf(typical[0]) / 1024)} KiB each)`,
      `core ${perSecond(SAVES, coreMs)}`,
      `raw better-sqlite3, same rows ${perSecond(SAVES, rawMs)}`,
      `${ratio(rawMs, coreMs)} (aim ≥ 0.5)`
    ],
    [
      `push ${PUSHED.toLocaleString('en')} drafts, loopback (core sync engine)`,
      `${seconds(push.ms)}, ${perSecond(PUSHED, push.ms)} (whole rounds, pulling them back too: ${seconds(push.roundMs)})`,
      `same PUTs with fetch alone: ${seconds(push.directMs)}, ${perSecond(PUSHED, push.directMs)}`,
      ratio(push.directMs, push.ms)
    ],
    [
      `pull ${NOTICES.toLocaleString('en')} notices, loopback (core sync engine)`,
      `${seconds(pull.ms / NOTICE_PULLS)} each (mean of ${NOTICE_PULLS}), ${perSecond(NOTICES * NOTICE_PULLS, pull.ms)}`,
      `same pages with fetch alone: ${seconds(pull.directMs / NOTICE_PULLS)}, ${perSecond(NOTICES * NOTICE_PULLS, pull.directMs)}`,
      ratio(pull.directMs, pull.ms)
    ],
    [
      'no-change sync',
      `10 drafts: p50 ${ms(p(noChange.few, 50))}, p99 ${ms(p(noChange.few, 99))}`,
      `${MANY_DRAFTS.toLocaleString('en')} drafts: p50 ${ms(p(noChange.many, 50))}, p99 ${ms(p(noChange.many, 99))}`,
      `${ratio(p(noChange.many, 50), p(noChange.few, 50))} (aim ≈ 1)`
    ],
    [
      `list ${MANY_DRAFTS.toLocaleString('en')} drafts (core): first 50 + total`,
      `p50 ${ms(p(firstPages, 50))}, p99 ${ms(p(firstPages, 99))}`,
      `search one word: p50 ${ms(p(searches, 50))}, p99 ${ms(p(searches, 99))}`,
      ''
    ],
    [`${SUBMISSIONS} concurrent submissions, loopback`, `${ms(submitted.ms)} for all`, `${distinctValid} of ${SUBMISSIONS} numbers distinct and valid`, '']
  ]
  return { rows, notes }
}

/**
 * Writes rows the core wrote to `source` (a draft, its first version, its outbox row) into a
 * fresh account file with prepared statements, one transaction per draft as the core commits
 * them. `copy` reads the drafts' rows first, then returns the milliseconds the writes took.
 */
function rawCopier(source: Database.Database) {
  type Row = Record<string, unknown>
  const target = openAccountFile(join(mkdtempSync(join(tmpdir(), 'patentdesk-bench-raw-')), 'account.sqlite'))
  const read = {
    draft: source.prepare<[string], Row>('SELECT * FROM drafts WHERE id = ?'),
    version: source.prepare<[string], Row>('SELECT * FROM draft_versions WHERE draft_id = ?'),
    outbox: source.prepare<[string], Row>('SELECT * FROM outbox WHERE target = ?')
  }
  const insertInto = (table: string, row: Row) =>
    target.prepare(`INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((k) => `@${k}`).join(', ')})`)
  let insert: Record<keyof typeof read, Database.Statement> | undefined
  const write = target.transaction((rows: Record<keyof typeof read, Row>) => {
    insert ??= { draft: insertInto('drafts', rows.draft), version: insertInto('draft_versions', rows.version), outbox: insertInto('outbox', rows.outbox) }
    insert.draft.run(rows.draft)
    insert.version.run(rows.version)
    insert.outbox.run(rows.outbox)
  })
  return {
    copy(ids: string[]): number {
      const drafts = ids.map((id) => ({ draft: read.draft.get(id)!, version: read.version.get(id)!, outbox: read.outbox.get(id)! }))
      return timedMs(() => drafts.forEach((rows) => write(rows)))
    },
    close: () => target.close()
  }
}
