import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { item, signIn } from "./support";

// Issue 13: a unit runs its SPAK survey; a respondent answers on a 360 px phone without signing in;
// the unit sees the count and the index update, and takes the index into the Hasil item B.I.a.

const LKE = "/lke/asm-2026-kejari-bantaeng";

async function answer(phone: Page, points: number[]) {
  const questions = phone.locator("ol fieldset");
  await expect(questions).toHaveCount(points.length);
  for (const [index, point] of points.entries()) await questions.nth(index).locator("label").nth(point - 1).click();
}

test("a respondent answers on a phone; the unit sees count and index live and takes the index into B.I.a", async ({ page, browser }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(`${LKE}/survei`);
  await page.getByLabel("Kuesioner").selectOption({ label: "Survei Persepsi Anti Korupsi (SPAK)" });
  await page.getByLabel("Target responden").fill("5");
  await page.getByRole("button", { name: "Buat survei" }).click();
  await expect(page).toHaveURL(/\/survei\/[^/]+$/);
  await expect(page.getByTestId("survey-status")).toContainText("Belum dibuka");
  await page.getByRole("button", { name: "Buka survei" }).click();
  await expect(page.getByTestId("survey-status")).toContainText("Dibuka");
  await expect(page.getByTestId("survey-respondents")).toHaveText("0 dari 5");
  const address = new URL((await page.getByTestId("survey-url").textContent())!.trim());

  // The respondent: a phone, no session, one tap per statement.
  const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await phone.goto(address.pathname);
  await expect(phone.getByRole("heading", { name: "Survei Persepsi Anti Korupsi (SPAK)" })).toBeVisible();
  const axe = await new AxeBuilder({ page: phone }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), "WCAG 2.2 AA on the phone form").toEqual([]);
  const started = Date.now();
  // 4,4,4,3,3,3,4,4,3: 32/9 = 3,555... -> 3,56.
  await answer(phone, [4, 4, 4, 3, 3, 3, 4, 4, 3]);
  await phone.getByText("Data responden (boleh dilewati)").click();
  await phone.getByLabel("Jenis kelamin").selectOption({ label: "Perempuan" });
  await phone.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(phone.getByTestId("survey-thanks")).toBeVisible();
  expect(Date.now() - started).toBeLessThan(120_000);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The same phone again: refused with a clear message, nothing stored.
  await phone.reload();
  await answer(phone, [1, 1, 1, 1, 1, 1, 1, 1, 1]);
  await phone.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(phone.locator("form [role=alert]")).toHaveText("Perangkat ini sudah mengisi survei ini. Terima kasih atas partisipasi Anda.");
  await phoneContext.close();

  // The unit's page refreshes itself: one respondent, the index.
  await expect(page.getByTestId("survey-respondents")).toHaveText("1 dari 5", { timeout: 20_000 });
  await expect(page.getByTestId("survey-index")).toHaveText("3,56");
  await expect(page.getByTestId("question-index-SPAK.4")).toContainText("3,00");

  // The deliberate act: the index replaces the answer of B.I.a, and the LKE's scores follow.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Gunakan indeks 3,56 untuk butir B.I.a" }).click();
  await expect(page.getByTestId("hasil-current")).toContainText("3,56 (diambil dari survei ini");

  await page.goto(`${LKE}/B.I`);
  await expect(item(page, "B.I.a").getByLabel("Nilai indeks survei (0,00 - 4,00)")).toHaveValue("3,56");
  await expect(item(page, "B.I.a").getByTestId("survey-source")).toContainText("Sumber: Survei Persepsi Anti Korupsi (SPAK)");
  // 17,5 x 3,56 / 4 = 15,575 -> 15,58.
  await expect(page.getByTestId("points-B.I.a")).toContainText("15,58");

  // A closed survey refuses respondents.
  await page.goBack();
  await page.getByRole("button", { name: "Tutup survei" }).click();
  await expect(page.getByTestId("survey-status")).toContainText("Ditutup");
  const late = await browser.newPage();
  await late.goto(address.pathname);
  await expect(late.locator("main [role=status]")).toHaveText("Survei ini sedang ditutup. Terima kasih atas perhatian Anda.");
  await late.close();
});
