import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { sendError } from '../http/reply'

/** A file name electron-builder publishes: no folders, no dot-dot, nothing hidden. */
const fileName = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,200}$/

/**
 * The desktop client's update feed: the files of `dir` (latest.yml, latest-mac.yml,
 * latest-linux.yml, installers, blockmaps) under `/updates/`. A feed file is never cached, so a
 * new release is seen at the next check; installers never change once published.
 */
export function updateRoutes(app: FastifyInstance, dir: string): void {
  app.get<{ Params: { file: string } }>('/updates/:file', async (request, reply) => {
    const name = request.params.file
    const missing = () => sendError(reply, 404, 'NOT_FOUND', 'No such update file')
    if (!fileName.test(name) || name.includes('..')) return missing()
    const path = join(dir, name)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) return missing()
    const feed = name.endsWith('.yml')
    return reply
      .header('cache-control', feed ? 'no-cache' : 'public, max-age=31536000, immutable')
      .header('content-length', info.size)
      .type(feed ? 'text/yaml; charset=utf-8' : 'application/octet-stream')
      .send(createReadStream(path))
  })
}
