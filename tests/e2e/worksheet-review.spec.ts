import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support";

// The evaluator's worksheet: the unit's answer beside the TPI's, differences marked, verdicts in
// the row, answers saved through the same autosave (kept in the browser, for this evaluator, while
// offline). Gowa (60% answered) is submitted by its head first.
const ID = "asm-2026-kejari-gowa";
const SHEET = `/evaluasi/${ID}/lembar-kerja`;

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test.describe.configure({ mode: "serial" });

test("the TPI scores in the worksheet: difference marked, accepted with the unit's answer, offline copy kept", async ({ browser }) => {
  test.setTimeout(120_000);
  const head = await as(browser, "kepala.gowa@zi.demo");
  await head.goto(`/lke/${ID}`);
  await head.getByLabel(/tetap ingin mengirim LKE/).check();
  await head.getByRole("button", { name: "Kirim LKE" }).click();
  await expect(head.getByText("Dikirim", { exact: true })).toBeVisible();

  const tpi = await as(browser, "tpi@zi.demo");
  await tpi.goto(`/evaluasi/${ID}`);
  await tpi.getByRole("link", { name: "Lembar kerja (semua butir)" }).click();
  await expect(tpi).toHaveURL(SHEET);
  await expect(tpi.getByRole("grid", { name: "Lembar kerja evaluasi TPI" })).toBeVisible();

  // Two items the unit answered: one the TPI scores otherwise, one it accepts as it is.
  const answered = tpi.locator('[data-testid^="self-answer-"]').filter({ hasNotText: "belum dijawab" });
  const [first, second] = await Promise.all([0, 1].map(async (n) => (await answered.nth(n).getAttribute("data-testid"))!.replace("self-answer-", "")));
  const firstRow = tpi.getByTestId(`row-${first}`);
  const unitValue = await firstRow.getByTestId(`self-answer-${first}`).innerText();
  const select = firstRow.getByLabel(`Jawaban ${first}`);
  const other = await select.locator("option").evaluateAll((options, unit) =>
    options.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })).find((o) => o.value !== "" && !unit.startsWith(o.text.split(" · ")[0]!))!.value, unitValue);
  await select.focus();
  await select.selectOption(other);
  await expect(firstRow.getByTestId("save-status")).toHaveText("Tersimpan");
  await expect(firstRow).toHaveAttribute("data-differs", "true");
  await expect(firstRow).toContainText("Berbeda dari unit");

  const secondRow = tpi.getByTestId(`row-${second}`);
  await tpi.getByTestId(`verdict-${second}`).getByRole("button", { name: "Terima" }).click();
  await expect(tpi.getByTestId(`verdict-${second}`)).toContainText("Diterima");
  await expect(tpi.getByTestId(`detail-${second}`)).toContainText("Jawaban unit disalin sebagai jawaban TPI");
  await expect(secondRow.getByTestId(`points-${second}`)).not.toHaveText("–");
  await expect(secondRow).not.toHaveAttribute("data-differs", "true");

  // "Berbeda dari unit" shows exactly the item scored otherwise.
  await tpi.getByRole("button", { name: /^Berbeda dari unit/ }).click();
  await expect(tpi).toHaveURL(`${SHEET}?saring=berbeda`);
  await expect(tpi.locator("tr[id^=butir-]:visible")).toHaveCount(1);
  await expect(firstRow).toBeVisible();

  // Offline: the edit stays in this browser, in this evaluator's name, and goes once back online.
  await tpi.reload();
  await expect(firstRow).toBeVisible();
  await tpi.context().setOffline(true);
  await firstRow.getByLabel(`Dasar penilaian TPI ${first}`).fill("SK belum mencakup seluruh unsur");
  await expect(tpi.getByTestId("unsent-indicator")).toContainText("1 jawaban belum tersimpan");
  const owner = await tpi.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith("zi:belum-tersimpan:")).map(([, v]) => JSON.parse(v).userId));
  expect(owner).toEqual(["user-evaluator"]);
  await tpi.context().setOffline(false);
  await expect(firstRow.getByTestId("save-status")).toHaveText("Tersimpan", { timeout: 20_000 });
  await expect(tpi.getByTestId("unsent-indicator")).toHaveCount(0);

  await tpi.reload();
  await expect(firstRow.getByLabel(`Jawaban ${first}`)).toHaveValue(other);
  await expect(firstRow.getByLabel(`Dasar penilaian TPI ${first}`)).toHaveValue("SK belum mencakup seluruh unsur");
  await expect(firstRow).toHaveAttribute("data-differs", "true");

  // The evaluator's area page keeps unsent answers the same way, with its page-level notice.
  await tpi.goto(`/evaluasi/${ID}/A.I.2`);
  await tpi.context().setOffline(true);
  await tpi.getByTestId("item-A.I.2.1.a").getByRole("radio").first().check();
  await expect(tpi.getByTestId("unsent-indicator")).toContainText("1 jawaban belum tersimpan");
  expect(await tpi.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith("zi:belum-tersimpan:")).map(([, v]) => JSON.parse(v).userId))).toEqual(["user-evaluator"]);
  await tpi.context().setOffline(false);
  await expect(tpi.getByTestId("item-A.I.2.1.a").getByTestId("save-status")).toHaveText("Tersimpan", { timeout: 20_000 });
  await expect(tpi.getByTestId("unsent-indicator")).toHaveCount(0);
});

test("the unit cannot open the evaluator's worksheet", async ({ page }) => {
  await signIn(page, "kepala.gowa@zi.demo");
  expect((await page.goto(SHEET))?.status()).toBe(404);
});
