import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

// Across roles: the unit submits, the TPI scores and sends two items back, the unit fixes only
// those, resubmits, the TPI accepts and the lead finalises; the LHE shows both score trees.
const ID = "asm-2026-kejari-makassar";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test.describe.configure({ mode: "serial" });

test("submit, review with revision, resubmit, accept, finalise, LHE", async ({ browser }) => {
  test.setTimeout(120_000);

  // 1. The unit head sees what is missing and submits anyway.
  const head = await as(browser, "kepala.makassar@zi.demo");
  await head.goto(`/lke/${ID}`);
  await expect(head.getByRole("heading", { name: "Kirim LKE ke TPI" })).toBeVisible();
  await head.getByLabel(/tetap ingin mengirim LKE/).check();
  await head.getByRole("button", { name: "Kirim LKE" }).click();
  await expect(head.getByText("Dikirim", { exact: true })).toBeVisible();

  // 2. The lead evaluator scores an item, accepts it, and sends two others back with notes.
  const tpi = await as(browser, "tpi@zi.demo");
  await expect(tpi).toHaveURL(/\/evaluasi$/);
  await expect(tpi.getByTestId("review-queue")).toContainText("Kejaksaan Negeri Makassar");
  await tpi.goto(`/evaluasi/${ID}/A.I.1`);
  await item(tpi, "A.I.1.1.a").getByLabel("Ya").check();
  await expectSaved(tpi, "A.I.1.1.a");
  await tpi.getByTestId("verdict-A.I.1.1.a").getByRole("button", { name: "Terima" }).click();
  await expect(tpi.getByTestId("verdict-A.I.1.1.a")).toContainText("Diterima");
  for (const code of ["A.I.1.1.b", "A.I.1.2.a"]) {
    const verdict = tpi.getByTestId(`verdict-${code}`);
    await verdict.getByRole("button", { name: "Minta perbaikan" }).click();
    await verdict.getByLabel("Catatan perbaikan untuk unit").fill(`Lampirkan dokumen pendukung untuk ${code}.`);
    await verdict.getByRole("button", { name: "Kirim permintaan perbaikan" }).click();
    await expect(verdict).toContainText("Perlu perbaikan");
  }
  await tpi.goto(`/evaluasi/${ID}`);
  await tpi.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await tpi.getByRole("button", { name: "Ya, kembalikan" }).click();
  await expect(tpi.getByText("Perlu perbaikan", { exact: true }).first()).toBeVisible();

  // 3. The unit sees exactly those two items open, fixes one, replies to the notes.
  const member = await as(browser, "anggota.makassar@zi.demo");
  await member.goto(`/lke/${ID}`);
  const panel = member.getByTestId("revision-panel");
  await expect(panel).toContainText("TPI meminta perbaikan pada 2 butir");
  await expect(panel.getByRole("link")).toHaveText(["A.I.1.1.b", "A.I.1.2.a"]);
  await member.goto(`/lke/${ID}/A.I.1`);
  await expect(item(member, "A.I.1.1.a").getByRole("radio").first()).toBeDisabled();
  await expect(item(member, "A.I.1.3.a").getByRole("radio").first()).toBeDisabled();
  await expect(item(member, "A.I.1.1.b").getByRole("radio").first()).toBeEnabled();
  await item(member, "A.I.1.1.b").locator("input[type=radio]:not(:checked)").first().check();
  await expectSaved(member, "A.I.1.1.b");
  const thread = member.getByTestId("thread-A.I.1.1.b");
  await expect(thread).toContainText("Lampirkan dokumen pendukung untuk A.I.1.1.b.");
  await thread.getByLabel("Balas catatan TPI").fill("SK dan notula sudah dilampirkan.");
  await thread.getByRole("button", { name: "Kirim catatan" }).click();
  await expect(thread).toContainText("SK dan notula sudah dilampirkan.");

  // 4. The head resubmits.
  await head.goto(`/lke/${ID}`);
  await head.getByRole("button", { name: "Kirim ulang ke TPI" }).click();
  await head.getByRole("button", { name: "Ya, kirim ulang" }).click();
  await expect(head.getByText("Dikirim ulang", { exact: true })).toBeVisible();

  // 5. The evaluator accepts both, the lead finalises.
  await tpi.goto(`/evaluasi/${ID}/A.I.1`);
  await expect(tpi.getByTestId("thread-A.I.1.1.b")).toContainText("SK dan notula sudah dilampirkan.");
  for (const code of ["A.I.1.1.b", "A.I.1.2.a"]) {
    await tpi.getByTestId(`verdict-${code}`).getByRole("button", { name: "Terima" }).click();
    await expect(tpi.getByTestId(`verdict-${code}`)).toContainText("Diterima");
  }
  await tpi.goto(`/evaluasi/${ID}/lhe`);
  await tpi.getByRole("button", { name: "Finalisasi penilaian" }).click();
  await tpi.getByRole("button", { name: "Ya, finalisasi" }).click();
  await expect(tpi.getByText("Final", { exact: true }).first()).toBeVisible();

  // 6. The LHE shows both score trees and the predicate result, for the unit too.
  await member.goto(`/lke/${ID}/lhe`);
  const lhe = member.getByTestId("lhe-document");
  await expect(lhe).toContainText("Final,");
  await expect(member.getByTestId("lhe-total-self")).not.toHaveText("0,00");
  await expect(member.getByTestId("lhe-total-evaluator")).toHaveText(/\d+,\d\d/);
  await expect(member.getByTestId("lhe-predicates")).toContainText("WBK:");
  await expect(member.getByTestId("lhe-area-A.I.1")).toContainText("mandiri");
  await member.goto(`/lke/${ID}/perbandingan`);
  await expect(member.getByTestId("comparison-A.I.1")).toBeVisible();
});
