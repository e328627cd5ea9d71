import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { signIn } from "./support";

// The official PDFs from the pages people use: the unit's LKE of 2025 (final) and the TPI's LHE
// page. The file is read back as text. Bantaeng's empty 2026 LKE offers last year's answers.

const FINAL_2025 = "asm-2025-kejari-bantaeng";

async function downloadPdf(page: Page, linkName: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("navigation", { name: "Dokumen PDF" }).getByRole("link", { name: linkName }).click()]);
  const bytes = fs.readFileSync((await download.path())!);
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { name: download.suggestedFilename(), text: text.replace(/\s+/g, " "), pages: totalPages };
}

test("a unit member exports the final LHE as PDF from the LKE page", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`/lke/${FINAL_2025}`);
  const lhe = await downloadPdf(page, "LHE (PDF)");
  expect(lhe.name).toBe("LHE-ZI-Kejaksaan-Negeri-Bantaeng-2025.pdf");
  expect(lhe.text).toContain("PADA KEJAKSAAN NEGERI BANTAENG TAHUN 2025");
  expect(lhe.text).toContain("Nomor: LHE-1/H/Hjw/11/2025");
  expect(lhe.text).toContain("Jakarta, 20 November 2025");
  expect(lhe.text).toContain("NILAI TOTAL");
  expect(lhe.pages).toBeGreaterThanOrEqual(3);
  const ba = await downloadPdf(page, "Berita Acara (PDF)");
  expect(ba.text).toContain("Nomor: BA-1/H/Hjw/11/2025");
  expect(ba.text).toContain("Kepala Kejari Bantaeng NIP. 19740817 199903 1 001");
});

test("the lead evaluator exports the LHE as PDF from the evaluator's LHE page", async ({ page }) => {
  await signIn(page, "tpi2@zi.demo");
  await page.goto(`/evaluasi/${FINAL_2025}/lhe`);
  const lhe = await downloadPdf(page, "LHE (PDF)");
  expect(lhe.text).toContain("LAPORAN HASIL EVALUASI");
  expect(lhe.text).toContain("Citra Evaluator TPI NIP. 19870622 201012 2 001");
  expect(lhe.text).toContain("Inspektur Wilayah II");
});

test("another unit's member gets 404 for the PDFs; the empty 2026 LKE offers last year's", async ({ browser, page }) => {
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "anggota.makassar@zi.demo");
  expect((await other.request.get(`/api/dokumen/${FINAL_2025}/lhe`)).status()).toBe(404);
  await signIn(page, "anggota@zi.demo");
  await page.goto("/lke/asm-2026-kejari-bantaeng");
  const panel = page.getByTestId("carry-forward");
  await expect(panel.getByRole("heading", { name: "Mulai dari LKE tahun lalu" })).toBeVisible();
  await expect(panel).toContainText("LKE 2025 (Pembangunan Zona Integritas 2025): 113 jawaban");
});
