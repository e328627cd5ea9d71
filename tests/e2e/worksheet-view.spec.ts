import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// The worksheet's HTML carries every saved answer (no JavaScript needed to read the LKE), and on
// a 360 px phone its rows become cards without the page scrolling sideways.
const SHEET = "/lke/asm-2026-kejari-makassar/lembar-kerja";

test("with JavaScript disabled the worksheet shows every saved answer and narrative", async ({ browser }) => {
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), "anggota.makassar@zi.demo");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const page = await noScript.newPage();
  await page.goto(SHEET);

  // Makassar answered every item: each option select has its saved option, each count and index its value.
  await expect(page.locator("tr[id^=butir-]")).toHaveCount(113);
  const unanswered = await page.locator("tr[id^=butir-] select").evaluateAll((selects) => selects.filter((s) => (s as HTMLSelectElement).value === "").length);
  expect(unanswered).toBe(0);
  const emptyFields = await page.locator("tr[id^=butir-] input").evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).value === "").length);
  expect(emptyFields).toBe(0);
  const narratives = await page.locator("tr[id^=butir-] textarea").evaluateAll((boxes) => boxes.filter((b) => (b as HTMLTextAreaElement).value !== "").length);
  expect(narratives).toBe(113);
  await expect(page.getByTestId("group-A.I.1").getByTestId("live-score-A.I.1")).not.toHaveText("0,00");
  await noScript.close();
  await signedIn.close();
});

test("on a 360 px phone the worksheet's rows are cards and the page does not scroll sideways", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
  await signIn(page, "anggota.makassar@zi.demo");
  await page.goto(SHEET);
  const row = page.getByTestId("row-A.I.1.1.b");
  await expect(row).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // A card: the cells stack, each named (the table's header row is hidden on a phone).
  const select = row.getByLabel("Jawaban A.I.1.1.b");
  const narrative = row.getByLabel("Uraian bukti dukung A.I.1.1.b");
  expect((await narrative.boundingBox())!.y).toBeGreaterThan((await select.boundingBox())!.y + 20);
  expect((await select.boundingBox())!.width).toBeGreaterThan(250);
  await expect(page.locator("thead")).toBeHidden();
  expect(await row.locator("td").first().evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Butir"');
});

test("the overview links to the worksheet, and each row to its item's card", async ({ page }) => {
  await signIn(page, "anggota.makassar@zi.demo");
  await page.goto("/lke/asm-2026-kejari-makassar");
  await page.getByRole("link", { name: "Lembar kerja (semua butir)" }).click();
  await expect(page).toHaveURL(SHEET);
  await page.getByTestId("row-A.I.6.2.a").getByRole("link", { name: "A.I.6.2.a", exact: true }).click();
  await expect(page).toHaveURL("/lke/asm-2026-kejari-makassar/A.I.6#butir-A.I.6.2.a");
  await expect(page.getByTestId("item-A.I.6.2.a")).toBeInViewport();
});
