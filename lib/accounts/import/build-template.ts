import "server-only";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { orderUnitTree } from "@/lib/units/unit-tree";
import { IMPORT_COLUMNS, ROLE_WORDS } from "@/lib/accounts/import/import-columns";

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } } as const;
const TEXT = "@";

/**
 * The user list template of an agency: the Pengguna sheet to fill (NIP and phone formatted as text
 * so Excel keeps every digit, Peran as a drop-down), the agency's active units with their codes,
 * and a short guide.
 */
export async function buildUserImportTemplate(agency: TAgencyAccess<"user.manage">): Promise<Buffer> {
  const units = orderUnitTree(await prisma.unit.findMany({
    where: { agencyId: agency.id, active: true }, select: { id: true, parentId: true, code: true, name: true, level: true },
  }));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pengguna");
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === "email" || c.key === "name" ? 32 : 22, style: { numFmt: TEXT } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => { cell.fill = HEADER_FILL; });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const roles = Object.values(ROLE_WORDS).map((w) => w[0]).join(",");
  const roleColumn = IMPORT_COLUMNS.findIndex((c) => c.key === "role") + 1;
  for (let r = 2; r <= 1001; r++) {
    sheet.getRow(r).getCell(roleColumn).dataValidation = { type: "list", allowBlank: true, formulae: [`"${roles}"`] };
  }

  const unitSheet = workbook.addWorksheet("Unit");
  unitSheet.columns = [{ header: "Kode Unit", width: 22 }, { header: "Nama Unit", width: 60 }, { header: "Tingkat", width: 20 }];
  unitSheet.getRow(1).font = { bold: true };
  for (const unit of units) unitSheet.addRow([unit.code, `${"  ".repeat(unit.depth)}${unit.name}`, unit.level]);

  const guide = workbook.addWorksheet("Petunjuk");
  guide.getColumn(1).width = 110;
  [
    `Impor pengguna ${agency.name}`,
    "",
    "1. Isi satu baris per pengguna pada lembar 'Pengguna'. Jangan ubah judul kolom.",
    "2. Nama dan Email wajib. NIP 18 angka (boleh kosong). Telepon boleh kosong.",
    `3. Peran: ${Object.values(ROLE_WORDS).map((w) => w[0]).join(", ")}.`,
    "4. Kode Unit: salin dari lembar 'Unit' (hanya unit instansi ini yang aktif).",
    "5. Satu email dan satu NIP hanya untuk satu pengguna. Peran tambahan diberikan dari halaman pengguna setelah impor.",
    "6. Unggah berkas di menu Pengguna > Impor. Aplikasi menampilkan pratinjau dan masalah per baris; akun baru dibuat",
    "   hanya setelah Anda menerapkan pratinjau, dan setiap pengguna menerima email undangan untuk membuat kata sandi.",
    "Berkas CSV (dipisah koma atau titik koma, UTF-8) dengan judul kolom yang sama juga diterima.",
  ].forEach((line) => guide.addRow([line]));
  guide.getRow(1).font = { bold: true, size: 13 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
