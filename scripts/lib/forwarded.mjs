// Which forwarding headers a request may carry into the app. Only the HTTP server sees the TCP
// peer; it calls this before Next.js does anything, so every part of the app (Auth.js, throttling,
// the proxy's HSTS) reads headers it can believe.

/** TRUSTED_PROXY_HOPS: how many reverse proxies stand in front of the app (0: none). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS) {
  if (value === undefined || value === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${value}")`);
  }
  return hops;
}

/**
 * The client's address: the peer itself with no proxy, else the entry the outermost trusted proxy
 * appended. Entries further left were written by the client and are never believed.
 */
export function clientAddressOf(forwardedFor, remoteAddress, hops) {
  const listed = hops > 0 && forwardedFor ? forwardedFor.split(",").map((a) => a.trim()).filter(Boolean) : [];
  const chain = [...listed, remoteAddress || "unknown"];
  return plainAddress(chain[Math.max(0, chain.length - 1 - hops)]);
}

/** "::ffff:10.0.0.1" (IPv4 on an IPv6 socket) -> "10.0.0.1", so one client has one name. */
function plainAddress(address) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

const lastValue = (value) => (Array.isArray(value) ? value.join(",") : value ?? "").split(",").map((v) => v.trim()).filter(Boolean).pop();

/** Rewrites a Node request's headers in place (IncomingMessage.headers, lower-case names). */
export function normaliseForwardedHeaders(headers, remoteAddress, hops) {
  const forwardedFor = Array.isArray(headers["x-forwarded-for"]) ? headers["x-forwarded-for"].join(",") : headers["x-forwarded-for"];
  headers["x-forwarded-for"] = clientAddressOf(forwardedFor, remoteAddress, hops);
  delete headers["x-real-ip"];
  delete headers["forwarded"];
  // X-Forwarded-Host stays: it carries no more than the Host header a client chooses anyway, and
  // Next.js needs it on the server action requests it forwards to itself (its Origin check).
  if (hops === 0) {
    delete headers["x-forwarded-proto"]; // Next.js sets it from the socket
  } else {
    const proto = lastValue(headers["x-forwarded-proto"]);
    if (proto === "https" || proto === "http") headers["x-forwarded-proto"] = proto;
    else delete headers["x-forwarded-proto"];
  }
}
