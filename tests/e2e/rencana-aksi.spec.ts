import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

// The rencana aksi main flow: a unit member plans steps in two areas (a bad entry refused in
// Indonesian), realises one with a file, finds the file offered on the matching LKE item and attaches
// it; the regional leader sees the unit's plan progress and opens its plan read-only.
const LKE = "/lke/asm-2026-kejari-bantaeng";

async function addStep(page: Page, indicator: string, fields: { description: string; output: string; months: string[]; target: string }) {
  await page.getByRole("button", { name: `Tambah langkah aksi indikator ${indicator}` }).click();
  const form = page.getByRole("form", { name: "Tambah langkah aksi" });
  await form.getByLabel("Langkah aksi").fill(fields.description);
  await form.getByLabel("Bukti fisik yang direncanakan").fill(fields.output);
  await form.getByLabel("Penanggung jawab").selectOption({ label: "Andi Tim Kerja" });
  await form.getByLabel("Tanggal target").fill(fields.target);
  for (const month of fields.months) await form.getByLabel(month, { exact: true }).check();
  await form.getByRole("button", { name: "Simpan langkah" }).click();
  await expect(form).toHaveCount(0);
}

test("a unit member plans, realises a step with a file and attaches it as bukti dukung; the leader sees the progress", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(LKE);
  await page.getByRole("link", { name: "Rencana aksi" }).click();
  await expect(page).toHaveURL(`${LKE}/rencana-aksi`);
  await expect(page.getByTestId("plan-total")).toHaveText("Belum ada langkah aksi");

  // Bad input: no month chosen is refused before anything is sent, in Indonesian.
  await page.getByRole("button", { name: "Tambah langkah aksi indikator A.I.1.1" }).click();
  const draft = page.getByRole("form", { name: "Tambah langkah aksi" });
  await draft.getByLabel("Langkah aksi").fill("Rapat pembentukan Tim Kerja");
  await draft.getByRole("button", { name: "Simpan langkah" }).click();
  await expect(draft).toContainText("Bukti fisik yang direncanakan wajib diisi.");
  await expect(draft).toContainText("Penanggung jawab wajib dipilih.");
  await expect(draft).toContainText("Pilih paling sedikit satu bulan rencana pelaksanaan.");
  await draft.getByRole("button", { name: "Batal" }).click();

  await addStep(page, "A.I.1.1", { description: "Rapat pembentukan Tim Kerja WBK", output: "SK Tim Kerja dan notula rapat", months: ["Jan", "Feb"], target: "2026-12-31" });
  await addStep(page, "A.I.2.1", { description: "Menyusun SOP kegiatan utama", output: "SOP yang ditandatangani Kepala", months: ["Des"], target: "2026-12-31" });
  const steps = page.getByTestId("plan-step");
  await expect(steps).toHaveCount(2);
  await expect(page.getByTestId("plan-area-A.I.1").getByTestId("area-progress")).toContainText("1 langkah · 0 dari 2 bulan rencana terealisasi");
  await expect(page.getByTestId("plan-area-A.I.2").getByTestId("plan-step")).toHaveText(/Menyusun SOP kegiatan utama/);

  // Realise January with a note and the signed SK.
  const first = page.getByTestId("plan-area-A.I.1").getByTestId("plan-step");
  await first.getByRole("button", { name: "Realisasi", exact: true }).click();
  const realise = page.getByRole("form", { name: "Realisasi langkah aksi" });
  await realise.getByLabel("Bulan").selectOption({ label: "Januari (rencana)" });
  await realise.getByLabel("Catatan realisasi").fill("Rapat 12 Januari, SK ditandatangani");
  await realise.getByLabel(/^Bukti \(opsional\)/).setInputFiles({ name: "SK Tim Kerja WBK.pdf", mimeType: "application/pdf", buffer: samplePdf("SK Tim Kerja WBK") });
  await realise.getByRole("button", { name: "Simpan realisasi" }).click();
  await expect(realise).toHaveCount(0);
  await expect(first.locator('[data-month="1"]')).toHaveAttribute("data-state", "done");
  await expect(first.getByRole("link", { name: "SK Tim Kerja WBK.pdf" })).toBeVisible();
  // A click on a planned month opens the realisation of that month, in place.
  await first.locator('[data-month="2"]').click();
  await expect(realise.getByLabel("Bulan")).toHaveValue("2");
  await realise.getByRole("button", { name: "Tutup" }).click();
  await expect(realise).toHaveCount(0);
  // By keyboard: a marked month is a button; Enter opens the same form. Unmarked months are not.
  await first.getByRole("button", { name: /^Februari: .*catat realisasi$/ }).focus();
  await page.keyboard.press("Enter");
  await expect(realise.getByLabel("Bulan")).toHaveValue("2");
  await realise.getByRole("button", { name: "Tutup" }).click();
  await expect(first.getByRole("button", { name: /^Maret:/ })).toHaveCount(0);

  // The LKE item of the same indicator offers the file; one click attaches it, naming the step.
  await page.goto(`${LKE}/A.I.1`);
  const panel = page.getByTestId("evidence-A.I.1.1.a");
  const offers = panel.getByTestId("plan-offers");
  await expect(offers).toContainText("SK Tim Kerja WBK.pdf");
  await offers.getByRole("button", { name: "Jadikan bukti dukung SK Tim Kerja WBK.pdf" }).click();
  const entry = panel.getByTestId("evidence-entry");
  await expect(entry.getByTestId("evidence-title")).toHaveText("SK Tim Kerja WBK.pdf");
  await expect(entry.getByTestId("evidence-plan-step")).toHaveText("Dari rencana aksi: Rapat pembentukan Tim Kerja WBK");
  await page.reload();
  await expect(page.getByTestId("evidence-A.I.1.1.a").getByTestId("evidence-plan-step")).toHaveText("Dari rencana aksi: Rapat pembentukan Tim Kerja WBK");
  await expect(page.getByTestId("evidence-A.I.1.1.a").getByTestId("plan-offers")).toHaveCount(0);

  // The regional leader: February has passed unrealised, so Kejari Bantaeng is late.
  await page.context().clearCookies();
  await signIn(page, "pimpinan.sulsel@zi.demo");
  await page.goto("/dasbor");
  const late = page.getByRole("list", { name: "Unit dengan langkah aksi terlambat" });
  await expect(late).toContainText("Kejaksaan Negeri Bantaeng");
  await late.getByRole("link", { name: "Kejaksaan Negeri Bantaeng" }).click();
  await expect(page.getByTestId("plan-step")).toHaveCount(1);
  await expect(page.getByTestId("plan-step")).toHaveAttribute("data-status", "terlambat");
  await expect(page.getByRole("button", { name: /Tambah langkah/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Realisasi", exact: true })).toHaveCount(0);
});

// Runs after the test above: Kejari Bantaeng's 2026 plan holds its two steps, so adding last year's
// is a deliberate choice. The 2025 plan (demo data) has three steps, every month realised.
test("a unit member adds last year's plan to the current one: months kept, realisation not carried", async ({ page }) => {
  await signIn(page, "anggota2@zi.demo");
  await page.goto(`${LKE}/rencana-aksi`);
  const steps = page.getByTestId("plan-step");
  await expect(steps).toHaveCount(2);
  const panel = page.getByRole("region", { name: "Mulai rencana aksi" });
  await panel.getByText("Tambahkan langkah dari templat instansi atau rencana tahun lalu").click();
  await expect(panel).toContainText("Rencana aksi Pembangunan Zona Integritas 2025: 3 langkah aksi.");
  const fromLastYear = panel.getByRole("button", { name: "Mulai dari rencana tahun lalu" });
  await expect(fromLastYear).toBeDisabled();
  await panel.getByLabel("Tambahkan ke 2 langkah aksi yang sudah ada (tidak ada langkah yang diganti atau dihapus)").check();
  await fromLastYear.click();
  await expect(panel.getByTestId("start-plan-result")).toHaveText("3 langkah aksi ditambahkan dari rencana aksi tahun 2025.");
  await expect(steps).toHaveCount(5);
  // Planned in January and February 2025 and realised then; this year both months are planned, not done.
  const carried = steps.filter({ hasText: "Rapat pembentukan Tim Kerja ZI 2025" });
  await expect(carried).toHaveCount(1);
  await expect(carried.locator('[data-month="1"]')).not.toHaveAttribute("data-state", "done");
  await expect(carried.locator('[data-month="1"]')).not.toHaveAttribute("data-state", "none");
  await expect(carried.locator('[data-month="3"]')).toHaveAttribute("data-state", "none");
  await expect(carried).toContainText("Andi Tim Kerja");
  // The agency's template is offered as well.
  await expect(panel).toContainText("Templat instansi: 5 langkah aksi.");
});

test("the agency admin adds a step to the agency's templat rencana aksi", async ({ page }) => {
  await signIn(page, "admin.kejaksaan@zi.demo");
  await page.goto("/");
  await page.getByRole("link", { name: "Templat rencana aksi" }).click();
  await expect(page.getByTestId("template-total")).toHaveText("5 langkah aksi dalam templat.");
  // Areas holding template steps are open (A.I.2 has two).
  await page.getByRole("button", { name: "Tambah langkah templat indikator A.I.2.2" }).click();
  const form = page.getByRole("form", { name: "Tambah langkah templat" });
  await form.getByLabel("Langkah aksi").fill("Membangun aplikasi layanan daring");
  await form.getByRole("button", { name: "Simpan langkah" }).click();
  await expect(form).toContainText("Bukti fisik yang direncanakan wajib diisi.");
  await form.getByLabel("Bukti fisik yang direncanakan").fill("Tangkapan layar aplikasi dan SK penerapan");
  await form.getByLabel("Jun", { exact: true }).check();
  await form.getByRole("button", { name: "Simpan langkah" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("template-indicator-A.I.2.2").getByTestId("template-step")).toContainText("Membangun aplikasi layanan daring");
  await expect(page.getByTestId("template-total")).toHaveText("6 langkah aksi dalam templat.");
});

test("the grid is usable on a 360 px phone: the table scrolls in its frame, the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "anggota.makassar@zi.demo");
  await page.goto("/lke/asm-2026-kejari-makassar/rencana-aksi");
  await expect(page.getByTestId("plan-step")).toHaveCount(6);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByTestId("plan-step").first().getByRole("button", { name: "Realisasi", exact: true }).click();
  const realise = page.getByRole("form", { name: "Realisasi langkah aksi" });
  await expect(realise.getByRole("button", { name: "Simpan realisasi" })).toBeInViewport();
});

test("the plan downloads as XLSX with every step of the grid, under the unit's name", async ({ page }) => {
  await signIn(page, "anggota.makassar@zi.demo");
  await page.goto("/lke/asm-2026-kejari-makassar/rencana-aksi");
  const rows = page.getByTestId("plan-step");
  await expect(rows).toHaveCount(6);
  const descriptions = (await rows.locator("td:first-child p:first-child").allInnerTexts()).map((t) => t.replace(/^\d+\.\s*/, ""));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh rencana aksi (Excel)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text))));
  expect(texts.join("\n")).toContain("Kejaksaan Negeri Makassar");
  for (const description of descriptions) expect(texts.join("\n")).toContain(description);
});

/** A small rencana aksi laid out like seed 002, with the person in charge column. */
async function seedLayoutFile(name: string, rows: (string | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Rencana Aksi");
  sheet.addRow(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KEJAKSAAN NEGERI BANTAENG TAHUN 2026"]);
  sheet.addRow(["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "PENANGGUNG JAWAB", "REALISASI WAKTU"]);
  sheet.addRow([null, null, null, null, null, null, "JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"]);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(os.tmpdir(), `${Date.now()}-${name}`);
  await workbook.xlsx.writeFile(file);
  return file;
}

const DECEMBER = [null, null, null, null, null, null, null, null, null, null, null, "V"];

test("a unit member imports a plan from a seed 002 sheet (one bad row shown, fixed, applied) and downloads the plan as PDF", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/rencana-aksi`);
  await page.getByRole("link", { name: "Impor dari Excel" }).click();
  await expect(page).toHaveURL(`${LKE}/rencana-aksi/impor`);
  const good = ["1", "Manajemen Perubahan", "A.I.1.2 Rencana Pembangunan Zona Integritas", "Menyusun rencana aksi ZI tahun berikutnya", "Dokumen rencana aksi", "Andi Tim Kerja", ...DECEMBER];
  const bad = [null, null, "A.I.9.9 Indikator lama", "Langkah pada indikator yang tidak ada", "Notula", "Andi Tim Kerja", ...DECEMBER];
  await page.getByLabel(/^Rencana aksi \(\.xlsx/).setInputFiles(await seedLayoutFile("rencana-salah.xlsx", [good, bad]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page).toHaveURL(/\/rencana-aksi\/impor\/[^/]+$/);
  await expect(page.getByTestId("plan-import-summary")).toContainText("2 baris, 1 langkah baru, 0 diperbarui, 0 tidak berubah, 1 bermasalah");
  const problem = page.getByTestId("plan-import-problem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText("Indikator 'A.I.9.9' tidak termasuk katalog LKE periode ini.");
  await expect(page.getByTestId("plan-import-ok")).toContainText("Langkah baru");
  await expect(page.getByRole("button", { name: "Terapkan 1 langkah aksi" })).toBeDisabled();

  // Fixed in the sheet, uploaded again, applied: the step is in the plan.
  await page.getByRole("link", { name: "unggah ulang" }).click();
  const fixed = [null, null, "A.I.1.3 Pemantauan dan Evaluasi Pembangunan WBK/WBBM", "Monev bulanan pembangunan ZI", "Laporan monev", "anggota@zi.demo", ...DECEMBER];
  await page.getByLabel(/^Rencana aksi \(\.xlsx/).setInputFiles(await seedLayoutFile("rencana-benar.xlsx", [good, fixed]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("plan-import-summary")).toContainText("2 langkah baru, 0 diperbarui, 0 tidak berubah, 0 bermasalah");
  await page.getByRole("button", { name: "Terapkan 2 langkah aksi" }).click();
  await expect(page).toHaveURL(`${LKE}/rencana-aksi?diimpor=2`);
  await expect(page.getByText("2 langkah aksi disimpan dari berkas impor.")).toBeVisible();
  await expect(page.getByTestId("plan-step").filter({ hasText: "Menyusun rencana aksi ZI tahun berikutnya" })).toHaveCount(1);
  await expect(page.getByTestId("plan-step").filter({ hasText: "Monev bulanan pembangunan ZI" })).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh rencana aksi (PDF)" }).click()]);
  expect(download.suggestedFilename()).toBe("rencana-aksi-zi-kejaksaan-negeri-bantaeng-2026.pdf");
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path())!)));
  const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
  expect(text).toContain("KEJAKSAAN NEGERI BANTAENG TAHUN 2026");
  expect(text).toContain("Menyusun rencana aksi ZI tahun berikutnya");
  expect(text).toContain("Monev bulanan pembangunan ZI");
  expect(text).toContain("Pada tanggal :");
});

test("another unit's member gets 404 for the plan", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  const response = await page.goto("/lke/asm-2026-kejari-makassar/rencana-aksi");
  expect(response?.status()).toBe(404);
});
