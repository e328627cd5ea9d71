import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

// Issue 14 in the browser, on the demo's Kelurahan Air Hitam: the unit starts its F-03 survey and
// service users answer it on the public form (each on their own device), the unit fills F-01 with
// bukti dukung and sends it, three evaluators score F-02 each alone seeing that evidence, the lead
// agrees per indicator seeing the spread and finalises, the leaders' ranking shows the unit with the
// IPP those answers give, and the numbered Berita Acara names the three evaluators.

const ASSESSMENT = "asm-pekppp-2026-kel-air-hitam";
/** Each respondent's points on the 14 F-03 items (scale 1-5). */
const RESPONDENTS = [
  Array(14).fill(5),
  Array(14).fill(4),
  [3, 4, 5, 3, 4, 5, 3, 4, 5, 3, 4, 5, 3, 4],
];
const TEAM = [
  { email: "evaluator.pekppp@zi.demo", name: "Rina Evaluator PEKPPP", level: 4 },
  { email: "evaluator2.pekppp@zi.demo", name: "Budi Evaluator PEKPPP", level: 3 },
  { email: "evaluator3.pekppp@zi.demo", name: "Sari Evaluator PEKPPP", level: 5 },
];

test.describe.configure({ mode: "serial", timeout: 300_000 });

async function scoreEvery(page: Page, fieldset: "Nilai" | "Kesepakatan", level: number, note?: string) {
  const rows = page.locator('[data-testid^="f02-"]');
  await expect(rows).toHaveCount(30);
  for (let index = 0; index < 30; index++) {
    const row = rows.nth(index);
    const group = row.getByRole("group", { name: fieldset });
    await group.getByRole("radio").nth(level).check();
    if (note) await row.getByLabel(/Catatan kesepakatan/).fill(note);
    await row.getByRole("button", { name: `Simpan ${fieldset.toLowerCase()}` }).click();
    // The row also holds the evidence panel's (empty) live region.
    await expect(row.getByRole("status").filter({ hasText: "Tersimpan" })).toBeVisible();
  }
}

/** Answers one F-01 question and saves it. */
async function saveF01(page: Page, code: string, answer: (question: Locator) => Promise<void>) {
  const question = page.getByTestId(`f01-${code}`);
  await answer(question);
  await question.getByRole("button", { name: "Simpan" }).click();
  await expect(question.getByRole("status")).toHaveText("Tersimpan");
}

async function confirmStep(page: Page, label: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.getByRole("alertdialog", { name: label }).getByRole("button", { name: `Ya, ${label.toLowerCase()}` }).click();
}

/** The unit starts the F-03 survey of its evaluation and opens it; returns the public form's path. */
async function startF03Survey(unit: Page) {
  await unit.goto(`/lke/${ASSESSMENT}/survei`);
  // Only the questionnaire of the PEKPPP instrument is offered (not the LKE's SPAK or SPKP).
  expect(await unit.getByLabel("Kuesioner").locator("option").allTextContents()).toEqual(["Formulir Penilaian dari Masyarakat (F-03 PEKPPP)"]);
  await unit.getByLabel("Kuesioner").selectOption({ label: "Formulir Penilaian dari Masyarakat (F-03 PEKPPP)" });
  await unit.getByLabel("Target responden").fill(String(RESPONDENTS.length));
  await unit.getByRole("button", { name: "Buat survei" }).click();
  await expect(unit).toHaveURL(/\/survei\/[^/]+$/);
  await unit.getByRole("button", { name: "Buka survei" }).click();
  await expect(unit.getByTestId("survey-status")).toContainText("Dibuka");
  return new URL((await unit.getByTestId("survey-url").textContent())!.trim()).pathname;
}

/** One service user on their own device (a fresh browser context), answering every F-03 item. */
async function respond(browser: Browser, path: string, points: number[]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await phone.goto(path);
  await expect(phone.getByRole("heading", { name: "Formulir Penilaian dari Masyarakat (F-03 PEKPPP)" })).toBeVisible();
  const questions = phone.locator("ol fieldset");
  await expect(questions).toHaveCount(points.length);
  for (const [index, point] of points.entries()) await questions.nth(index).locator("label").nth(point - 1).click();
  await phone.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(phone.getByTestId("survey-thanks")).toBeVisible();
  await context.close();
}

test("F-03 on the public form, F-01 with bukti dukung, three evaluators score alone, the lead agrees and finalises, ranking and Berita Acara show it", async ({ browser }) => {
  const unitContext = await browser.newContext();
  const unit = await unitContext.newPage();
  await signIn(unit, "lurah.airhitam@zi.demo");
  const form = await startF03Survey(unit);
  for (const points of RESPONDENTS) await respond(browser, form, points);
  const sum = RESPONDENTS.flat().reduce((a, b) => a + b, 0);
  const count = RESPONDENTS.flat().length;
  await expect(unit.getByTestId("survey-respondents")).toHaveText(`${RESPONDENTS.length} dari ${RESPONDENTS.length}`, { timeout: 20_000 });
  // The F-03 index is the mean answer (1-5 onto 1-5), rounded half up once for display.
  await expect(unit.getByTestId("survey-index")).toHaveText(shown(sum, count));

  await unit.goto(`/lke/${ASSESSMENT}`);
  await expect(unit).toHaveURL(new RegExp(`/lke/${ASSESSMENT}/f01$`));
  // Bukti dukung on the indicator that asks for them, through the LKE's evidence upload.
  const evidence = unit.getByTestId("evidence-1.a.Ak.F01.a");
  await evidence.getByTestId("file-input-1.a.Ak.F01.a").setInputFiles({ name: "SK Standar Pelayanan.pdf", mimeType: "application/pdf", buffer: samplePdf("SK Standar Pelayanan") });
  await expect(evidence.getByTestId("evidence-entry")).toHaveCount(1);
  await expect(evidence.getByTestId("evidence-title")).toHaveText("SK Standar Pelayanan.pdf");
  await saveF01(unit, "1.a.Ak.F01.a", (q) => q.getByRole("radio", { name: "Ya" }).check());
  await saveF01(unit, "1.a.Ak.F01.b", (q) => q.getByRole("spinbutton").fill("12"));
  await saveF01(unit, "2.a.P.F01.b", async (q) => {
    await q.getByRole("checkbox", { name: "Masyarakat pengguna layanan" }).check();
    await q.getByRole("checkbox", { name: "Media Massa" }).check();
  });
  await saveF01(unit, "6.a.B.F01.c", (q) => q.getByRole("textbox").fill("IKM 86,5 (TW IV 2025)"));
  await unit.reload();
  await expect(unit.getByText("4 dari 85 pertanyaan terisi")).toBeVisible();
  await expect(unit.getByTestId("f01-2.a.P.F01.b").getByRole("checkbox", { name: "Media Massa" })).toBeChecked();
  await confirmStep(unit, "Kirim F-01");
  await expect(unit.getByText(/sudah dikirim/)).toBeVisible();
  await unitContext.close();

  for (const [index, evaluator] of TEAM.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, evaluator.email);
    await page.goto(`/evaluasi/${ASSESSMENT}`);
    await expect(page).toHaveURL(new RegExp(`/evaluasi/${ASSESSMENT}/pekppp$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penilaian F-02 PEKPPP · Kelurahan Air Hitam");
    // The unit's bukti dukung beside the indicator, opened from there.
    const unitEvidence = page.getByTestId("f02-1.a.Ak.F02").getByTestId("evidence-entry");
    await expect(unitEvidence).toHaveCount(1);
    const file = await page.request.get((await unitEvidence.getByRole("link", { name: /^Buka/ }).getAttribute("href"))!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    await scoreEvery(page, "Nilai", evaluator.level);
    // Before sending, nothing of the others is shown.
    await expect(page.getByTestId("spread")).toHaveCount(0);
    await confirmStep(page, "Kirim penilaian F-02");
    await expect(page.getByText(`${index + 1} sudah mengirim`)).toBeVisible();
    await context.close();
  }

  const context = await browser.newContext();
  const lead = await context.newPage();
  await signIn(lead, TEAM[0]!.email);
  await lead.goto(`/evaluasi/${ASSESSMENT}/pekppp`);
  const first = lead.getByTestId("f02-1.a.Ak.F02");
  await expect(first.getByTestId("spread")).toHaveText("Sebaran: 3 – 5");
  await expect(first.getByText("Budi Evaluator PEKPPP: 3")).toBeVisible();
  await scoreEvery(lead, "Kesepakatan", 4, "Sepakat tim: bukti F-01 lengkap, monev belum rutin.");
  await confirmStep(lead, "Finalisasi PEKPPP");
  await expect(lead.getByText("PEKPPP Kota Samarinda 2026 · Final")).toBeVisible();

  // Berita Acara from the page's link: the three evaluators by name.
  const href = await lead.getByRole("link", { name: "Berita Acara (PDF)" }).getAttribute("href");
  const response = await lead.request.get(href!);
  expect(response.status()).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.body())), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  for (const evaluator of TEAM) expect(flat).toContain(evaluator.name);
  expect(flat).toContain("PADA UNIT LOKUS KELURAHAN AIR HITAM TAHUN 2026");
  // Numbered at finalisation: the demo's four final units took 1 to 4 of the agency's year.
  expect(flat).toMatch(/Nomor: BA-5\/PEKPPP\/[IVX]+\/\d{4}/);
  await context.close();

  // F-02 = 4 (every agreed level); F-03 = sum / count of the answers above;
  // IPP = 0.75 x 4 + 0.25 x F-03 = 3 + sum / (4 count); 181 / 42 gives 4.0773... -> 4,08, A- (4,01-4,50).
  const ipp = shown(12 * count + sum, 4 * count);
  expect(ipp).toBe("4,08");
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await signIn(leader, "walikota@zi.demo");
  await leader.goto("/dasbor");
  await leader.getByRole("link", { name: "Peringkat PEKPPP" }).click();
  await expect(leader).toHaveURL(/\/dasbor\/pekppp$/);
  const row = leader.getByTestId("ranking-row").filter({ hasText: "Kelurahan Air Hitam" });
  await expect(row).toContainText(ipp);
  await expect(row).toContainText("A- · Sangat Baik");
  await leader.getByRole("link", { name: "Prioritas pembinaan (D, E, F)" }).click();
  await expect(leader.getByTestId("ranking-row").filter({ hasText: "Kelurahan Air Hitam" })).toHaveCount(0);
  await expect(leader.getByTestId("ranking-row").first()).toContainText("Prioritas pembinaan");
  await leaderContext.close();
});

/** numerator / denominator as the app shows a figure: two decimals, rounded half up once (in integers). */
function shown(numerator: number, denominator: number): string {
  const value = Math.floor((200 * numerator + denominator) / (2 * denominator));
  return `${Math.floor(value / 100)},${String(value % 100).padStart(2, "0")}`;
}
