import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, NotFoundError } from "@/lib/errors";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { listDashboardUnits } from "@/lib/dashboard/list-dashboard-units";
import { parseUnitQuery } from "@/lib/dashboard/schemas";
import { exportColumns, exportFileName } from "@/lib/dashboard/export-columns";
import { toCsv } from "@/lib/dashboard/to-csv";
import { toXlsx } from "@/lib/dashboard/to-xlsx";

const CONTENT_TYPE = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

function refusal(status: 401 | 404, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * The unit table as a file, with the same filters and sort as the page (every matching row, not
 * one page). Authorised here, on the server: the link being hidden is not a check. Anyone without
 * a dashboard role, or asking for a period outside their scope, gets 404.
 */
export async function exportUnitsResponse(request: Request, format: "xlsx" | "csv"): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return refusal(401, "Silakan masuk terlebih dahulu.");
  try {
    const query = parseUnitQuery(new URL(request.url).searchParams);
    const context = await getDashboardContext(await authorizeDashboard(user), query.periode);
    if (!isReady(context)) throw new NotFoundError("Belum ada periode penilaian.");
    const { rows, areas } = await listDashboardUnits(context, query, true);
    const columns = exportColumns(areas);
    const body =
      format === "xlsx"
        ? new Uint8Array(await toXlsx(columns, rows, { title: `Unit ${context.period.name}`, generatedAt: context.now }))
        : toCsv(columns, rows);
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPE[format],
        "Content-Disposition": `attachment; filename="${exportFileName(context.period.year, format)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return refusal(404, "Halaman tidak ditemukan.");
    throw error;
  }
}
