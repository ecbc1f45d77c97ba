import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { protocol } from 'electron'
import { APP_SCHEME, rendererFileFor } from './core/shell/renderer-protocol'

const rendererDir = join(__dirname, '../renderer')

/**
 * Before the app is ready: `app:` becomes a standard, secure scheme, so its pages have a real
 * origin (`app://patentdesk`), relative URLs and storage. Not CORS-enabled: other origins cannot read it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])
}

/** Serves the built renderer on `app://patentdesk/`; which file answers, and its headers (CSP), the core decides. */
export function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const found = rendererFileFor(request, rendererDir)
    if (!found) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(found.file)
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers: found.headers })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
