import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAgency } from "@/lib/access/period-access";
import { buildUserImportTemplate } from "@/lib/accounts/import/build-template";
import { downloadHeaders, downloadRefusal, XLSX_TYPE } from "@/lib/workbook/http";
import { parseInput, zId } from "@/lib/validation";

export const dynamic = "force-dynamic";

// GET /api/pengguna/templat.xlsx?instansi=..  The user list template, with the agency's unit codes.
export async function GET(request: Request) {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const agencyId = parseInput(zId(40), new URL(request.url).searchParams.get("instansi") ?? "");
    const agency = await authorizeAgency(user, agencyId, "user.manage");
    const buffer = await buildUserImportTemplate(agency);
    return new Response(new Uint8Array(buffer), { headers: downloadHeaders(XLSX_TYPE, "templat-impor-pengguna.xlsx", buffer.length) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
