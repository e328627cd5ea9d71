import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { authorizeAgency } from "@/lib/access/period-access";
import { getAgencyLogo } from "@/lib/agency-settings/queries";

export const dynamic = "force-dynamic";

// GET /api/instansi/<agencyId>/logo: the letterhead logo, for the admins who manage the agency
// (preview on the settings page). Everyone else: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ agencyId: string }> }) {
  const { agencyId } = await params;
  try {
    const user = await getSessionUser();
    if (!user) return notFound();
    const logo = await getAgencyLogo(await authorizeAgency(user, agencyId, "agency.manage"));
    return new Response(new Uint8Array(logo.bytes), {
      headers: { "Content-Type": logo.mimeType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof AppError) return notFound();
    console.error("[documents] logo failed", { agencyId, error });
    return new Response("Terjadi kesalahan pada server.", { status: 500 });
  }
}

function notFound() {
  return new Response("Logo tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
