import { expect, test } from "@playwright/test";
import { expectSaved, item, parseIdNumber, signIn } from "./support";

const LKE = "/lke/asm-2026-kejari-bantaeng";

test("a unit member answers items in two areas and Hasil; after a reload answers and scores remain", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await expect(page).toHaveURL(LKE);

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

  // The overview: 0,50 + 1,60 + 15,75; the total equals the parts shown.
  await page.goto(LKE);
  const total = parseIdNumber(await page.getByTestId("total-score").textContent());
  const parts = await Promise.all(["A.I", "A.II", "B"].map(async (code) => parseIdNumber(await page.getByTestId(`summary-score-${code}`).textContent())));
  expect(total).toBe(17.85);
  expect(parts).toEqual([0.5, 1.6, 15.75]);
  expect(Math.abs(total - parts.reduce((a, b) => a + b, 0))).toBeLessThan(0.005);
  await expect(page.getByTestId("node-score-A.I.1")).toContainText("2/12 terjawab");
});

test("bad input gets a clear Indonesian message and is not saved", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.II.5`);
  const complaints = item(page, "A.II.5.2.a");
  await complaints.getByLabel("Jumlah pengaduan masyarakat yang harus ditindaklanjuti").fill("2.5");
  await expect(complaints.getByRole("alert").first()).toContainText("Jumlah");
  await expect(complaints.getByTestId("save-status")).toHaveText("Belum tersimpan: periksa isian");
  await page.reload();
  await expect(item(page, "A.II.5.2.a").getByLabel("Jumlah pengaduan masyarakat yang harus ditindaklanjuti")).toHaveValue("");
});
