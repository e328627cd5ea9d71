import { expect, test } from "@playwright/test";
import { signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

// Bukti dukung downloads are for the unit, its assigned evaluators and the leaders over it;
// anyone else gets the same 404 as for a file that does not exist. Uploads need this site's pages.
const BANTAENG = "asm-2026-kejari-bantaeng";

test("another unit, a signed-out visitor and an unassigned evaluator get 404 for a unit's file", async ({ page, browser, baseURL }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`/lke/${BANTAENG}/A.I.5`);
  const panel = page.getByTestId("evidence-A.I.5.1.a");
  await panel.getByTestId("file-input-A.I.5.1.a").setInputFiles({ name: "SK UPG.pdf", mimeType: "application/pdf", buffer: samplePdf("SK UPG") });
  const open = panel.getByTestId("evidence-entry").first().getByRole("link", { name: /^Buka/ });
  await expect(open).toBeVisible();
  const path = (await open.getAttribute("href"))!;
  expect((await page.request.get(path)).status()).toBe(200);

  for (const email of ["anggota.makassar@zi.demo", "tpi@zi.demo", "pimpinan.sulsel@zi.demo"]) {
    const context = await browser.newContext({ baseURL });
    const other = await context.newPage();
    await signIn(other, email);
    const status = (await other.request.get(path)).status();
    const missing = (await other.request.get("/api/bukti/tidak-ada")).status();
    // The regional leader is over Bantaeng: allowed. The others: 404, like a missing file.
    expect({ email, status }).toEqual({ email, status: email.startsWith("pimpinan") ? 200 : 404 });
    expect(missing).toBe(404);
    await context.close();
  }

  const anonymous = await browser.newContext({ baseURL });
  const response = await anonymous.request.get(path);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe("Bukti dukung tidak ditemukan.");
  await anonymous.close();
});

test("an upload from another site is refused even with a valid session", async ({ page, baseURL }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`/lke/${BANTAENG}/A.I.5`);
  const itemId = await page.getByTestId("evidence-A.I.5.1.b").getAttribute("data-item-id");
  expect(itemId).toBeTruthy();
  const url = `/api/bukti/unggah?assessmentId=${BANTAENG}&itemId=${itemId}`;
  const headers = { "Content-Type": "application/octet-stream", "X-File-Name": "sk.pdf" };
  const forged = await page.request.post(url, { headers: { ...headers, Origin: "https://penyerang.example" }, data: samplePdf("x") });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).message).toContain("Unggahan ditolak");
  const own = await page.request.post(url, { headers: { ...headers, Origin: baseURL! }, data: samplePdf("x") });
  expect(own.status()).toBe(201);
});
