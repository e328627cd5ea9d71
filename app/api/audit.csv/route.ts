import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { pickAuditAgency } from "@/lib/audit-viewer/pick-agency";
import { listAuditEvents } from "@/lib/audit-viewer/queries";
import { parseAuditFilters } from "@/lib/audit-viewer/schemas";
import { auditCsv } from "@/lib/audit-viewer/audit-csv";

const refusal = (status: 401 | 404, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

// GET /api/audit.csv with the viewer's filters: every matching event, authorised here.
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return refusal(401, "Silakan masuk terlebih dahulu.");
  try {
    const filters = parseAuditFilters(new URL(request.url).searchParams);
    const { agency } = await pickAuditAgency(user, filters.instansi);
    const { events } = await listAuditEvents(agency, filters, true);
    return new Response(auditCsv(events), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="jejak-audit.csv"', "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return refusal(404, "Halaman tidak ditemukan.");
    throw error;
  }
}
