/**
 * The Content-Security-Policy of the built app: scripts, styles, workers and data only from the
 * site itself; no inline script or style, no eval. `vite build` puts it in `index.html` as a
 * `<meta>` (so any static host enforces it), `vite preview` and the e2e server also send it as a
 * header (where `frame-ancestors`, which a `<meta>` cannot carry, works too).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as a `<meta http-equiv>` may carry it. */
export const CSP_META = DIRECTIVES.join('; ');

/** The policy as an HTTP header. */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
