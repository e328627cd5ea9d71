import { expect, test, type Page } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

const LKE = "/lke/asm-2026-kejari-bantaeng";

test("the menu, the answered count and 'Bukti dukung: X dari Y' follow every save; an upload named as an expected document ticks it and is listed once", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.I.6`);
  const code = "A.I.6.1.b";
  const before = Number((await page.getByTestId("nav-answered-A.I.6").textContent())!.split("/")[0]);
  // Other specs may have answered (and given evidence to) other items of this area: measure from here.
  const withEvidence = await evidencedCount(page);

  await item(page, code).getByRole("radio").first().check();
  await expectSaved(page, code);
  await expect(page.getByTestId("nav-answered-A.I.6")).toContainText(`${before + 1}/19 terjawab`);
  await expect(page.getByTestId("live-answered-A.I.6")).toHaveText(`${before + 1}/19`);
  await expect(page.getByTestId("evidence-completeness")).toHaveText(`Bukti dukung: ${withEvidence} dari ${before + 1} butir terjawab`);

  const panel = page.getByTestId(`evidence-${code}`);
  await panel.getByTestId("expected-document-select").selectOption({ label: "Maklumat Pelayanan yang ditandatangani" });
  await panel.getByTestId(`file-input-${code}`).setInputFiles({ name: "maklumat.pdf", mimeType: "application/pdf", buffer: samplePdf("Maklumat") });
  await expect(panel.getByTestId("evidence-entry")).toHaveCount(1);
  await expect(panel.getByTestId("evidence-title")).toHaveText(["maklumat.pdf"]);
  await expect(panel.getByTestId("upload-row")).toHaveCount(0);
  await expect(panel.getByTestId("evidence-document")).toHaveText("Dokumen: Maklumat Pelayanan yang ditandatangani");
  await expect(panel.getByTestId("evidence-checklist")).toContainText("(1 dari 2 tersedia)");
  await expect(panel.getByRole("checkbox", { name: "Maklumat Pelayanan yang ditandatangani" })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: /^Tangkapan layar/ })).not.toBeChecked();
  await expect(page.getByTestId("evidence-completeness")).toHaveText(`Bukti dukung: ${withEvidence + 1} dari ${before + 1} butir terjawab`);

  await page.reload();
  await expect(page.getByTestId(`evidence-${code}`).getByRole("checkbox", { name: "Maklumat Pelayanan yang ditandatangani" })).toBeChecked();
  await expect(page.getByTestId("evidence-completeness")).toHaveText(`Bukti dukung: ${withEvidence + 1} dari ${before + 1} butir terjawab`);
});

/** X of "Bukti dukung: X dari Y butir terjawab" (0 while nothing is answered). */
async function evidencedCount(page: Page) {
  const text = (await page.getByTestId("evidence-completeness").textContent()) ?? "";
  return Number(/(\d+) dari/.exec(text)?.[1] ?? 0);
}

test("counts that are parts of a total may not exceed it: a message on the fields, nothing saved", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/A.II.1`);
  const changes = item(page, "A.II.1.1.b");
  const total = changes.getByLabel("Jumlah perubahan yang dibuat");
  const part = changes.getByLabel("Jumlah perubahan yang telah diintegrasikan dalam sistem manajemen");
  await total.fill("40");
  await part.fill("50");
  await expect(changes.getByRole("alert").first()).toHaveText(
    "Jumlah perubahan yang diintegrasikan tidak boleh melebihi jumlah perubahan yang dibuat (50 lebih dari 40)",
  );
  await expect(part).toHaveAttribute("aria-invalid", "true");
  await expect(total).not.toHaveAttribute("aria-invalid", "true");
  await expect(changes.getByTestId("save-status")).toHaveText("Belum tersimpan: periksa isian");

  // A count above 10.000.000 is a typing mistake.
  await part.fill("12000000");
  await expect(changes.getByRole("alert").first()).toHaveText("Jumlah paling banyak 10.000.000 (Jumlah perubahan yang telah diintegrasikan dalam sistem manajemen)");

  await part.fill("30");
  await expectSaved(page, "A.II.1.1.b");
  await expect(page.getByTestId("percent-A.II.1.1.b")).toHaveText("Persentase: 75,00%");
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
