import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger } from './logger'

describe('log rotation', () => {
  it('keeps the log within its size by setting old lines aside, and drops the oldest files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patentdesk-rotate-'))
    const log = createFileLogger(dir, 'info', { maxBytes: 2_000, keep: 2 })
    for (let i = 0; i < 200; i++) log.info({ i, refreshToken: `rt-${i}-secret` }, `line ${i}`)
    const logs = join(dir, 'logs')
    expect(readdirSync(logs).sort()).toEqual(['main.log', 'main.log.1', 'main.log.2'])
    for (const name of readdirSync(logs)) expect(statSync(join(logs, name)).size).toBeLessThanOrEqual(2_000)
    const lines = (name: string) => readFileSync(join(logs, name), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { i: number })
    // Newest in main.log, then .1, then .2; each line whole; nothing older survives.
    const newest = lines('main.log')
    expect(newest.at(-1)!.i).toBe(199)
    expect(lines('main.log.1').at(-1)!.i).toBe(newest[0].i - 1)
    expect(lines('main.log.2')[0].i).toBeGreaterThan(100)
    for (const name of readdirSync(logs)) expect(readFileSync(join(logs, name), 'utf8')).not.toContain('secret')
  })

  it('goes on appending to the file an earlier run left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patentdesk-rotate-'))
    createFileLogger(dir, 'info', { maxBytes: 10_000, keep: 1 }).info('first run')
    createFileLogger(dir, 'info', { maxBytes: 10_000, keep: 1 }).info('second run')
    const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf8')
    expect(text).toContain('first run')
    expect(text).toContain('second run')
  })
})
