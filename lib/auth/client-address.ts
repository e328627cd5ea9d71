import "server-only";

let warned = false;

/**
 * The client's address, as the HTTP server in front of Next.js decided it (scripts/serve.mjs):
 * the TCP peer, or the address the trusted proxies name (TRUSTED_PROXY_HOPS). It rewrites
 * X-Forwarded-For to that one address. Without that server the header is whatever the client
 * wrote, so it is not believed: every request then counts as "unknown".
 */
export function clientAddress(headers: Headers): string {
  if (process.env.ZI_FORWARDED_HEADERS !== "normalised") {
    if (!warned) console.warn("[auth] started without scripts/serve.mjs: client addresses are unknown, sign-in throttling is per email only");
    warned = true;
    return "unknown";
  }
  return headers.get("x-forwarded-for")?.trim() || "unknown";
}
