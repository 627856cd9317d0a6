/**
 * The renderer's Content Security Policy, the same in Electron (app:// protocol) and in the browser host. Monaco needs
 * inline styles and a same-origin worker; nothing else is loosened.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
