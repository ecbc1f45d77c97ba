import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A real update folder over HTTP, as the platform serves `/updates/`; records every path asked for. */
export async function startUpdateFeed(files: Record<string, string | Buffer>) {
  const requests: string[] = []
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    requests.push(path)
    const body = files[path.replace(/^\/updates\//, '')]
    if (body === undefined) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/updates/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
export type UpdateFeedServer = Awaited<ReturnType<typeof startUpdateFeed>>

export const sha512 = (data: Buffer): string => createHash('sha512').update(data).digest('base64')

/** `latest-linux.yml` as electron-builder writes it, for one AppImage. */
export const linuxFeedYaml = (version: string, installer: Buffer, hash = sha512(installer)): string => `version: ${version}
files:
  - url: PatentDesk-${version}.AppImage
    sha512: ${hash}
    size: ${installer.length}
path: PatentDesk-${version}.AppImage
sha512: ${hash}
releaseDate: '2026-03-01T00:00:00.000Z'
`
