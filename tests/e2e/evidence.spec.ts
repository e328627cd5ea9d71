import { expect, test } from "@playwright/test";
import { item, signIn } from "./support";
import { htmlPage, samplePdf, samplePng } from "../support/evidence-files";

// Bukti dukung on an item: upload a PDF and an image, see them listed, open the PDF, reload.
const AREA = "/lke/asm-2026-kejari-bantaeng/A.I.4";
const CODE = "A.I.4.1.a";

test("a unit member uploads a PDF and an image to an item, opens the PDF, and finds both after a reload", async ({ page, context }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);
  const panel = page.getByTestId(`evidence-${CODE}`);
  await expect(panel).toContainText("Belum ada berkas atau tautan bukti dukung.");

  const pdf = samplePdf("Notulen Penyusunan Renja");
  await panel.getByTestId(`file-input-${CODE}`).setInputFiles([
    { name: "Notulen Penyusunan Renja.pdf", mimeType: "application/pdf", buffer: pdf },
    { name: "Foto rapat perencanaan.png", mimeType: "image/png", buffer: samplePng() },
  ]);
  const entries = panel.getByTestId("evidence-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.getByTestId("evidence-title")).toHaveText(["Notulen Penyusunan Renja.pdf", "Foto rapat perencanaan.png"]);
  // Type, size (Indonesian format), who and when.
  await expect(entries.nth(0).getByTestId("evidence-meta")).toHaveText(/^PDF · \d+(,\d)? (B|KB) · Andi Tim Kerja · \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(entries.nth(1).getByTestId("evidence-meta")).toContainText("Gambar PNG");

  // Buka opens the PDF in a new tab, inline, served as a PDF and never sniffed.
  const [tab] = await Promise.all([context.waitForEvent("page"), entries.nth(0).getByRole("link", { name: /^Buka/ }).click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/\/api\/bukti\/[^/?]+$/);
  const response = await page.request.get(tab.url());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain("inline;");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await response.body(), pdf)).toBe(0);
  await tab.close();

  await page.reload();
  const after = page.getByTestId(`evidence-${CODE}`).getByTestId("evidence-entry");
  await expect(after.getByTestId("evidence-title")).toHaveText(["Notulen Penyusunan Renja.pdf", "Foto rapat perencanaan.png"]);
  await expect(page.getByTestId("evidence-completeness")).toContainText("Bukti dukung:");
  await expect(item(page, CODE).getByTestId("evidence-count")).toHaveText("2 bukti");
});

test("a file whose content is not an accepted type is refused with a clear Indonesian message", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);
  const code = "A.I.4.1.b";
  const panel = page.getByTestId(`evidence-${code}`);
  await panel.getByTestId(`file-input-${code}`).setInputFiles({ name: "SK Kepala.pdf", mimeType: "application/pdf", buffer: htmlPage() });
  await expect(panel.getByTestId("upload-error")).toHaveText(
    "Berkas 'SK Kepala.pdf' ditolak: isinya bukan PDF, gambar, atau dokumen Office yang diizinkan (PDF, JPEG, PNG, WebP, DOCX, XLSX, PPTX).",
  );
  await expect(panel.getByRole("alert")).toBeVisible();
  await expect(panel.getByTestId("evidence-entry")).toHaveCount(0);

  // Too large: refused at once, before anything is sent.
  await panel.getByTestId(`file-input-${code}`).setInputFiles({ name: "pindaian.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25) });
  await expect(panel.getByTestId("upload-error").nth(1)).toHaveText("Berkas melebihi batas 20 MB: 'pindaian.pdf' tidak dapat diunggah.");

  await page.reload();
  await expect(page.getByTestId(`evidence-${code}`).getByTestId("evidence-entry")).toHaveCount(0);
});

test("links, rename, replace with history, and delete", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);
  const code = "A.I.4.1.c";
  const panel = page.getByTestId(`evidence-${code}`);

  await panel.getByRole("button", { name: "Tambah tautan" }).click();
  await panel.getByLabel("Judul").fill("Aplikasi e-Monev");
  await panel.getByLabel("Alamat (URL)").fill("javascript:alert(1)");
  await panel.getByRole("button", { name: "Simpan tautan" }).click();
  await expect(panel.getByText("Tautan harus berupa alamat web lengkap")).toBeVisible();
  await panel.getByLabel("Alamat (URL)").fill("https://emonev.example.go.id/kejari-bantaeng");
  await panel.getByRole("button", { name: "Simpan tautan" }).click();
  const entries = panel.getByTestId("evidence-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first().getByRole("link", { name: /^Buka/ })).toHaveAttribute("href", "https://emonev.example.go.id/kejari-bantaeng");

  await panel.getByTestId(`file-input-${code}`).setInputFiles({ name: "scan0001.pdf", mimeType: "application/pdf", buffer: samplePdf("Laporan v1") });
  await expect(entries).toHaveCount(2);
  const file = entries.nth(1);
  await file.getByRole("button", { name: /^Ganti nama/ }).click();
  await file.getByLabel("Nama baru").fill("Laporan pemantauan kinerja");
  await file.getByLabel("Nama baru").press("Enter");
  await expect(file.getByTestId("evidence-title")).toHaveText("Laporan pemantauan kinerja");

  await file.getByLabel(/^Berkas pengganti/).setInputFiles({ name: "scan0002.pdf", mimeType: "application/pdf", buffer: samplePdf("Laporan v2") });
  await expect(file.getByTestId("version-history")).toContainText("Riwayat versi (2)");
  await file.getByTestId("version-history").locator("summary").click();
  await expect(file.getByTestId("version-history")).toContainText("scan0001.pdf");

  await entries.first().getByRole("button", { name: /^Hapus/ }).click();
  await entries.first().getByRole("button", { name: "Ya, hapus" }).click();
  await expect(entries).toHaveCount(1);
  await page.reload();
  const reloaded = page.getByTestId(`evidence-${code}`).getByTestId("evidence-entry");
  await expect(reloaded.getByTestId("evidence-title")).toHaveText(["Laporan pemantauan kinerja"]);
});
