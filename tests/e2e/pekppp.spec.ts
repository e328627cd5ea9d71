import { expect, test, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { signIn } from "./support";

// Issue 14 in the browser, on the demo's Kelurahan Air Hitam (F-03 answered in the demo's survey
// tables): the unit fills F-01 and sends it, three evaluators score F-02 each alone, the lead agrees per indicator
// seeing the spread and finalises, the leaders' ranking shows the unit with its category, and the
// Berita Acara names the three evaluators.

const ASSESSMENT = "asm-pekppp-2026-kel-air-hitam";
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
    await expect(row.getByRole("status")).toHaveText("Tersimpan");
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

test("the unit fills F-01 and sends it, three evaluators score alone, the lead agrees and finalises, ranking and Berita Acara show it", async ({ browser }) => {
  const unitContext = await browser.newContext();
  const unit = await unitContext.newPage();
  await signIn(unit, "lurah.airhitam@zi.demo");
  await unit.goto(`/lke/${ASSESSMENT}`);
  await expect(unit).toHaveURL(new RegExp(`/lke/${ASSESSMENT}/f01$`));
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
  await context.close();

  // F-02 = 4; F-03 = 285 / 70 (the demo's answers); IPP = 3 + 285/280 = 4.0178... -> 4,02, A-.
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await signIn(leader, "walikota@zi.demo");
  await leader.goto("/dasbor/pekppp");
  const row = leader.getByTestId("ranking-row").filter({ hasText: "Kelurahan Air Hitam" });
  await expect(row).toContainText("4,02");
  await expect(row).toContainText("A- · Sangat Baik");
  await leader.getByRole("link", { name: "Prioritas pembinaan (D, E, F)" }).click();
  await expect(leader.getByTestId("ranking-row").filter({ hasText: "Kelurahan Air Hitam" })).toHaveCount(0);
  await expect(leader.getByTestId("ranking-row").first()).toContainText("Prioritas pembinaan");
  await leaderContext.close();
});
