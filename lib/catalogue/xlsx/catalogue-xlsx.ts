import "server-only";
import type { TCatalogueAccess } from "@/lib/access/catalogue-access";
import { unsafeImportCatalogue } from "@/lib/catalogue/mutations";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TCatalogueImportOutcome } from "@/lib/catalogue/admin-queries";
import { catalogueWorkbook } from "@/lib/catalogue/xlsx/export-catalogue-xlsx";
import { parseCatalogueWorkbook } from "@/lib/catalogue/xlsx/read-catalogue-xlsx";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadWorkbook } from "@/lib/workbook/import/read-upload";

// The admin's catalogue as a spreadsheet: export a version, import a workbook as a new version
// with the same validation and error list as the JSON import. Any admin exports (catalogue.read);
// only an admin of the whole installation imports (catalogue.import). The caller authorises.

export async function exportCatalogueXlsx(_access: TCatalogueAccess, versionId: string) {
  const version = await prisma.catalogueVersion.findUnique({ where: { id: versionId }, select: { code: true, version: true } });
  if (!version) throw new NotFoundError("Versi katalog tidak ditemukan.");
  const { catalogue } = await getCatalogue(versionId);
  const buffer = Buffer.from(await catalogueWorkbook(catalogue).xlsx.writeBuffer());
  return { buffer, fileName: `katalog-${version.code.toLowerCase()}-v${version.version}.xlsx` };
}

export async function importCatalogueXlsxUpload(access: TCatalogueAccess<"catalogue.import">, fileName: string, file: Buffer): Promise<TCatalogueImportOutcome> {
  const parsed = parseCatalogueWorkbook(await loadWorkbook(file, fileName));
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors };
  const result = await unsafeImportCatalogue(parsed.catalogue, access.user.id);
  return { status: result.created ? "created" : "unchanged", versionId: result.versionId, code: parsed.catalogue.code, version: result.version };
}
