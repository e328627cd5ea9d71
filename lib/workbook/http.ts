import "server-only";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/evidence/file-name";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Headers of a workbook or zip download: never cached, always a download. */
export function downloadHeaders(contentType: string, fileName: string, size?: number): Headers {
  const headers = new Headers({
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition("attachment", fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  });
  if (size !== undefined) headers.set("Content-Length", String(size));
  return headers;
}

function plain(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Downloads answer a record the user may not see exactly like one that does not exist. */
export function downloadRefusal(error: unknown): Response {
  if (error instanceof AppError) {
    if (error.code === "UNAUTHENTICATED") return plain(401, error.message);
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") return plain(404, "Halaman tidak ditemukan.");
    return plain(400, error.message);
  }
  console.error("[workbook] download failed", error);
  return plain(500, "Terjadi kesalahan pada server.");
}
