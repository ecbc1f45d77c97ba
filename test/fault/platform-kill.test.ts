import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAccount } from '../../server/admin/create-account'
import { FILING_PASSWORD } from '../filing-data'
import { filingDevice } from '../filing-device'
import { killSpawned, spawnTsx } from './spawn-tsx'

afterEach(killSpawned)

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** `npm run platform` in a process of its own, resolved once it listens. */
async function platformProcess(dataDir: string, port: number) {
  let listening!: () => void
  const ready = new Promise<void>((resolve) => (listening = resolve))
  const server = spawnTsx(join(import.meta.dirname, '..', '..', 'server', 'main.ts'), ['--port', String(port), '--data', dataDir], {
    env: { PLATFORM_LOG_LEVEL: 'silent', PLATFORM_IP_RATE_LIMIT: '100000' },
    onLine: (line) => line.includes('listening on') && listening()
  })
  await Promise.race([ready, server.exited.then(() => Promise.reject(new Error(`platform ended: ${server.stderr()}`)))])
  return server
}

async function until(condition: () => boolean, timeoutMs: number) {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('the platform killed in the middle of a sync', () => {
  it('loses nothing: the sync resumes by itself when the platform is back, and every draft arrives once', { timeout: 180_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patentdesk-platform-kill-'))
    await createAccount({ data: dataDir, login: 'resilient', password: FILING_PASSWORD })
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    let platform = await platformProcess(dataDir, port)
    const session = await fetch(`${url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'resilient', password: FILING_PASSWORD })
    })
    const { accessToken } = (await session.json()) as { accessToken: string }

    const device = filingDevice(url, () => accessToken, {
      engine: { backoff: { baseMs: 100, maxMs: 1_000 }, debounceMs: 10, idleMs: 60_000 }
    })
    const count = 120
    device.db.transaction(() => {
      for (let i = 0; i < count; i++) device.drafts.create({ content: { type: 'invention', title: `草稿 ${i}` } })
    })()
    device.engine.start()
    await until(() => device.requests.filter((r) => r.startsWith('PUT')).length >= 30, 60_000)
    platform.kill()
    await platform.exited
    await until(() => device.events.some((e) => e.type === 'status' && e.status.state === 'offline'), 30_000)
    const pending = device.drafts.list({ limit: 500 }).items.filter((d) => !d.synced).length
    expect(pending).toBeGreaterThan(0)

    platform = await platformProcess(dataDir, port)
    await until(() => device.drafts.list({ limit: 500 }).items.every((d) => d.synced), 90_000)
    await device.engine.stop()

    const titles: string[] = []
    let cursor = ''
    for (;;) {
      const page = (await (
        await fetch(`${url}/api/v1/drafts${cursor ? `?since=${cursor}` : ''}`, { headers: { authorization: `Bearer ${accessToken}` } })
      ).json()) as { changes: { content: { title: string } }[]; cursor: string; hasMore: boolean }
      titles.push(...page.changes.map((c) => c.content.title))
      cursor = page.cursor
      if (!page.hasMore) break
    }
    expect(titles.sort()).toEqual(Array.from({ length: count }, (_, i) => `草稿 ${i}`).sort())
    expect(device.drafts.list({ conflicts: true }).total).toBe(0)
    platform.kill()
    await platform.exited
  })
})
