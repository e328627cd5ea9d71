import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { item, signIn } from "./support";

// The LKE as a workbook: the unit downloads it, edits it in a spreadsheet and imports it back
// through a preview; the TPI downloads its side from the review overview.
const LKE = "/lke/asm-2026-kejari-bantaeng";
const CODE = 1;
const UNIT_ANSWER = 5;

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  return { workbook, name: file.suggestedFilename() };
}

function rowOf(sheet: ExcelJS.Worksheet, code: string) {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(CODE).value === code) found = row;
  });
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

async function saveTemp(workbook: ExcelJS.Workbook, name: string) {
  const file = path.join(os.tmpdir(), `${Date.now()}-${name}`);
  await workbook.xlsx.writeFile(file);
  return file;
}

test("the unit exports its LKE, imports an edited copy, sees the bad row named, fixes it and applies", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(LKE);
  const { workbook, name } = await download(page, "Unduh LKE (Excel)");
  expect(name).toBe("lke-zi-kejaksaan-negeri-bantaeng-2026.xlsx");
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["LKE", "Ringkasan", "_zi"]);
  const sheet = workbook.getWorksheet("LKE")!;
  expect(sheet.getRow(8).getCell(UNIT_ANSWER).value).toBe("Jawaban Unit");

  // One bad row: the preview names it and nothing can be applied.
  rowOf(sheet, "B.I.b").getCell(UNIT_ANSWER).value = "C";
  rowOf(sheet, "A.I.1.1.b").getCell(UNIT_ANSWER).value = "Z";
  const broken = await saveTemp(workbook, "lke-salah.xlsx");
  await page.getByRole("link", { name: "Impor dari Excel" }).click();
  await page.getByLabel(/Buku kerja LKE/).setInputFiles(broken);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page).toHaveURL(/\/impor\/[^/]+$/);
  const problem = page.getByTestId("import-problem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText("A.I.1.1.b");
  await expect(problem).toContainText("Jawaban 'Z' pada sel E");
  await expect(page.getByRole("button", { name: /^Terapkan/ })).toBeDisabled();

  // Fixed: one change, applied in one go.
  rowOf(sheet, "A.I.1.1.b").getCell(UNIT_ANSWER).value = null;
  const fixed = await saveTemp(workbook, "lke-benar.xlsx");
  await page.goto(`${LKE}/impor`);
  await page.getByLabel(/Buku kerja LKE/).setInputFiles(fixed);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("0 masalah");
  const changes = page.getByTestId("import-change");
  await expect(changes.filter({ hasText: "B.I.b" })).toHaveCount(1);
  await page.getByRole("button", { name: /^Terapkan/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LKE}\\?impor=`));
  await page.goto(`${LKE}/B.I`);
  await expect(item(page, "B.I.b").locator('input[type="radio"][value="C"]')).toBeChecked();
});

test("the TPI exports the workbook from the review overview, with its own columns", async ({ page }) => {
  await signIn(page, "tpi@zi.demo");
  await page.goto("/evaluasi/asm-2026-kejari-makassar");
  const { workbook, name } = await download(page, "Unduh LKE (Excel)");
  expect(name).toBe("lke-zi-kejaksaan-negeri-makassar-2026.xlsx");
  const header = (workbook.getWorksheet("LKE")!.getRow(8).values as unknown[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(["Jawaban TPI", "Nilai TPI", "Skor TPI", "Catatan TPI"]));
  const summary = workbook.getWorksheet("Ringkasan")!;
  const labels: unknown[] = [];
  summary.eachRow((row) => labels.push(row.getCell(1).value));
  expect(labels).toEqual(expect.arrayContaining([expect.stringContaining("Syarat predikat Wilayah Bebas dari Korupsi (WBK)")]));
  await expect(page.getByRole("link", { name: "Impor dari Excel" })).toHaveCount(0);
});

test("the admin exports a catalogue as XLSX and imports it back; a broken copy lists its cells", async ({ page }) => {
  await signIn(page, "admin@zi.demo");
  await page.goto("/admin/katalog");
  await page.getByRole("link", { name: "LKE-ZI-2021 versi 1" }).click();
  const { workbook, name } = await download(page, "Unduh XLSX");
  expect(name).toBe("katalog-lke-zi-2021-v1.xlsx");
  const same = await saveTemp(workbook, "katalog.xlsx");
  await page.goto("/admin/katalog");
  const form = page.locator("form").filter({ has: page.getByLabel(/Berkas katalog Excel/) });
  await form.getByLabel(/Berkas katalog Excel/).setInputFiles(same);
  await form.getByRole("button", { name: "Periksa dan impor XLSX" }).click();
  await expect(page.getByText("Isi sama dengan versi terakhir; tidak ada versi baru (LKE-ZI-2021 versi 1).")).toBeVisible();

  rowOf(workbook.getWorksheet("Simpul")!, "A.I.1.1").getCell(5).value = -1;
  const broken = await saveTemp(workbook, "katalog-salah.xlsx");
  await form.getByLabel(/Berkas katalog Excel/).setInputFiles(broken);
  await form.getByRole("button", { name: "Periksa dan impor XLSX" }).click();
  await expect(page.getByText(/Katalog tidak diimpor/)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "kolom 'Bobot'" }).filter({ hasText: "Bobot tidak boleh negatif" }).first()).toBeVisible();
});
