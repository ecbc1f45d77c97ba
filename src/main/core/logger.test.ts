import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger } from './logger'

/** A logger writing to a fresh file, and a way to read what it wrote. */
function fileLogger() {
  const dir = mkdtempSync(join(tmpdir(), 'patentdesk-log-'))
  const log = createFileLogger(dir)
  return { log, text: () => readFileSync(join(dir, 'logs', 'main.log'), 'utf8') }
}

describe('file logger', () => {
  it('censors secrets even when a caller logs them by mistake', () => {
    const { log, text } = fileLogger()
    log.info({ password: 'hunter2-pass', session: { refreshToken: 'rt-secret', accessToken: 'at-secret' } }, 'oops')
    log.info({ request: { headers: { authorization: 'Bearer at-secret' } } }, 'oops')
    expect(text()).toContain('oops')
    for (const secret of ['hunter2-pass', 'rt-secret', 'at-secret']) expect(text()).not.toContain(secret)
  })

  it('censors secret keys at any depth, in any case or spelling, inside arrays too', () => {
    const { log, text } = fileLogger()
    log.warn(
      {
        a: { b: { c: { d: { Authorization: 'Bearer deep-access' } } } },
        reply: { body: { refresh_token: 'snake-refresh', tokens: [{ accessToken: 'array-access' }, { TOKEN: 'upper-token' }] } },
        form: { PASSWORD: 'upper-pass', CurrentPassword: 'mixed-current', 'new-password': 'kebab-new' },
        confirm: [[{ code: '482913' }]],
        kept: { accountId: 'acc-42', status: 401 }
      },
      'deep'
    )
    const written = text()
    for (const secret of ['deep-access', 'snake-refresh', 'array-access', 'upper-token', 'upper-pass', 'mixed-current', 'kebab-new', '482913']) {
      expect(written).not.toContain(secret)
    }
    const line = JSON.parse(written.trim())
    expect(line.a.b.c.d.Authorization).toBe('[redacted]')
    expect(line.confirm[0][0].code).toBe('[redacted]')
    // What is not secret stays readable.
    expect(line.kept).toEqual({ accountId: 'acc-42', status: 401 })
  })

  it('censors the bindings of a child logger and the fields of a logged error', () => {
    const { log, text } = fileLogger()
    const child = log.child({ request: { headers: { Authorization: 'Bearer child-secret' } } }).child({ Token: 'grandchild-secret' })
    const failure = Object.assign(new Error('refused'), { response: { refreshToken: 'error-secret' } })
    child.error({ err: failure }, 'failed')
    const written = text()
    expect(written).not.toContain('child-secret')
    expect(written).not.toContain('grandchild-secret')
    expect(written).not.toContain('error-secret')
    expect(JSON.parse(written.trim()).err).toMatchObject({ type: 'Error', message: 'refused' })
  })

  it('writes a cyclic or absurdly deep object without hanging or throwing', () => {
    const { log, text } = fileLogger()
    const cyclic: Record<string, unknown> = { name: 'loop', password: 'cyclic-pass' }
    cyclic.self = cyclic
    let deep: Record<string, unknown> = { token: 'bottom-secret' }
    for (let i = 0; i < 500; i++) deep = { next: deep }
    log.info({ cyclic, deep }, 'odd shapes')
    const written = text()
    expect(written).toContain('odd shapes')
    expect(written).toContain('[circular]')
    expect(written).not.toContain('cyclic-pass')
    expect(written).not.toContain('bottom-secret')
  })
})
