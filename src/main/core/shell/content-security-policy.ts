/**
 * The renderer's Content Security Policy, sent as a response header by the `app://` protocol
 * and by the browser test host. A header, unlike a meta tag, covers the page before it is
 * parsed and can forbid framing.
 */
export const rendererContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // Ant Design writes its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** Headers every response of the renderer carries. */
export const rendererSecurityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': rendererContentSecurityPolicy,
  'x-content-type-options': 'nosniff'
}
