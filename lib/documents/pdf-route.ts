import { getSessionUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/load-user";
import { AppError, InvalidStateError } from "@/lib/errors";

type TRender = (user: TSessionUser) => Promise<{ bytes: Buffer; fileName: string }>;

/**
 * A PDF download for a signed-in reader: inline, or as an attachment with ?unduh=1. A record the
 * user may not see answers 404 like one that does not exist; a document asked for too early
 * (not final, not earned) answers 409 with the reason.
 */
export async function pdfResponse(request: Request, render: TRender, label: Record<string, string>): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) return notFound();
    const { bytes, fileName } = await render(user);
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
    if (error instanceof InvalidStateError) return text(error.message, 409);
    if (error instanceof AppError) return notFound();
    console.error("[documents] rendering failed", { ...label, error });
    return text("Terjadi kesalahan pada server.", 500);
  }
}

function text(body: string, status: number) {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function notFound() {
  return text("Dokumen tidak ditemukan.", 404);
}
