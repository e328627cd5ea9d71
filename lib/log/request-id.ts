// Request ids: proxy.ts gives every request one (or keeps the load balancer's), forwards it to
// server components, server actions and route handlers as a request header, and echoes it in the
// response, so a user's "kode" and a log line can be matched. No server-only imports: proxy.ts
// calls this.

export const REQUEST_ID_HEADER = "x-request-id";

// An id from upstream is kept only when it is plainly an id (no spaces, quotes or control
// characters can reach a log line through it).
const UPSTREAM_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the one proxy.ts (or a load balancer) set when it is plainly an id, else a new one. */
export function requestIdOf(headers: Headers): string {
  const upstream = headers.get(REQUEST_ID_HEADER);
  return upstream && UPSTREAM_ID.test(upstream) ? upstream : crypto.randomUUID();
}

/** Sets the request id on the headers forwarded to the app and returns it. */
export function assignRequestId(forwardedHeaders: Headers): string {
  const requestId = requestIdOf(forwardedHeaders);
  forwardedHeaders.set(REQUEST_ID_HEADER, requestId);
  return requestId;
}
