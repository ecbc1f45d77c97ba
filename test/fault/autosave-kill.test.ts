import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDraftStore } from '../../src/main/core/filing/draft-store'
import { openAccountFile } from '../filing-device'
import { killSpawned, spawnTsx } from './spawn-tsx'

afterEach(killSpawned)

describe('kill -9 during a burst of autosaves', () => {
  it('leaves a sound file holding every version that was committed, with its outbox row', { timeout: 90_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'patentdesk-autosave-')), 'account.sqlite')
    const id = randomUUID()
    for (let run = 0; run < 3; run++) {
      let committed = 0
      let reached!: () => void
      const enough = new Promise<void>((resolve) => (reached = resolve))
      const start = committed
      const child = spawnTsx(join(import.meta.dirname, 'autosave-child.ts'), [file, id], {
        onLine: (line) => {
          committed = Number(line)
          if (committed - start >= 40 + run * 13) reached()
        }
      })
      await Promise.race([enough, child.exited.then(() => Promise.reject(new Error(`child ended: ${child.stderr()}`)))])
      child.kill()
      expect((await child.exited).signal).toBe('SIGKILL')

      const db = openAccountFile(file)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const draft = createDraftStore(db).get(id)!
      // The child may commit once more between its last line and the kill, never less.
      expect(draft.version).toBeGreaterThanOrEqual(committed)
      expect(draft.title).toBe(`v${draft.version}`)
      expect(draft.content.description.startsWith(`${draft.version}\n`)).toBe(true)
      expect(db.prepare('SELECT MAX(version) AS v FROM outbox WHERE target = ?').get(id)).toEqual({ v: draft.version })
      expect(db.prepare('SELECT MAX(version) AS v FROM draft_versions WHERE draft_id = ?').get(id)).toEqual({ v: draft.version })
      db.close()
    }
  })
})
