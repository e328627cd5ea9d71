import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { parseIdNumber, signIn } from "./support";

// The leadership dashboard on the demo data: 8 Kejari units in three Kejati; Sulawesi Selatan has
// Bantaeng (nothing answered), Makassar (complete, strong) and Gowa (60%).
const SULSEL = "Kejaksaan Tinggi Sulawesi Selatan";
const SULSEL_UNITS = ["Kejaksaan Negeri Bantaeng", "Kejaksaan Negeri Gowa", "Kejaksaan Negeri Makassar"];

test("the leader opens the dashboard, filters a region, sorts by score, opens a unit and downloads the XLSX", async ({ page }) => {
  await signIn(page, "pimpinan@zi.demo");
  await page.goto("/dasbor");
  await expect(page.getByRole("heading", { name: "Dasbor pimpinan", level: 1 })).toBeVisible();
  await expect(page.getByTestId("unit-count")).toHaveText("8");
  await expect(page.getByRole("heading", { name: "Sebaran nilai total" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "10 indikator dengan rata-rata terendah" })).toBeVisible();
  await expect(page.getByTestId("weakest-indicators").getByRole("listitem")).toHaveCount(10);

  await page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: "Tabel unit" }).click();
  await expect(page.getByTestId("unit-row")).toHaveCount(8);
  await page.getByLabel("Wilayah").selectOption({ label: SULSEL });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/wilayah=unit-kejati-sulsel/);
  await expect(page.getByTestId("unit-row")).toHaveCount(3);
  await expect(page.getByTestId("unit-region")).toHaveText([SULSEL, SULSEL, SULSEL]);
  expect((await page.getByTestId("unit-link").allTextContents()).sort()).toEqual(SULSEL_UNITS);

  // Sort by self-score: highest first, the region filter kept; then the other way round.
  await page.getByRole("link", { name: /^Nilai mandiri/ }).click();
  await expect(page).toHaveURL(/urut=mandiri/);
  await expect(page).toHaveURL(/wilayah=unit-kejati-sulsel/);
  await expect(page.getByRole("columnheader", { name: /Nilai mandiri/ })).toHaveAttribute("aria-sort", "descending");
  const scores = (await page.getByTestId("self-total").allTextContents()).map(parseIdNumber);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores[0]).toBeGreaterThan(scores[2]!);
  const order = await page.getByTestId("unit-link").allTextContents();
  expect(order).toEqual(["Kejaksaan Negeri Makassar", "Kejaksaan Negeri Gowa", "Kejaksaan Negeri Bantaeng"]);
  const tableUrl = page.url();

  // The XLSX carries the same filtered, sorted rows.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh XLSX" }).click()]);
  expect(download.suggestedFilename()).toBe("dasbor-unit-zi-2026.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Unit")!;
  expect(sheet.rowCount).toBe(4);
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 6)).toEqual(["Peringkat instansi", "Peringkat wilayah", "Unit", "Kode unit", "Wilayah", "Status"]);
  const column = (name: string) => header.indexOf(name) + 1;
  const rows = [2, 3, 4].map((r) => sheet.getRow(r));
  expect(rows.map((r) => r.getCell(column("Unit")).value)).toEqual(order);
  expect(rows.map((r) => r.getCell(column("Wilayah")).value)).toEqual([SULSEL, SULSEL, SULSEL]);
  rows.forEach((r, i) => expect((r.getCell(column("Nilai mandiri")).value as number)).toBeCloseTo(scores[i]!, 2));
  expect(rows.map((r) => r.getCell(column("Peringkat wilayah")).value)).toEqual([1, 2, 3]);

  // Each row opens the unit's LKE.
  await page.getByRole("link", { name: "Kejaksaan Negeri Makassar" }).click();
  await expect(page).toHaveURL("/lke/asm-2026-kejari-makassar");
  await expect(page.getByRole("heading", { name: "Kejaksaan Negeri Makassar" })).toBeVisible();
  await page.goto(tableUrl);
  await expect(page.getByTestId("unit-row")).toHaveCount(3);
});

test("the regional leader sees only Sulawesi Selatan, in the page and in the export", async ({ page }) => {
  await signIn(page, "pimpinan.sulsel@zi.demo");
  await page.goto("/dasbor");
  await expect(page.getByTestId("unit-count")).toHaveText("3");
  await expect(page.getByText("Jawa Barat")).toHaveCount(0);
  await page.goto("/dasbor/unit?wilayah=unit-kejati-jabar");
  await expect(page.getByTestId("unit-row")).toHaveCount(0);
  const csv = await page.request.get("/api/dasbor/unit.csv?wilayah=unit-kejati-jabar");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(1);
  const all = await (await page.request.get("/api/dasbor/unit.csv")).text();
  expect(all.trim().split("\r\n")).toHaveLength(4);
  expect(all).not.toContain("Bandung");
});

test("the regional leader's Wilayah is the region itself, ranks run within it, and Belum says what is missing", async ({ page }) => {
  await signIn(page, "pimpinan.sulsel@zi.demo");
  await page.goto("/dasbor");
  await expect(page.getByRole("table", { name: "Peta capaian area per wilayah" }).getByRole("rowheader", { name: SULSEL })).toBeVisible();
  await page.goto("/dasbor/unit");
  await expect(page.getByTestId("unit-region")).toHaveText([SULSEL, SULSEL, SULSEL]);
  await expect(page.getByTestId("unit-row").getByText(/^wilayah \d\/3$/)).toHaveText(["wilayah 1/3", "wilayah 2/3", "wilayah 3/3"]);
  expect(await page.getByLabel("Wilayah").locator("option").allTextContents()).toEqual(["Semua wilayah", SULSEL]);

  // Bantaeng has answered nothing: its "Belum" opens the WBK requirements it does not meet.
  const bantaeng = page.getByTestId("unit-row").filter({ hasText: "Kejaksaan Negeri Bantaeng" });
  const unmet = bantaeng.getByTestId("wbk-unmet");
  await unmet.getByText(/syarat WBK belum terpenuhi/).click();
  await expect(unmet.getByRole("listitem").first()).toHaveText(/^Nilai total: 0,00 \(minimal 75,00\)$/);
});

for (const email of ["anggota@zi.demo", "kepala@zi.demo", "tpi@zi.demo"]) {
  test(`${email} gets 404 for the dashboard and its exports`, async ({ page }) => {
    await signIn(page, email);
    for (const path of ["/dasbor", "/dasbor/unit"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    }
    for (const path of ["/api/dasbor/unit.xlsx", "/api/dasbor/unit.csv"]) expect((await page.request.get(path)).status()).toBe(404);
  });
}

test("the dashboard fits a phone: no sideways scrolling of the page, the wide tables scroll in place", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, "pimpinan@zi.demo");
  for (const path of ["/dasbor", "/dasbor/unit", "/dasbor/unit?tampilan=area"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Dasbor pimpinan" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});
