import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { AppError } from "@/lib/errors";
import type { TLogger } from "@/lib/log/logger";

const plain = { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };

/** Public file routes: unpublished, unknown and deleted alike answer the same 404. */
export function publicFileError(error: unknown, log: TLogger, context: Record<string, string>): Response {
  if (error instanceof AppError) return new Response("Berkas tidak ditemukan.", { status: 404, headers: plain });
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error, ...context }, "database unavailable");
    return new Response("Server sedang tidak dapat menjangkau basis data; coba lagi sebentar lagi.", { status: 503, headers: plain });
  }
  log.error({ err: error, ...context }, "public file failed");
  return new Response("Terjadi kesalahan pada server.", { status: 500, headers: plain });
}
