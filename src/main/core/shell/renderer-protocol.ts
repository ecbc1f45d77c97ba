import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { rendererSecurityHeaders } from './content-security-policy'

/**
 * The built renderer is served from `app://patentdesk/`, a privileged standard scheme: a real
 * origin (unlike `file:`, whose pages all share the opaque origin "null"), so IPC can trust
 * exactly this one.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'patentdesk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8'
}

export type RendererFile = { file: string; headers: Record<string, string> }

/**
 * Which file under `rendererDir` answers a request to the `app:` scheme, with the headers to
 * send, or null (answered 404). Only GET/HEAD on our host; no way out of `rendererDir`,
 * whether by `..`, an encoded backslash, a drive letter or a NUL byte.
 */
export function rendererFileFor(request: { method: string; url: string }, rendererDir: string): RendererFile | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password || url.port) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const segments = path.split('/').filter((s) => s !== '')
  // `:` would name a Windows drive or alternate data stream.
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null
  if (segments.length === 0) segments.push('index.html')
  const root = resolve(rendererDir)
  const file = resolve(root, ...segments)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null
  return {
    file,
    headers: {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      ...rendererSecurityHeaders
    }
  }
}
