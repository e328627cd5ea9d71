import { expect, test } from "@playwright/test";
import { item, signIn } from "./support";

// The area page's HTML carries the saved answers and narratives (no JavaScript needed to see
// them), and a click made before the page's JavaScript has run still counts.

test("with JavaScript disabled an area page shows its saved answers and narratives", async ({ browser }) => {
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), "anggota.makassar@zi.demo");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const page = await noScript.newPage();
  await page.goto("/lke/asm-2026-kejari-makassar/A.I.1");

  const answered = Number((await page.getByTestId("nav-answered-A.I.1").textContent())!.split("/")[0]);
  expect(answered).toBeGreaterThan(0);
  // A.I.1 has option items only: one ticked radio and one narrative per answered item.
  await expect(page.locator("input[type=radio]:checked")).toHaveCount(answered);
  const narratives = await page.locator("textarea").evaluateAll((boxes) => boxes.filter((box) => (box as HTMLTextAreaElement).value !== "").length);
  expect(narratives).toBe(answered);
  await noScript.close();
  await signedIn.close();
});

test("on a throttled network an option clicked right after it appears is saved", async ({ page, context }) => {
  await signIn(page, "anggota@zi.demo");
  // Chrome DevTools throttling: 150 ms, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower, no cache.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Hold the page's scripts (not its styles) until the click is made, so it lands before React
  // has taken over.
  let release!: () => void;
  const clicked = new Promise<void>((resolve) => (release = resolve));
  const scripts = (url: URL) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js");
  await page.route(scripts, async (route) => {
    await clicked;
    await route.continue();
  });

  await page.goto("/lke/asm-2026-kejari-bantaeng/A.II.6", { waitUntil: "commit" });
  const option = item(page, "A.II.6.2.a").getByRole("radio").nth(1);
  await option.waitFor({ state: "visible" });
  expect(await option.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__react")))).toBe(false);
  await option.click();
  release();

  await expect(item(page, "A.II.6.2.a").getByTestId("save-status")).toHaveText("Tersimpan", { timeout: 30_000 });
  await expect(option).toBeChecked();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.unroute(scripts);
  await page.reload();
  await expect(item(page, "A.II.6.2.a").getByRole("radio").nth(1)).toBeChecked();
});
