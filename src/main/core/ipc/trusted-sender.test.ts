import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from '../shell/renderer-protocol'
import { isTrustedSender } from './trusted-sender'

const main = (url: string) => ({ url, isMainFrame: true })

describe('trusted IPC sender', () => {
  it('trusts the main frame of our app:// renderer and of a listed dev origin', () => {
    const trusted = [APP_ORIGIN, 'http://127.0.0.1:5173']
    expect(isTrustedSender(main(APP_ENTRY_URL), trusted)).toBe(true)
    expect(isTrustedSender(main(`${APP_ORIGIN}/index.html#/change-password`), trusted)).toBe(true)
    expect(isTrustedSender(main('http://127.0.0.1:5173/#/'), trusted)).toBe(true)
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false }, trusted)).toBe(false)
  })

  it('never trusts a page with an opaque origin, even when the list holds one', () => {
    // Node gives every URL of a scheme it does not know the origin "null", our own app: included.
    const trusted = [APP_ORIGIN, 'about:blank', 'data:text/html,x', 'null', 'file:///opt/patentdesk/out/renderer/index.html']
    for (const url of [
      'about:blank',
      'about:srcdoc',
      'data:text/html,<script>window.api.signIn()</script>',
      `blob:${APP_ORIGIN}/6f1c7a7e-2a7e-4e8e-9a57-0c9d6c1b8f10`,
      'blob:http://127.0.0.1:5173/6f1c7a7e-2a7e-4e8e-9a57-0c9d6c1b8f10',
      'file:///opt/patentdesk/out/renderer/index.html',
      'file:///tmp/evil.html',
      'javascript:alert(1)',
      'chrome-error://chromewebdata/',
      'null',
      ''
    ]) {
      expect(isTrustedSender(main(url), trusted), url).toBe(false)
    }
  })

  it('trusts no other host or scheme that looks like ours', () => {
    const trusted = [APP_ORIGIN]
    for (const url of ['app://evil/index.html', 'app://patentdesk.evil/', 'app://patentdesk:1/', 'https://patentdesk/', 'other://patentdesk/']) {
      expect(isTrustedSender(main(url), trusted), url).toBe(false)
    }
  })
})
