import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

// Across roles: the unit submits, the TPI scores and sends two items back, the unit fixes one,
// resubmits, the TPI sees what changed, accepts; finalising with open items is refused with the
// list; the TPI agrees with the unit area by area, decides the preconditions and finalises; the
// LHE shows both score trees and the unit's overview headlines the TPI score.
const ID = "asm-2026-kejari-makassar";
const SECTIONS = ["A.I.1", "A.I.2", "A.I.3", "A.I.4", "A.I.5", "A.I.6", "A.II.1", "A.II.2", "A.II.3", "A.II.4", "A.II.5", "A.II.6", "B.I", "B.II"];

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** "Nilai butir 0,33 dari 0,33" or "Nilai butir: 0,33 dari 0,33" -> "0,33" */
async function pointsIn(page: Page, testId: string) {
  const text = await page.getByTestId(testId).innerText();
  return /Nilai butir:? ([\d.,]+) dari/.exec(text)?.[1] ?? `(tanpa nilai: ${text})`;
}

test.describe.configure({ mode: "serial" });

test("submit, review with revision, resubmit, accept, refused finalise, copy by area, finalise, LHE", async ({ browser }) => {
  test.setTimeout(300_000);

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

  // "Terima" on an item the evaluator did not answer keeps the unit's value (it used to drop to 0).
  const unitPoints = await pointsIn(tpi, "self-answer-A.I.1.3.a");
  await expect(tpi.getByTestId("points-A.I.1.3.a")).toContainText("belum dijawab");
  await tpi.getByTestId("verdict-A.I.1.3.a").getByRole("button", { name: "Terima" }).click();
  await expect(tpi.getByTestId("verdict-A.I.1.3.a")).toContainText("Jawaban unit disalin sebagai jawaban TPI");
  await expect(tpi.getByTestId("points-A.I.1.3.a")).toContainText(`Nilai butir: ${unitPoints} dari`);

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

  // 5. The evaluator sees what the unit changed in the round, and accepts both items.
  await tpi.goto(`/evaluasi?status=RESUBMITTED`);
  await expect(tpi.getByTestId("review-queue")).toContainText("Kejaksaan Negeri Makassar");
  await tpi.goto(`/evaluasi/${ID}`);
  const changes = tpi.getByTestId("round-changes");
  await expect(changes).toContainText("Perubahan unit pada putaran perbaikan 1");
  await expect(changes).toContainText(/A\.I\.1\.1\.b jawaban .+ → .+/);
  await expect(changes).toContainText("Diminta perbaikan tetapi tidak diubah unit: A.I.1.2.a");
  await changes.getByRole("link", { name: "A.I.1.1.b" }).click();
  await expect(tpi).toHaveURL(new RegExp(`/evaluasi/${ID}/A.I.1#butir-A.I.1.1.b$`));
  await expect(tpi.getByTestId("changed-A.I.1.1.b")).toContainText("Diubah unit pada putaran perbaikan 1");
  await expect(tpi.getByTestId("thread-A.I.1.1.b")).toContainText("SK dan notula sudah dilampirkan.");
  for (const code of ["A.I.1.1.b", "A.I.1.2.a"]) {
    await tpi.getByTestId(`verdict-${code}`).getByRole("button", { name: "Terima" }).click();
    await expect(tpi.getByTestId(`verdict-${code}`)).toContainText("Diterima");
  }

  // 6. Finalising now is refused, with the list of what is open, each a link.
  await tpi.goto(`/evaluasi/${ID}/lhe`);
  const finalSection = tpi.locator("section[aria-labelledby=finalisasi]");
  const checklist = tpi.getByTestId("finalize-checklist");
  await expect(checklist).toContainText("Belum lengkap");
  await finalSection.getByRole("button", { name: "Finalisasi penilaian" }).click();
  await finalSection.getByRole("button", { name: "Ya, finalisasi" }).click();
  await expect(finalSection.getByRole("alert")).toContainText("Finalisasi belum dapat dilakukan");
  await expect(finalSection.getByRole("alert")).toContainText("prasyarat belum diputuskan");
  await expect(checklist.getByRole("link", { name: /^A\.I\.2 / })).toHaveAttribute("href", `/evaluasi/${ID}/A.I.2`);
  await expect(checklist.getByRole("link", { name: "Nilai SAKIP unit/instansi minimal B", exact: true })).toBeVisible();
  await expect(tpi.getByText("Dalam evaluasi TPI", { exact: true }).first()).toBeVisible();

  // 7. The evaluator agrees with the unit area by area ("Salin jawaban unit"), then decides the preconditions.
  for (const section of SECTIONS) {
    await tpi.goto(`/evaluasi/${ID}/${section}`);
    const copy = tpi.getByTestId("area-copy");
    await copy.getByRole("button", { name: /^Salin jawaban unit \(\d+ butir\)$/ }).click();
    await copy.getByRole("button", { name: "Ya, salin dan terima" }).click();
    await expect(copy.getByRole("status")).toContainText("butir disalin dan diterima");
  }
  await tpi.goto(`/evaluasi/${ID}`);
  for (const label of ["Nilai SAKIP unit/instansi minimal B", "Tindak lanjut hasil pemeriksaan (TLHP) 100%", "Kepatuhan penyampaian LHKPN/LHKASN",
    "Nilai SAKIP unit/instansi minimal BB", "Unit telah berpredikat WBK"]) {
    const row = tpi.getByTestId(`precondition-${label}`);
    await row.getByLabel(label.startsWith("Unit telah") ? "Tidak terpenuhi" : "Terpenuhi", { exact: true }).check();
    await row.getByLabel("Dasar keputusan (wajib)").fill(`Diperiksa dari dokumen: ${label}`);
    await row.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect(row).toContainText("Diputuskan:");
  }

  // 8. Now the lead finalises.
  await tpi.goto(`/evaluasi/${ID}/lhe`);
  await expect(checklist).toContainText("Semua 113 butir sudah dinilai dan diterima");
  await tpi.getByRole("button", { name: "Finalisasi penilaian" }).click();
  await tpi.getByRole("button", { name: "Ya, finalisasi" }).click();
  await expect(tpi.getByText("Final", { exact: true }).first()).toBeVisible();

  // 9. The LHE shows both score trees and the predicate result, for the unit too.
  await member.goto(`/lke/${ID}/lhe`);
  const lhe = member.getByTestId("lhe-document");
  await expect(lhe).toContainText("Final,");
  await expect(member.getByTestId("lhe-total-self")).not.toHaveText("0,00");
  await expect(member.getByTestId("lhe-total-evaluator")).toHaveText(/\d+,\d\d/);
  await expect(member.getByTestId("lhe-predicates")).toContainText("WBK:");
  await expect(member.getByTestId("lhe-area-A.I.1")).toContainText("mandiri");
  const tpiTotal = await member.getByTestId("lhe-total-evaluator").innerText();
  const selfTotal = await member.getByTestId("lhe-total-self").innerText();
  await member.goto(`/lke/${ID}/perbandingan`);
  await expect(member.getByTestId("comparison-A.I.1")).toBeVisible();

  // 10. The unit's overview now headlines the final TPI score, its own beside it.
  await member.goto(`/lke/${ID}`);
  await expect(member.getByText("Nilai akhir (TPI)")).toBeVisible();
  await expect(member.getByTestId("total-score-evaluator")).toHaveText(tpiTotal);
  await expect(member.getByTestId("total-score")).toHaveText(selfTotal);
});
