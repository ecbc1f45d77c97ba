import { join } from 'node:path'
import { configFromEnv } from '../../server/config'
import { startPlatform, type RunningPlatform } from '../../server/start'

/**
 * `npm start` runs against a platform of its own on 127.0.0.1, data under the user data dir.
 * Its codes go to the development outbox: it is a local platform, never the office's.
 */
export function startEmbeddedPlatform(userData: string): Promise<RunningPlatform> {
  return startPlatform({
    dataDir: join(userData, 'local-platform'),
    config: { ...configFromEnv(process.env), devOutbox: true },
    port: 0
  })
}
