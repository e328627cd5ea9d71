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

test("an option chosen and counts typed before the page is interactive are saved", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  // Hold the page's scripts until the input is made, so it lands before React has taken over.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  const scripts = (url: URL) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js");
  await page.route(scripts, async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto("/lke/asm-2026-kejari-bantaeng/lembar-kerja", { waitUntil: "commit" });
  const select = page.getByLabel("Jawaban A.I.5.5.a");
  const counts = page.getByTestId("row-A.II.5.3.1.a").getByRole("spinbutton");
  await counts.first().waitFor({ state: "visible" });
  expect(await select.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__react")))).toBe(false);
  await select.selectOption("C");
  await counts.first().fill("12");
  await counts.last().fill("10");
  release();

  await expect(page.getByTestId("row-A.I.5.5.a").getByTestId("save-status")).toHaveText("Tersimpan", { timeout: 30_000 });
  await expect(page.getByTestId("row-A.II.5.3.1.a").getByTestId("save-status")).toHaveText("Tersimpan");
  await page.unroute(scripts);
  await page.reload();
  await expect(page.getByLabel("Jawaban A.I.5.5.a")).toHaveValue("C");
  expect(await page.getByTestId("row-A.II.5.3.1.a").getByRole("spinbutton").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(["12", "10"]);
});

test("two members edit one cell: the later one gets the conflict panel in the sheet and takes the newer answer", async ({ browser }) => {
  const open = async (email: string) => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, email);
    await page.goto("/lke/asm-2026-kejari-bantaeng/lembar-kerja");
    await expect(page.getByTestId("row-A.I.5.5.b")).toBeVisible();
    return page;
  };
  const [first, second] = [await open("anggota@zi.demo"), await open("anggota2@zi.demo")];
  await first.getByLabel("Jawaban A.I.5.5.b").selectOption("B");
  await expect(first.getByTestId("row-A.I.5.5.b").getByTestId("save-status")).toHaveText("Tersimpan");

  await second.getByLabel("Jawaban A.I.5.5.b").selectOption("C");
  const panel = second.getByTestId("detail-A.I.5.5.b").getByTestId("conflict-notice");
  await expect(panel).toContainText("baru saja diubah oleh Andi Tim Kerja");
  await expect(panel.getByTestId("conflict-their-answer")).toContainText("B ·");
  await panel.getByRole("button", { name: "Pakai jawaban terbaru" }).click();
  await expect(second.getByLabel("Jawaban A.I.5.5.b")).toHaveValue("B");
  await expect(second.getByTestId("detail-A.I.5.5.b")).toHaveCount(0);
});
