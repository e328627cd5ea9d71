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
import { authorizeCatalogue } from "@/lib/access/catalogue-access";


// A catalogue version as a workbook and back: the same catalogue, and the JSON import's
// validation with every error placed on its sheet, row and column.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function exported() {
  const { buffer } = await exportCatalogueXlsx(authorizeCatalogue(world.users.admin, "catalogue.read"), world.catalogueVersionId);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function importWorkbook(workbook: ExcelJS.Workbook) {
  return importCatalogueXlsxUpload(authorizeCatalogue(world.users.admin, "catalogue.import"), "katalog.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
}

function rowOf(sheet: ExcelJS.Worksheet, code: string, column = 1) {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(column).value === code && !found) found = row;
  });
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

function headerColumn(sheet: ExcelJS.Worksheet, header: string) {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

describe("catalogue XLSX", () => {
  it("round trip: the exported workbook imports as the same catalogue (no new version)", async () => {
    const outcome = await importWorkbook(await exported());
    expect(outcome).toEqual({ status: "unchanged", versionId: world.catalogueVersionId, code: "LKE-ZI-2021", version: 1 });
    expect(await prisma.catalogueVersion.count({ where: { instrument: "LKE_ZI" } })).toBe(1);
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

  it("carries item keys and count constraints: both round trip, and an edit to either is a new version", async () => {
    const workbook = await exported();
    const constraints = workbook.getWorksheet("Batasan")!;
    expect(rowOf(constraints, "A.II.3.3.a").values).toEqual([
      undefined, "A.II.3.3.a", "partsWithinTotal", "disanksi", "lalu,kini",
      "Jumlah pelanggaran yang diberi sanksi tidak boleh melebihi jumlah pelanggaran tahun sebelumnya ditambah tahun ini",
    ]);
    const questions = workbook.getWorksheet("Butir")!;
    const keyColumn = headerColumn(questions, "Kunci butir");
    rowOf(questions, "A.I.1.1.a").getCell(keyColumn).value = "A-I-1-1-a-2020";
    rowOf(constraints, "A.II.3.3.a").getCell(headerColumn(constraints, "Pesan")).value = "Pelanggaran yang disanksi melebihi jumlah pelanggaran";
    const outcome = await importWorkbook(workbook);
    expect(outcome).toMatchObject({ status: "created", version: 2 });
    if (outcome.status === "invalid") throw new Error("invalid");
    const loaded = await getCatalogue(outcome.versionId);
    const itemOf = (code: string) => loaded.itemsById.get(loaded.itemIdByCode.get(code)!)!.item;
    expect(itemOf("A.I.1.1.a").key).toBe("A-I-1-1-a-2020");
    expect(itemOf("A.II.3.3.a").constraints).toEqual([
      { kind: "partsWithinTotal", parts: ["disanksi"], total: ["lalu", "kini"], message: "Pelanggaran yang disanksi melebihi jumlah pelanggaran" },
    ]);

    // Version 2, exported and imported again, is the same catalogue: the key and the edit survive.
    const { buffer } = await exportCatalogueXlsx(authorizeCatalogue(world.users.admin, "catalogue.read"), outcome.versionId);
    const again = await importCatalogueXlsxUpload(authorizeCatalogue(world.users.admin, "catalogue.import"), "katalog-v2.xlsx", buffer);
    expect(again).toEqual({ status: "unchanged", versionId: outcome.versionId, code: "LKE-ZI-2021", version: 2 });
  });

  it("places problems with keys and constraints on their sheet, row and column", async () => {
    const workbook = await exported();
    const questions = workbook.getWorksheet("Butir")!;
    rowOf(questions, "A.I.1.1.b").getCell(headerColumn(questions, "Kunci butir")).value = "kunci lama";
    const constraints = workbook.getWorksheet("Batasan")!;
    rowOf(constraints, "A.II.3.3.a").getCell(headerColumn(constraints, "Bagian")).value = "disanksi, dihukum";
    constraints.addRow(["A.I.1.1.a", "partsWithinTotal", "a", "b"]);
    const outcome = await importWorkbook(workbook);
    if (outcome.status !== "invalid") throw new Error("expected invalid");
    const batasanRow = (code: string) => rowOf(constraints, code).number;
    expect(outcome.errors).toEqual(expect.arrayContaining([
      { path: `Butir baris ${rowOf(questions, "A.I.1.1.b").number}, kolom 'Kunci butir'`, message: "Kunci butir tidak boleh mengandung spasi" },
      { path: `Batasan baris ${batasanRow("A.II.3.3.a")}, kolom 'Bagian'`, message: "Masukan 'dihukum' pada batasan tidak didefinisikan di inputs" },
      { path: `Batasan baris ${batasanRow("A.I.1.1.a")}`, message: "Hanya butir PERCENT yang boleh memiliki batasan jumlah" },
    ]));
    expect(outcome.errors).toHaveLength(3);
    expect(await prisma.catalogueVersion.count({ where: { instrument: "LKE_ZI" } })).toBe(1);
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
    expect(await prisma.catalogueVersion.count({ where: { instrument: "LKE_ZI" } })).toBe(1);
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
    const error = await rejectionOf(importCatalogueXlsxUpload(authorizeCatalogue(world.users.admin, "catalogue.import"), "katalog.xlsx", samplePdf("x")));
    expect(error?.message).toContain("bukan buku kerja Excel (.xlsx)");
  });

  it("is for admins only", async () => {
    // authorizeCatalogue refuses at once, as the route calls it before anything else.
    expect(() => authorizeCatalogue(world.users.leaderRegion, "catalogue.read")).toThrow(NotFoundError);
    const { buffer } = await exportCatalogueXlsx(authorizeCatalogue(world.users.admin, "catalogue.read"), world.catalogueVersionId);
    expect(buffer.length).toBeGreaterThan(0);
    expect(() => authorizeCatalogue(world.users.memberA, "catalogue.import")).toThrow(NotFoundError);
  });
});
