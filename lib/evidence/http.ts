import "server-only";
import type { Readable } from "node:stream";
import { toActionError } from "@/lib/action-result";
import { AppError, ForbiddenError } from "@/lib/errors";
import type { TLogger } from "@/lib/log/logger";

// Helpers of the bukti dukung route handlers (app/api/bukti).

const STATUS: Record<AppError["code"], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  INVALID_INPUT: 400,
  UNAVAILABLE: 503,
};

/** The same { ok: false, code, message } body as server actions, with a fitting status. */
export function errorResponse(error: unknown, log?: TLogger): Response {
  const body = toActionError(error, log);
  const own = (error as { status?: unknown }).status;
  const status = typeof own === "number" ? own : body.code === "INTERNAL" ? 500 : STATUS[body.code];
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Cross-site protection for the upload route (server actions have Next's own): the request must
 * come from a page of this site. Browsers always send Origin on a cross-site POST.
 */
export function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" or garbage: refused below
    }
    if (originHost && host && originHost === host) return;
  } else if (request.headers.get("sec-fetch-site") === "same-origin") {
    return;
  }
  throw new ForbiddenError("Unggahan ditolak: permintaan tidak berasal dari halaman aplikasi ini.");
}

/** A pull-based web stream over a Node stream: reads only as fast as the client takes it. */
export function toWebStream(stream: Readable): ReadableStream<Uint8Array> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
        stream.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The file name header: percent-encoded UTF-8, as the browser's encodeURIComponent makes it. */
export function decodeFileNameHeader(value: string | null): string {
  if (!value) return "berkas";
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
