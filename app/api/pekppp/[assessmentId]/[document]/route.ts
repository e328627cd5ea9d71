import { getSessionUser } from "@/lib/auth/session";
import { AppError, InvalidStateError } from "@/lib/errors";
import { renderIndexDocument } from "@/lib/pekppp/documents/render-index-document";

export const dynamic = "force-dynamic";

// GET /api/pekppp/<assessmentId>/(berita-acara|laporan|sertifikat)[?unduh=1]: the PEKPPP PDF of a final evaluation, rendered
// on request for those who may read the assessment. Everyone else gets the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; document: string }> }) {
  const { assessmentId, document } = await params;
  try {
    const user = await getSessionUser();
    if (!user) return notFound();
    const { bytes, fileName } = await renderIndexDocument(user, assessmentId, document);
    const disposition = new URL(request.url).searchParams.get("unduh") === "1" ? "attachment" : "inline";
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(bytes.length),
        "Content-Disposition": `${disposition}; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    // A reader asking too early (not final) or for a certificate the category does not earn.
    if (error instanceof InvalidStateError) return new Response(error.message, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    if (error instanceof AppError) return notFound();
    console.error("[pekppp] rendering failed", { assessmentId, document, error });
    return new Response("Terjadi kesalahan pada server.", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}

function notFound() {
  return new Response("Dokumen tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
