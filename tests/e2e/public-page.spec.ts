import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";
import { demoPhotoPng } from "../../prisma/seed/demo-photo";

// Issue 13: the demo unit's public ZI page, signed out: its content, its title and social preview,
// WCAG 2.2 AA by axe-core, and a 360 px phone without sideways scrolling.

const PUBLIC_PAGE = "/zi/kejaksaan-negeri-bantaeng/2026";
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("a visitor opens the demo unit's public page from the index: areas, statements, evidence by year, service information", async ({ page }) => {
  await page.goto("/zi");
  await page.getByRole("link", { name: "Kejaksaan Negeri Bantaeng" }).click();
  await expect(page).toHaveURL(PUBLIC_PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zona Integritas Kejaksaan Negeri Bantaeng");
  for (let area = 1; area <= 6; area++) await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Area ${area}: `) })).toBeVisible();
  await expect(page.getByText(/membentuk Tim Kerja Pembangunan Zona Integritas melalui surat keputusan/)).toBeVisible();
  // Last year's bukti dukung under its year; the file downloads, the link goes out.
  const file = page.getByRole("link", { name: "SK Tim Kerja ZI 2025.pdf" });
  await expect(file).toBeVisible();
  const download = await page.request.get((await file.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expect(page.getByRole("link", { name: "Rencana kerja ZI 2025" })).toHaveAttribute("href", "https://kejari-bantaeng.example.go.id/zi/2025/rencana-kerja");

  await expect(page.getByRole("heading", { name: "Maklumat pelayanan", exact: true })).toBeVisible();
  const photo = page.getByRole("img", { name: "Foto: SIBATIK: antrean tilang daring" });
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  await expect(page.getByRole("heading", { name: "Hasil survei (IPAK dan IPKP)" })).toBeVisible();
  // Another year of the unit is one click away.
  await page.getByRole("navigation", { name: "Tahun" }).getByRole("link", { name: "2025" }).click();
  await expect(page).toHaveURL("/zi/kejaksaan-negeri-bantaeng/2025");
  // Last year's published SPAK results (seeded): the IPAK, the count, a bar per question with its value.
  const ipak = page.getByTestId("public-survey-SPAK-2021");
  await expect(ipak.getByRole("heading", { name: "IPAK: Survei Persepsi Anti Korupsi (SPAK)" })).toBeVisible();
  await expect(ipak.getByTestId("public-survey-index")).toHaveText(/^\d,\d\d$/);
  await expect(ipak.getByTestId("public-survey-respondents")).toHaveText("24");
  await expect(ipak.getByRole("listitem")).not.toHaveCount(0);
});

test("the public page has its title, description and Open Graph/Twitter preview", async ({ request }) => {
  const html = await (await request.get(PUBLIC_PAGE)).text();
  expect(html).toContain("<title>Zona Integritas Kejaksaan Negeri Bantaeng 2026</title>");
  expect(html).toMatch(/<meta name="description" content="Pembangunan Zona Integritas Kejaksaan Negeri Bantaeng \(Kejaksaan Republik Indonesia\) tahun 2026/);
  expect(html).toContain('<meta property="og:title" content="Zona Integritas Kejaksaan Negeri Bantaeng 2026"/>');
  expect(html).toContain('<meta property="og:locale" content="id_ID"/>');
  expect(html).toContain('<meta name="twitter:card" content="summary"/>');
});

for (const width of [1280, 360]) {
  test(`the public page and the unit index have no WCAG 2.2 AA violation at ${width} px and fit the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/zi", PUBLIC_PAGE, "/zi/kejaksaan-negeri-bantaeng/2025"]) {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`)), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    }
  });
}

test("a unit member adds an innovation with a photo, publishes it and sees it on the public page; a non-image photo is refused", async ({ page, browser, baseURL }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto("/lke/asm-2026-kejari-bantaeng/publikasi");
  const form = page.locator("form").filter({ hasText: "Tambah informasi pelayanan" });
  await form.getByLabel("Judul").fill("Pojok baca ruang tunggu");
  await form.getByLabel("Uraian singkat").fill("Buku bacaan dan Wi-Fi gratis untuk pengunjung PTSP.");
  await form.getByLabel(/^Foto/).setInputFiles({ name: "pojok.png", mimeType: "image/png", buffer: Buffer.from("<html>bukan gambar</html>") });
  await form.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(form.getByRole("alert")).toHaveText("Foto harus berupa gambar PNG, JPEG atau WebP.");
  await expect(page.getByText("Pojok baca ruang tunggu")).toHaveCount(0);

  await form.getByLabel(/^Foto/).setInputFiles({ name: "pojok.png", mimeType: "image/png", buffer: demoPhotoPng(64, 36) });
  await form.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await page.getByRole("button", { name: "Publikasikan: Pojok baca ruang tunggu" }).click();
  await expect(page.getByRole("button", { name: "Tarik dari publikasi: Pojok baca ruang tunggu" })).toBeVisible();

  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(PUBLIC_PAGE);
  const photo = visitorPage.getByRole("img", { name: "Foto: Pojok baca ruang tunggu" });
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  await visitor.close();
});
