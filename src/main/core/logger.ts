import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pino, { type Logger } from 'pino'

export type { Logger }

/** Any key that can hold a secret is censored wherever it appears, a second guard after "never log it". */
const secretKeys = ['password', 'currentPassword', 'newPassword', 'accessToken', 'refreshToken', 'token', 'authorization']
export const redactPaths = [...secretKeys, ...secretKeys.map((k) => `*.${k}`), ...secretKeys.map((k) => `*.*.${k}`)]

/** The main process log: JSON lines in `<dataDir>/logs/main.log`. */
export function createFileLogger(dataDir: string, level = 'info'): Logger {
  const dir = join(dataDir, 'logs')
  mkdirSync(dir, { recursive: true })
  return pino(
    { level, redact: { paths: redactPaths, censor: '[redacted]' } },
    pino.destination({ dest: join(dir, 'main.log'), sync: true })
  )
}

export const silentLogger = (): Logger => pino({ level: 'silent' })
