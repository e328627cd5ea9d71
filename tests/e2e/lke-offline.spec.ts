import { expect, test, type Page } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

// Answers typed while the connection is down stay in the browser, are shown as not yet saved,
// and reach the server when it is back, after a reload too, through the normal version check.

const AREA = "/lke/asm-2026-kejari-bantaeng/A.I.6";
const status = (page: Page, code: string) => item(page, code).getByTestId("save-status");

test("an answer typed while offline is kept, shown as unsent, and saved once the connection is back", async ({ page, context }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);
  const answered = Number((await page.getByTestId("nav-answered-A.I.6").textContent())!.split("/")[0]);

  await context.setOffline(true);
  await item(page, "A.I.6.1.d").getByRole("radio", { name: "Ya", exact: true }).check();
  await item(page, "A.I.6.1.d").getByLabel("Bukti dukung (uraian)").fill("Laporan pelayanan terpadu 2026");
  await expect(status(page, "A.I.6.1.d")).toHaveText(/Belum tersimpan: menunggu koneksi/);
  await expect(page.getByTestId("unsent-indicator")).toContainText("Anda sedang offline");
  await expect(page.getByTestId("unsent-count")).toHaveText(/^1 jawaban belum tersimpan/);

  await context.setOffline(false);
  await expectSaved(page, "A.I.6.1.d");
  await expect(page.getByTestId("unsent-indicator")).toHaveCount(0);
  // The menu follows the save without a reload.
  await expect(page.getByTestId("nav-answered-A.I.6")).toContainText(`${answered + 1}/19 terjawab`);

  await page.reload();
  await expect(item(page, "A.I.6.1.d").getByRole("radio", { name: "Ya", exact: true })).toBeChecked();
  await expect(item(page, "A.I.6.1.d").getByLabel("Bukti dukung (uraian)")).toHaveValue("Laporan pelayanan terpadu 2026");
});

test("an unsent answer survives closing the page and is saved on the next visit", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);

  await context.setOffline(true);
  await item(page, "A.I.6.5.b").getByLabel("Tidak").check();
  await expect(status(page, "A.I.6.5.b")).toHaveText(/Belum tersimpan/);
  await page.close();

  await context.setOffline(false);
  const next = await context.newPage();
  await next.goto(AREA);
  await expect(item(next, "A.I.6.5.b").getByLabel("Tidak")).toBeChecked();
  await expectSaved(next, "A.I.6.5.b");

  // Stored on the server: a fresh page (no browser copy left) shows it from the server HTML.
  expect(await next.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("zi:belum-tersimpan:")))).toEqual([]);
  await next.reload();
  await expect(item(next, "A.I.6.5.b").getByLabel("Tidak")).toBeChecked();
  await context.close();
});

test("an unsent answer that meets a newer answer on reconnect shows the conflict panel, never overwrites", async ({ browser }) => {
  const offlineContext = await browser.newContext();
  const mine = await offlineContext.newPage();
  const theirs = await (await browser.newContext()).newPage();
  await signIn(mine, "anggota@zi.demo");
  await signIn(theirs, "anggota2@zi.demo");
  await mine.goto(AREA);
  await theirs.goto(AREA);

  await offlineContext.setOffline(true);
  await item(mine, "A.I.6.3.c").getByRole("radio").nth(2).check();
  await expect(status(mine, "A.I.6.3.c")).toHaveText(/Belum tersimpan/);

  await item(theirs, "A.I.6.3.c").getByRole("radio").first().check();
  await expectSaved(theirs, "A.I.6.3.c");

  await offlineContext.setOffline(false);
  await expect(mine.getByTestId("conflict-notice")).toContainText("baru saja diubah oleh");
  await theirs.reload();
  await expect(item(theirs, "A.I.6.3.c").getByRole("radio").first()).toBeChecked();
});

test("a save the server fails is retried with the same version, never lost", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);
  // The first two saves of the page fail with HTTP 500; the third goes through.
  let failures = 0;
  await page.route(AREA, async (route) => {
    if (route.request().method() === "POST" && failures < 2) {
      failures += 1;
      return route.fulfill({ status: 500, body: "server sedang bermasalah" });
    }
    return route.continue();
  });
  await item(page, "A.I.6.2.a").getByRole("radio").nth(1).check();
  await expect(status(page, "A.I.6.2.a")).toHaveText(/Belum tersimpan/);
  // Retries wait 2 s, then 4 s (±20%).
  await expect(status(page, "A.I.6.2.a")).toHaveText("Tersimpan", { timeout: 20_000 });
  expect(failures).toBe(2);
  await page.unroute(AREA);
  await page.reload();
  await expect(item(page, "A.I.6.2.a").getByRole("radio").nth(1)).toBeChecked();
});
