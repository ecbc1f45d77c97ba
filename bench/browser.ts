import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { openAccountDatabase } from '../src/main/core/store/account-database'
import { filingMigrationList } from '../src/main/core/filing/account-migrations'
import { runAdmin, startHost, startPlatform, tempDir } from '../e2e/support/processes'
import { initialJs } from './initial-js'

/**
 * `npm run bench:browser` (after `npm run build && npm run build:host-bridge`): the renderer in
 * Chromium through the test host, against a real platform.
 * - drafts list: time from opening the list to its first rows, with 10,000 drafts in the account;
 * - autosave: time from the last keystroke to "saved" (the pause before saving included);
 * - the renderer's initial JavaScript, raw and gzipped.
 */
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 10_000)
const RUNS = 9
const login = `bench${Date.now().toString(36)}`
const password = 'Bench-Pass-2026'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
/** The nearest-rank 90th percentile: with few runs, the slowest but one or the slowest. */
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1]!
const fmt = (ms: number) => `${ms.toFixed(0)} ms`

async function main() {
  const work = tempDir('bench-browser')
  const platform = await startPlatform(join(work, 'platform'), join(work, 'platform.log'))
  const created = await runAdmin(['create-account', '--data', join(work, 'platform'), '--login', login, '--password', password, '--name', '基准测试', '--type', 'person'])
  const accountId = /\(([^)]+)\)/.exec(created)![1]!
  const clientDir = join(work, 'client')

  // The drafts are written straight into the account's file, as years of work would have left them.
  const db = openAccountDatabase(accountId, { dataDir: clientDir, origin: platform.url, extraMigrations: [filingMigrationList] })
  const insert = db.prepare(
    `INSERT INTO drafts (id, type, title, status, version, server_revision, content, search_text, created_at, updated_at, deleted)
     VALUES (?, ?, ?, 'draft', 1, 1, ?, ?, ?, ?, 0)`
  )
  const types = ['invention', 'utility_model', 'design'] as const
  db.transaction(() => {
    for (let i = 0; i < DRAFTS; i++) {
      const type = types[i % 3]!
      const title = `折叠椅 ${i}`
      const content = JSON.stringify({ type, title, applicants: [{ name: `申请人 ${i % 97}`, kind: 'person', country: 'CN' }], inventors: [], priorities: [], claims: [], description: '', abstract: '', attachments: [] })
      const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
      insert.run(randomUUID(), type, title, content, `${title}\n申请人 ${i % 97}`.toLowerCase(), at, at)
    }
  })()
  db.close()

  const host = await startHost(platform.url, clientDir, join(work, 'host.log'))
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage()
  try {
    await page.goto(host.url)
    await page.getByLabel('账号', { exact: true }).fill(login)
    await page.getByLabel('密码', { exact: true }).fill(password)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByTestId('nav-notices').waitFor()

    const listTimes: number[] = []
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate("location.hash = '#/agenda'")
      // The agenda's own title, not the navigation's label, and the list gone: otherwise the
      // list still on screen while the agenda loads would count as drawn at once.
      await page.getByText('期限日程（所有已登录账号）').waitFor()
      await page.getByTestId('draft-row').first().waitFor({ state: 'detached' })
      // Page scripts are strings: this file is typed for Node, the page is a browser.
      const ms = await page.evaluate<number>(`new Promise((done) => {
        const t0 = performance.now()
        location.hash = '#/drafts'
        const poll = () => (document.querySelector('[data-testid="draft-row"]') ? done(performance.now() - t0) : requestAnimationFrame(poll))
        poll()
      })`)
      listTimes.push(ms)
    }
    const counted = await page
      .getByText(`共 ${DRAFTS} 件`)
      .first()
      .waitFor({ timeout: 5000 })
      .then(() => true, () => false)
    const warm = listTimes.slice(1)
    console.log(
      `drafts list, ${DRAFTS} drafts (${counted ? 'all counted' : 'count not shown!'}): first rows after ${fmt(listTimes[0]!)} cold, ` +
        `warm median ${fmt(median(warm))}, p90 ${fmt(p90(warm))} (${warm.length} runs: ${warm.map((ms) => ms.toFixed(0)).join(', ')})`
    )

    await page.getByTestId('draft-row').first().click()
    const title = page.locator('#field-title')
    await title.waitFor()
    const saveTimes: number[] = []
    for (let run = 0; run < RUNS; run++) {
      await title.fill(`折叠椅 ${run}`)
      const ms = await page.evaluate<number>(`new Promise((done) => {
        const input = document.querySelector('#field-title')
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
        setter.call(input, input.value + '!')
        input.dispatchEvent(new Event('input', { bubbles: true }))
        const t0 = performance.now()
        const saved = () => document.querySelector('[data-testid="save-state"]')?.textContent === '已保存'
        // "saved" of the previous run may still show for a frame: wait for the pending state first.
        let pending = false
        const poll = () => {
          if (!saved()) pending = true
          if (pending && saved()) done(performance.now() - t0)
          else requestAnimationFrame(poll)
        }
        poll()
      })`)
      saveTimes.push(ms)
    }
    console.log(`autosave: last keystroke to "saved" median ${fmt(median(saveTimes))} (includes the 400 ms pause before saving)`)
  } finally {
    await browser.close()
    await host.stop()
    await platform.stop()
  }
  const js = initialJs()
  console.log(`renderer initial JS: ${js.files.length} files, ${(js.bytes / 1024).toFixed(1)} KiB, ${(js.gzip / 1024).toFixed(1)} KiB gzip`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
