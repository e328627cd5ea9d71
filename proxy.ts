import { NextResponse, type NextRequest } from "next/server";
import { assignRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

// Runs before every request the app renders or handles, except static files and the upload
// route: Next.js holds the whole body of any request that passes through here in memory (and
// cuts it at 10 MB) before the route sees it, which would break streamed bukti dukung uploads.
// The upload route takes its request id itself.
export function proxy(request: NextRequest) {
  const forwarded = new Headers(request.headers);
  const requestId = assignRequestId(forwarded);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/bukti/unggah).*)"],
};
