import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { exportCatalogueXlsx } from "@/lib/catalogue/xlsx/catalogue-xlsx";
import { downloadHeaders, downloadRefusal, XLSX_TYPE } from "@/lib/workbook/http";

export const dynamic = "force-dynamic";

// GET /api/katalog/<versionId>/xlsx: a catalogue version as a workbook (admins).
export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const { buffer, fileName } = await exportCatalogueXlsx(authorizeCatalogue(user, "catalogue.read"), versionId);
    return new Response(new Uint8Array(buffer), { headers: downloadHeaders(XLSX_TYPE, fileName, buffer.length) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
