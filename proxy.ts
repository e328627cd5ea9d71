import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";
import { checkActionBody, checkOrigin, checkUrl, type TRefusal } from "@/lib/security/request-checks";
import { assignRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

// Runs before every page, server action and route except static files and the upload routes
// (bukti dukung, rencana aksi files, workbooks): Next.js holds the whole body of any request that passes through here in
// memory (and cuts it at 10 MB) before the route sees it, which would break streamed uploads; those
// routes take their request id themselves (lib/uploads/upload-route.ts). Gives each request an id, refuses malformed requests
// with a 4xx, and puts the nonce CSP and HSTS on pages.
export async function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  const requestId = assignRequestId(requestHeaders);
  const page = !request.nextUrl.pathname.startsWith("/api/");
  const refusal = checkUrl(request.nextUrl) ?? checkOrigin(request) ?? (page ? await checkActionBody(request) : null);
  if (refusal) return refuse(refusal, requestId);

  // X-Forwarded-Proto is believed only from a trusted proxy (scripts/serve.mjs drops it otherwise).
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  if (page) requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (page) response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function refuse({ status, message }: TRefusal, requestId: string) {
  const code = status === 403 ? "FORBIDDEN" : "INVALID_INPUT";
  return NextResponse.json({ ok: false, code, message }, { status, headers: { "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId } });
}

export const config = {
  matcher: ["/((?!api/bukti/unggah|api/rencana-aksi/unggah|api/unggah/|_next/static|_next/image|favicon.ico|icon.svg|screenshots/).*)"],
};
