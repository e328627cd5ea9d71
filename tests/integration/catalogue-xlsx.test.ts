import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { catalogueChecksum } from "@/lib/catalogue/mutations";
import { getCatalogue } from "@/lib/catalogue/queries";
import { exportCatalogueXlsx, importCatalogueXlsxUpload } from "@/lib/catalogue/xlsx/catalogue-xlsx";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { samplePdf } from "@/tests/support/evidence-files";

// A catalogue version as a workbook and back: the same catalogue, and the JSON import's
// validation with every error placed on its sheet, row and column.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function exported() {
  const { buffer } = await exportCatalogueXlsx(world.users.admin, world.catalogueVersionId);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function importWorkbook(workbook: ExcelJS.Workbook) {
  return importCatalogueXlsxUpload(world.users.admin, "katalog.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
}

function rowOf(sheet: ExcelJS.Worksheet, code: string, column = 1) {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(column).value === code && !found) found = row;
  });
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

describe("catalogue XLSX", () => {
  it("round trip: the exported workbook imports as the same catalogue (no new version)", async () => {
    const outcome = await importWorkbook(await exported());
    expect(outcome).toEqual({ status: "unchanged", versionId: world.catalogueVersionId, code: "LKE-ZI-2021", version: 1 });
    expect(await prisma.catalogueVersion.count()).toBe(1);
  });

  it("an edited workbook becomes the next version with the edit and nothing else changed", async () => {
    const workbook = await exported();
    rowOf(workbook.getWorksheet("Simpul")!, "A.I.1.1").getCell(5).value = 0.75;
    rowOf(workbook.getWorksheet("Simpul")!, "A.I.1.2").getCell(5).value = 0.75;
    const outcome = await importWorkbook(workbook);
    expect(outcome).toMatchObject({ status: "created", version: 2 });
    if (outcome.status === "invalid") throw new Error("invalid");
    const [before, after] = await Promise.all([getCatalogue(world.catalogueVersionId), getCatalogue(outcome.versionId)]);
    expect(after.nodesByCode.get("A.I.1.1")?.weight).toBe(0.75);
    const restored = structuredClone(after.catalogue);
    restored.components[0]!.children[0]!.children[0]!.children[0]!.weight = 0.5;
    restored.components[0]!.children[0]!.children[0]!.children[1]!.weight = 1;
    expect(catalogueChecksum(restored)).toBe(catalogueChecksum(before.catalogue));
  });

  it("lists every problem with its sheet, row and column, and imports nothing", async () => {
    const workbook = await exported();
    const questions = workbook.getWorksheet("Butir")!;
    rowOf(questions, "A.I.1.1.a").getCell(4).value = "YA_ATAU_TIDAK";
    rowOf(questions, "A.II.5.2.a").getCell(11).value = 2; // whenDenominatorZero
    rowOf(questions, "A.I.1.1.b").getCell(3).value = { formula: "\"teks\"", result: "teks" };
    const options = workbook.getWorksheet("Opsi")!;
    rowOf(options, "A.I.1.2.a").getCell(4).value = "banyak";
    options.addRow(["Z.1", "A", "x", 1]);
    const outcome = await importWorkbook(workbook);
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    // A formula is reported before anything else is checked.
    expect(outcome.errors).toEqual([{ path: expect.stringMatching(/^Butir C\d+$/), message: "Sel berisi rumus; isi nilainya." }]);

    rowOf(questions, "A.I.1.1.b").getCell(3).value = "Teks yang diperbaiki";
    const second = await importWorkbook(workbook);
    if (second.status !== "invalid") throw new Error("expected invalid");
    expect(second.errors).toEqual([{ path: expect.stringMatching(/^Opsi baris \d+$/), message: "Butir 'Z.1' tidak ada pada lembar Butir." }]);

    options.spliceRows(options.rowCount, 1);
    const third = await importWorkbook(workbook);
    if (third.status !== "invalid") throw new Error("expected invalid");
    expect(third.errors).toEqual(expect.arrayContaining([
      { path: expect.stringMatching(/^Butir baris \d+, kolom 'Jenis jawaban'$/), message: expect.stringContaining("Jenis jawaban harus salah satu dari") },
      { path: expect.stringMatching(/^Butir baris \d+, kolom 'Nilai jika penyebut 0'$/), message: "Nilai harus antara 0 dan 1" },
      { path: expect.stringMatching(/^Opsi baris \d+, kolom 'Nilai'$/), message: "Harus berupa angka" },
    ]));
    expect(await prisma.catalogueVersion.count()).toBe(1);
  });

  it("refuses a missing sheet, missing columns and a file that is not a workbook", async () => {
    const workbook = await exported();
    workbook.removeWorksheet(workbook.getWorksheet("Masukan")!.id);
    workbook.getWorksheet("Opsi")!.getRow(1).getCell(4).value = "Skor";
    const outcome = await importWorkbook(workbook);
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { path: "Opsi baris 1", message: "Kolom 'Nilai' tidak ada pada baris judul." },
        { path: "Masukan", message: "Lembar 'Masukan' tidak ada. Gunakan berkas hasil unduhan katalog (XLSX) sebagai acuan." },
      ],
    });
    const error = await rejectionOf(importCatalogueXlsxUpload(world.users.admin, "katalog.xlsx", samplePdf("x")));
    expect(error?.message).toContain("bukan buku kerja Excel (.xlsx)");
  });

  it("is for admins only", async () => {
    expect(await rejectionOf(exportCatalogueXlsx(world.users.leaderRegion, world.catalogueVersionId))).toBeInstanceOf(NotFoundError);
    const { buffer } = await exportCatalogueXlsx(world.users.admin, world.catalogueVersionId);
    expect(await rejectionOf(importCatalogueXlsxUpload(world.users.memberA, "k.xlsx", buffer))).toBeInstanceOf(NotFoundError);
  });
});
