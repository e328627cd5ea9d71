import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { toWebStream } from "@/lib/evidence/http";
import { downloadHeaders, downloadRefusal } from "@/lib/workbook/http";
import { openRegionZip } from "@/lib/workbook/region-zip";

export const dynamic = "force-dynamic";

// GET /api/dasbor/lke.zip?periode=<periodId>&wilayah=<unitId>: every LKE workbook of a region, streamed.
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const zip = await openRegionZip(await authorizeDashboard(user), query.get("periode") || undefined, query.get("wilayah") ?? "", request.url);
    return new Response(toWebStream(zip.archive), { headers: downloadHeaders("application/zip", zip.fileName) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
