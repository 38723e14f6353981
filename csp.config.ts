/**
 * The Content-Security-Policy of the built app: scripts and workers only from the app's own origin
 * (no inline script, no eval), data only from it or from blob: URLs the page made itself
 * (`connect-src 'self' blob:`: MapLibre's worker fetches the user's own layer from one), images
 * from it or from blob:/data: (MapLibre's icons and canvas), styles from it (inline style attributes are allowed:
 * Svelte and MapLibre position elements with them). The service worker and the web app manifest
 * come from the app's own origin too (`worker-src`, `manifest-src`).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'connect-src': "'self' blob:",
  'img-src': "'self' data: blob:",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** The policy as a header value; `frame-ancestors` only works as a header, not in a meta tag. */
export function cspHeader(): string {
  return cspMeta() + "; frame-ancestors 'none'";
}

/** The policy for the page's <meta http-equiv> (so any static host serves it). */
export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}
