import { getSessionUser } from "@/lib/auth/session";
import { authorizePlanFile } from "@/lib/access/plan-access";
import { AppError } from "@/lib/errors";
import { downloadHeaders } from "@/lib/evidence/download-headers";
import { toWebStream } from "@/lib/evidence/http";
import { openPlanFile } from "@/lib/plans/open-plan-file";

export const dynamic = "force-dynamic";

// GET /api/rencana-aksi/berkas/<fileId>[?unduh=1]: a file a plan step produced, for those who may
// read its LKE. Everyone else gets the same 404 as for a file that does not exist.
export async function GET(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  try {
    const user = await getSessionUser();
    if (!user) return notFound();
    const file = await openPlanFile(await authorizePlanFile(user, fileId, "assessment.read"));
    return new Response(toWebStream(file.stream), { status: 200, headers: downloadHeaders(file, new URL(request.url).searchParams.get("unduh") === "1") });
  } catch (error) {
    if (error instanceof AppError) return notFound();
    console.error("[plans] download failed", { fileId, error });
    return new Response("Terjadi kesalahan pada server.", { status: 500, headers: plainHeaders() });
  }
}

function notFound() {
  return new Response("Berkas tidak ditemukan.", { status: 404, headers: plainHeaders() });
}

function plainHeaders() {
  return { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };
}
