import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pino, { type Logger, type LoggerOptions } from 'pino'
import { redactSecrets } from './redact-secrets'
import { createRotatingFile, defaultRotation, type Rotation } from './rotating-file'

export type { Logger }

/**
 * Every log object and every child logger's bindings pass through the deep redactor, a second
 * guard after "never log it". pino's own `redact` paths cannot say "this key at any depth".
 */
export const redactingFormatters: NonNullable<LoggerOptions['formatters']> = {
  log: (object) => redactSecrets(object) as Record<string, unknown>,
  bindings: (bindings) => redactSecrets(bindings) as pino.Bindings
}

/** The main process log: JSON lines in `<dataDir>/logs/main.log`, rotated by size. */
export function createFileLogger(dataDir: string, level = 'info', rotation: Rotation = defaultRotation): Logger {
  const dir = join(dataDir, 'logs')
  mkdirSync(dir, { recursive: true })
  const logger = pino({ level, formatters: redactingFormatters }, createRotatingFile(join(dir, 'main.log'), rotation))
  return withRedactedChildBindings(logger)
}

/**
 * pino applies `formatters.bindings` to the root logger only, so a child's bindings are
 * redacted here. Children inherit this `child` through the prototype, at any depth.
 */
function withRedactedChildBindings(logger: Logger): Logger {
  const child = logger.child
  logger.child = function (this: Logger, bindings, options) {
    return child.call(this, redactSecrets(bindings) as pino.Bindings, options)
  } as Logger['child']
  return logger
}

export const silentLogger = (): Logger => pino({ level: 'silent' })
