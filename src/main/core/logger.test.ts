import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger } from './logger'

describe('file logger', () => {
  it('censors secrets even when a caller logs them by mistake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patentdesk-log-'))
    const log = createFileLogger(dir)
    log.info({ password: 'hunter2-pass', session: { refreshToken: 'rt-secret', accessToken: 'at-secret' } }, 'oops')
    log.info({ request: { headers: { authorization: 'Bearer at-secret' } } }, 'oops')
    const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf8')
    expect(text).toContain('oops')
    for (const secret of ['hunter2-pass', 'rt-secret', 'at-secret']) expect(text).not.toContain(secret)
  })
})
