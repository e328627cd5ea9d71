import { expect, test } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

const LKE = "/lke/asm-2026-kejari-bantaeng";

test("the menu, the answered count and 'Bukti dukung: X dari Y' follow every save; an upload named as an expected document ticks it and is listed once", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.I.5`);
  const code = "A.I.5.1.b";
  const before = Number((await page.getByTestId("nav-answered-A.I.5").textContent())!.split("/")[0]);

  await item(page, code).getByRole("radio").first().check();
  await expectSaved(page, code);
  await expect(page.getByTestId("nav-answered-A.I.5")).toContainText(`${before + 1}/18 terjawab`);
  await expect(page.getByTestId("live-answered-A.I.5")).toHaveText(`${before + 1}/18`);
  await expect(page.getByTestId("evidence-completeness")).toHaveText(`Bukti dukung: 0 dari ${before + 1} butir terjawab`);

  const panel = page.getByTestId(`evidence-${code}`);
  await panel.getByTestId("expected-document-select").selectOption({ label: "Laporan kegiatan pengendalian gratifikasi" });
  await panel.getByTestId(`file-input-${code}`).setInputFiles({ name: "laporan-upg.pdf", mimeType: "application/pdf", buffer: samplePdf("Laporan UPG") });
  await expect(panel.getByTestId("evidence-entry")).toHaveCount(1);
  await expect(panel.getByTestId("evidence-title")).toHaveText(["laporan-upg.pdf"]);
  await expect(panel.getByTestId("upload-row")).toHaveCount(0);
  await expect(panel.getByTestId("evidence-document")).toHaveText("Dokumen: Laporan kegiatan pengendalian gratifikasi");
  await expect(panel.getByTestId("evidence-checklist")).toContainText("(1 dari 2 tersedia)");
  await expect(panel.getByRole("checkbox", { name: "Laporan kegiatan pengendalian gratifikasi" })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: "SK Unit Pengendalian Gratifikasi" })).not.toBeChecked();
  await expect(page.getByTestId("evidence-completeness")).toHaveText(`Bukti dukung: 1 dari ${before + 1} butir terjawab`);

  await page.reload();
  await expect(page.getByTestId(`evidence-${code}`).getByRole("checkbox", { name: "Laporan kegiatan pengendalian gratifikasi" })).toBeChecked();
  await expect(page.getByTestId("evidence-completeness")).toHaveText(`Bukti dukung: 1 dari ${before + 1} butir terjawab`);
});

test("counts that are parts of a total may not exceed it: a message on the fields, nothing saved", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.II.5`);
  const complaints = item(page, "A.II.5.2.a");
  const total = complaints.getByLabel("Jumlah pengaduan masyarakat yang harus ditindaklanjuti");
  const done = complaints.getByLabel("Jumlah pengaduan masyarakat yang selesai ditindaklanjuti");
  await total.fill("40");
  await complaints.getByLabel("Jumlah pengaduan masyarakat yang sedang diproses").fill("0");
  await done.fill("50");
  await expect(complaints.getByRole("alert").first()).toHaveText(
    "Pengaduan yang sedang diproses ditambah yang selesai ditindaklanjuti tidak boleh melebihi pengaduan yang harus ditindaklanjuti (50 lebih dari 40)",
  );
  await expect(done).toHaveAttribute("aria-invalid", "true");
  await expect(total).not.toHaveAttribute("aria-invalid", "true");
  await expect(complaints.getByTestId("save-status")).toHaveText("Belum tersimpan: periksa isian");

  // A count above 10.000.000 is a typing mistake.
  await done.fill("12000000");
  await expect(complaints.getByRole("alert").first()).toHaveText("Jumlah paling banyak 10.000.000 (Jumlah pengaduan masyarakat yang selesai ditindaklanjuti)");

  await done.fill("30");
  await expectSaved(page, "A.II.5.2.a");
  await expect(page.getByTestId("percent-A.II.5.2.a")).toHaveText("Persentase: 75,00%");
});

test("at the end of an area the next one is a click away, with feedback while it loads", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.I.6`);
  // The next page's data arrives slowly (1,5 s): the link says it is loading meanwhile.
  await page.route(/\/lke\/asm-2026-kejari-bantaeng\/A\.II\.1/, async (route) => {
    if (!route.request().headers()["next-router-prefetch"]) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const next = page.getByTestId("area-next");
  await expect(next).toContainText("Area berikutnya");
  await expect(next).toContainText("A.II.1");
  await next.click();
  await expect(next.getByTestId("nav-pending")).toBeVisible();
  await expect(page).toHaveURL(`${LKE}/A.II.1`);
  await expect(page.getByTestId("nav-A.II.1")).toHaveAttribute("aria-current", "page");
});

test("on a desktop the area menu stays in view while the items scroll", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.I.3`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const box = await page.getByRole("navigation", { name: "Bagian LKE" }).boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(120);
});
