import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pino, { type Logger } from 'pino'
import { createRotatingFile, defaultRotation, type Rotation } from './rotating-file'

export type { Logger }

/** Any key that can hold a secret is censored wherever it appears, a second guard after "never log it". */
const secretKeys = ['password', 'currentPassword', 'newPassword', 'accessToken', 'refreshToken', 'token', 'authorization']
export const redactPaths = [...secretKeys, ...secretKeys.map((k) => `*.${k}`), ...secretKeys.map((k) => `*.*.${k}`)]

/** The main process log: JSON lines in `<dataDir>/logs/main.log`, rotated by size. */
export function createFileLogger(dataDir: string, level = 'info', rotation: Rotation = defaultRotation): Logger {
  const dir = join(dataDir, 'logs')
  mkdirSync(dir, { recursive: true })
  return pino(
    { level, redact: { paths: redactPaths, censor: '[redacted]' } },
    createRotatingFile(join(dir, 'main.log'), rotation)
  )
}

export const silentLogger = (): Logger => pino({ level: 'silent' })
