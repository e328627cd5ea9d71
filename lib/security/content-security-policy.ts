// Security headers that depend on the request: the CSP carries a fresh nonce per page (Next.js
// reads it from the request's CSP header and puts it on its own scripts), HSTS only over HTTPS.
// The fixed headers (Permissions-Policy, COOP, ...) are in next.config.ts and cover every route.

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

export function contentSecurityPolicy(nonce: string, { dev, https }: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the nonced Next.js runtime may load the page's own chunks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (bar widths, chart colours); a nonce cannot cover those.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, as browsers' preload lists expect; only ever sent over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
