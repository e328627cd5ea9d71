import { expect, test, type Page } from "@playwright/test";
import { expectSaved, item, parseIdNumber, signIn } from "./support";

const LKE = "/lke/asm-2026-kejari-bantaeng";

test("a unit member answers items in two areas and Hasil; after a reload answers and scores remain", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await expect(page).toHaveURL(LKE);
  // Other specs may have answered other items of this demo unit: measure what this test adds.
  const before = await overviewScores(page);

  // Pemenuhan, Manajemen Perubahan: an option item and its evidence narrative.
  await page.goto(`${LKE}/A.I.1`);
  await item(page, "A.I.1.1.a").getByLabel("Ya").check();
  await expectSaved(page, "A.I.1.1.a");
  await item(page, "A.I.1.1.b").getByRole("radio", { name: /Jika dengan prosedur\/mekanisme yang jelas/ }).check();
  await expectSaved(page, "A.I.1.1.b");
  await item(page, "A.I.1.1.a").getByLabel("Bukti dukung (uraian)").fill("SK Kepala Kejaksaan Negeri Bantaeng Nomor KEP-01 tentang Tim Kerja ZI");
  await expectSaved(page, "A.I.1.1.a");
  await expect(page.getByTestId("live-score-A.I.1.1")).toHaveText("0,50");

  // Reform, Penguatan Akuntabilitas: a PERCENT item shows its percentage live.
  await page.goto(`${LKE}/A.II.4`);
  const percent = item(page, "A.II.4.1.a");
  await percent.getByLabel("Jumlah sasaran kinerja", { exact: true }).fill("5");
  await percent.getByLabel("Jumlah sasaran kinerja yang tercapai 100% atau lebih").fill("4");
  await expect(page.getByTestId("percent-A.II.4.1.a")).toHaveText("Persentase: 80,00%");
  await expectSaved(page, "A.II.4.1.a");
  await expect(page.getByTestId("live-score-A.II.4.1")).toHaveText("1,60");

  // Hasil: a survey index typed with the Indonesian decimal comma.
  await page.goto(`${LKE}/B.I`);
  await item(page, "B.I.a").getByLabel("Nilai indeks survei (0,00 - 4,00)").fill("3,60");
  await expectSaved(page, "B.I.a");
  await expect(page.getByTestId("live-score-B.I").first()).toHaveText("15,75");

  await page.reload();
  await expect(item(page, "B.I.a").getByLabel("Nilai indeks survei (0,00 - 4,00)")).toHaveValue("3,60");
  await page.goto(`${LKE}/A.I.1`);
  await expect(item(page, "A.I.1.1.a").getByLabel("Ya")).toBeChecked();
  await expect(item(page, "A.I.1.1.a").getByLabel("Bukti dukung (uraian)")).toHaveValue(/KEP-01/);
  await expect(page.getByTestId("live-score-A.I.1")).toHaveText("0,50");

  // The overview: +0,50 Pemenuhan, +1,60 Reform, +15,75 Hasil; the total equals the parts shown.
  const after = await overviewScores(page);
  expect(after.parts.map((p, i) => round2(p - before.parts[i]!))).toEqual([0.5, 1.6, 15.75]);
  expect(round2(after.total - before.total)).toBe(17.85);
  // Each figure is rounded for display from full precision: three parts differ by at most 3 × 0,005.
  expect(Math.abs(after.total - after.parts.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.015 + 1e-9);
  await expect(page.getByTestId("node-score-A.I.1")).toContainText("2/12 terjawab");
});

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The overview's total and the three parts it is made of (Pemenuhan, Reform, Hasil). */
async function overviewScores(page: Page) {
  await page.goto(LKE);
  const total = parseIdNumber(await page.getByTestId("total-score").textContent());
  const parts = await Promise.all(["A.I", "A.II", "B"].map(async (code) => parseIdNumber(await page.getByTestId(`summary-score-${code}`).textContent())));
  return { total, parts };
}

test("bad input gets a clear Indonesian message and is not saved, but what was typed is not lost", async ({ page, browser }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.II.5`);
  const complaints = item(page, "A.II.5.2.a");
  const field = "Jumlah pengaduan masyarakat yang harus ditindaklanjuti";
  await complaints.getByLabel(field).fill("2.5");
  await expect(complaints.getByRole("alert").first()).toContainText("Jumlah");
  await expect(complaints.getByTestId("save-status")).toHaveText("Belum tersimpan: periksa isian");
  // This browser keeps the typed value (with its message) across a reload...
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(item(page, "A.II.5.2.a").getByLabel(field)).toHaveValue("2.5");
  await expect(item(page, "A.II.5.2.a").getByTestId("save-status")).toHaveText("Belum tersimpan: periksa isian");
  // ...but the server holds nothing: another member's browser shows the item empty.
  const other = await browser.newPage();
  await signIn(other, "anggota2@zi.demo");
  await other.goto(`${LKE}/A.II.5`);
  await expect(item(other, "A.II.5.2.a").getByLabel(field)).toHaveValue("");
  await other.close();
  // Fixing the value saves it and the browser's copy goes.
  await item(page, "A.II.5.2.a").getByLabel(field).fill("");
  await expect(item(page, "A.II.5.2.a").getByTestId("save-status")).toHaveText("Tersimpan");
});
