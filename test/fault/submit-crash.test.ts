import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { signedInAccount } from '../filing-data'
import { openAccountFile } from '../filing-device'
import { startTestPlatform, type TestPlatform } from '../platform-fixture'
import { killSpawned, spawnTsx } from './spawn-tsx'

let platform: TestPlatform
let holdAnswers = true
let release!: () => void
const held = new Promise<void>((resolve) => (release = resolve))
let filed!: () => void
const filedOnPlatform = new Promise<void>((resolve) => (filed = resolve))

beforeAll(async () => {
  platform = await startTestPlatform({}, undefined, {
    // The platform files, then its answer is held back: the client dies before it arrives.
    prepare: (app) =>
      app.addHook('onSend', async (request, _reply, payload) => {
        if (holdAnswers && request.method === 'POST' && request.url === '/api/v1/submissions') {
          filed()
          await held
        }
        return payload
      })
  })
})
afterEach(killSpawned)
afterAll(async () => {
  release()
  await platform.close()
})

describe('the core killed between Submit and the platform’s answer', () => {
  it('files the application exactly once, after the restart, and stores that one answer', { timeout: 120_000 }, async () => {
    const account = await signedInAccount(platform)
    const dir = mkdtempSync(join(tmpdir(), 'patentdesk-submit-crash-'))
    const draftId = randomUUID()
    const run = (onLine?: (line: string) => void) =>
      spawnTsx(join(import.meta.dirname, 'submit-child.ts'), [platform.url, dir, draftId], {
        env: { PATENTDESK_TEST_TOKEN: account.token },
        onLine
      })

    const first = run()
    await Promise.race([filedOnPlatform, first.exited.then(() => Promise.reject(new Error(`child ended: ${first.stderr()}`)))])
    first.kill()
    expect((await first.exited).signal).toBe('SIGKILL')

    const local = openAccountFile(join(dir, 'account.sqlite'))
    expect(local.prepare('SELECT state, application_number AS n FROM submissions').all()).toEqual([{ state: 'queued', n: null }])
    local.close()

    holdAnswers = false
    let report = ''
    const second = run((line) => line.startsWith('{') && (report = line))
    expect((await second.exited).code).toBe(0)
    const { submissions } = JSON.parse(report) as { submissions: { state: string; applicationNumber: string }[] }
    expect(submissions).toEqual([expect.objectContaining({ state: 'filed' })])

    const server = new Database(join(platform.dataDir, 'platform.sqlite'), { readonly: true })
    const onPlatform = server.prepare('SELECT application_number AS n FROM submissions WHERE draft_id = ?').all(draftId)
    const receipts = server.prepare(`SELECT COUNT(*) AS n FROM notices WHERE account_id = ? AND kind = 'receipt'`).get(account.id)
    server.close()
    expect(onPlatform).toEqual([{ n: submissions[0]!.applicationNumber }])
    expect(receipts).toEqual({ n: 1 })
  })
})
