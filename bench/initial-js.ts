import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript the renderer loads before it shows anything: the entry script of
 * out/renderer/index.html and every chunk it preloads, raw and gzipped. Screens loaded on
 * demand are not counted. Run after `npm run build`.
 */
export function initialJs(dir = 'out/renderer'): { files: string[]; bytes: number; gzip: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!)
  let bytes = 0
  let gzip = 0
  for (const f of files) {
    const body = readFileSync(join(dir, f))
    bytes += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  return { files, bytes, gzip }
}

if (process.argv[1]?.endsWith('initial-js.ts')) {
  const { files, bytes, gzip } = initialJs()
  console.log(`renderer initial JS: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`)
}
