import { NextResponse, type NextRequest } from "next/server";
import { assignRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

// Runs before every request the app renders or handles (not static files).
export function proxy(request: NextRequest) {
  const forwarded = new Headers(request.headers);
  const requestId = assignRequestId(forwarded);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
