import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { renderDocument } from "@/lib/documents/render-document";

export const dynamic = "force-dynamic";

// GET /api/dokumen/<assessmentId>/(lhe|berita-acara|lke)[?unduh=1]: the official PDF, rendered
// on request for those who may read the assessment. Everyone else gets the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; document: string }> }) {
  const { assessmentId, document } = await params;
  try {
    const user = await getSessionUser();
    if (!user) return notFound();
    const { bytes, fileName } = await renderDocument(user, assessmentId, document);
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
    if (error instanceof AppError) return notFound();
    console.error("[documents] rendering failed", { assessmentId, document, error });
    return new Response("Terjadi kesalahan pada server.", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}

function notFound() {
  return new Response("Dokumen tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
