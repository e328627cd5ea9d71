import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";
import { checkActionBody, checkOrigin, checkUrl, type TRefusal } from "@/lib/security/request-checks";

// Runs before every page, server action and route except static files, the evidence upload and
// the workbook uploads (whose body may exceed what a proxy passes on, see the matcher): refuses
// malformed requests with a 4xx and puts the nonce CSP and HSTS on pages.
export async function proxy(request: NextRequest) {
  const page = !request.nextUrl.pathname.startsWith("/api/");
  const refusal = checkUrl(request.nextUrl) ?? checkOrigin(request) ?? (page ? await checkActionBody(request) : null);
  if (refusal) return refuse(refusal);

  // X-Forwarded-Proto is believed only from a trusted proxy (scripts/serve.mjs drops it otherwise).
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  if (page) requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (page) response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function refuse({ status, message }: TRefusal) {
  const code = status === 403 ? "FORBIDDEN" : "INVALID_INPUT";
  return NextResponse.json({ ok: false, code, message }, { status, headers: { "Cache-Control": "no-store" } });
}

export const config = {
  matcher: ["/((?!api/bukti/unggah|api/unggah/|_next/static|_next/image|favicon.ico|icon.svg|screenshots/).*)"],
};
