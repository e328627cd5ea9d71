import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

// Auth.js builds its own addresses (the OpenID Connect redirect URI above all) from the request URL
// of these handlers, but from the Host header in server actions (signIn). Behind our HTTP server
// Next.js gives handlers its own hostname ("localhost"), so the two would differ and the provider
// would refuse the code exchange. The handlers get the address the browser used, like the actions.
function asAddressed(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `${protocol}://${host}`);
  return new NextRequest(url, request);
}

export const GET = (request: NextRequest) => handlers.GET(asAddressed(request));
export const POST = (request: NextRequest) => handlers.POST(asAddressed(request));
