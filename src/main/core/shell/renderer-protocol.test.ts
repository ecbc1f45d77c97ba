import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererContentSecurityPolicy } from './content-security-policy'
import { APP_ENTRY_URL, APP_ORIGIN, rendererFileFor } from './renderer-protocol'

const root = resolve('/opt/patentdesk/out/renderer')
const get = (url: string) => rendererFileFor({ method: 'GET', url }, root)

describe('app:// renderer protocol', () => {
  it('maps our pages and assets to files under the renderer folder, with the CSP and the right type', () => {
    expect(get(APP_ENTRY_URL)).toEqual({
      file: join(root, 'index.html'),
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': rendererContentSecurityPolicy,
        'x-content-type-options': 'nosniff'
      }
    })
    expect(get(`${APP_ORIGIN}/`)?.file).toBe(join(root, 'index.html'))
    expect(get(`${APP_ORIGIN}/index.html#/sign-in`)?.file).toBe(join(root, 'index.html'))
    expect(get(`${APP_ORIGIN}/assets/index-Bx1.js?v=2`)).toMatchObject({
      file: join(root, 'assets', 'index-Bx1.js'),
      headers: { 'content-type': 'text/javascript; charset=utf-8' }
    })
    expect(get(`${APP_ORIGIN}/assets/%E5%AD%97%E4%BD%93.woff2`)?.file).toBe(join(root, 'assets', '字体.woff2'))
    expect(get(`${APP_ORIGIN}/assets/blob.bin`)?.headers['content-type']).toBe('application/octet-stream')
    expect(rendererFileFor({ method: 'HEAD', url: APP_ENTRY_URL }, root)?.file).toBe(join(root, 'index.html'))
  })

  it('never reaches a file outside the renderer folder', () => {
    // Plain dot segments are resolved by the URL parser itself, inside our host's root.
    for (const url of [`${APP_ORIGIN}/../../../etc/passwd`, `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`, `${APP_ORIGIN}/a/./../../x.js`]) {
      const found = get(url)
      expect(found === null || found.file.startsWith(root + sep), url).toBe(true)
    }
    // What only decoding would turn into a way out is refused.
    for (const url of [
      `${APP_ORIGIN}/assets/..%2F..%2F..%2Fetc%2Fpasswd`,
      `${APP_ORIGIN}/assets/%2E%2E%2F%2E%2E%2Fmain%2Findex.js`,
      `${APP_ORIGIN}/..%5C..%5Cmain%5Cindex.js`,
      `${APP_ORIGIN}/assets/%00.js`,
      `${APP_ORIGIN}/C:%2FWindows%2Fwin.ini`,
      `${APP_ORIGIN}/index.html::$DATA`,
      `${APP_ORIGIN}/%E0%A4%A`
    ]) {
      expect(get(url), url).toBeNull()
    }
  })

  it('answers only GET and HEAD, on our own host, of our own scheme', () => {
    expect(rendererFileFor({ method: 'POST', url: APP_ENTRY_URL }, root)).toBeNull()
    for (const url of [
      'app://evil/index.html',
      'app://patentdesk.evil/index.html',
      'app://patentdesk:8080/index.html',
      'app://user:pw@patentdesk/index.html',
      'file:///opt/patentdesk/out/renderer/index.html',
      'https://patentdesk/index.html',
      'not a url'
    ]) {
      expect(get(url), url).toBeNull()
    }
  })
})
