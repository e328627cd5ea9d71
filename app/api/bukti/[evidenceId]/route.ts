import { getSessionUser } from "@/lib/auth/session";
import { authorizeEvidence } from "@/lib/access/evidence-access";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { AppError } from "@/lib/errors";
import { downloadHeaders } from "@/lib/evidence/download-headers";
import { toWebStream } from "@/lib/evidence/http";
import { openEvidenceFile } from "@/lib/evidence/open-evidence";
import { loggerForRequest } from "@/lib/log/request-logger";

export const dynamic = "force-dynamic";

// GET /api/bukti/<evidenceId>[?versi=N][&unduh=1]: the file, for those who may read the entry's
// LKE. Everyone else (signed out, other units, deleted entries) gets the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  const query = new URL(request.url).searchParams;
  const versionText = query.get("versi");
  const version = versionText === null ? undefined : Number(versionText);
  try {
    const user = await getSessionUser();
    if (!user || (version !== undefined && !(Number.isInteger(version) && version >= 1))) return notFound();
    const file = await openEvidenceFile(await authorizeEvidence(user, evidenceId, "evidence.read"), version);
    return new Response(toWebStream(file.stream), { status: 200, headers: downloadHeaders(file, query.get("unduh") === "1") });
  } catch (error) {
    if (error instanceof AppError) return notFound();
    const log = loggerForRequest(request);
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error, evidenceId }, "database unavailable");
      return new Response("Server sedang tidak dapat menjangkau basis data; coba lagi sebentar lagi.", { status: 503, headers: plainHeaders() });
    }
    log.error({ err: error, evidenceId }, "download failed");
    return new Response("Terjadi kesalahan pada server.", { status: 500, headers: plainHeaders() });
  }
}

function notFound() {
  return new Response("Bukti dukung tidak ditemukan.", { status: 404, headers: plainHeaders() });
}

function plainHeaders() {
  return { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };
}
