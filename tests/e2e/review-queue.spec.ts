import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// The TPI queue is the evaluators' page: a unit member gets 404 as for any page outside their
// role. Evaluators filter it by status, also on a 360 px phone.

test("a unit member gets 404 for the TPI queue", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  const response = await page.goto("/evaluasi");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("an evaluator filters the queue by status on a 360 px phone", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
  await signIn(page, "tpi@zi.demo");
  const filter = page.getByRole("navigation", { name: "Saring menurut status" });
  await expect(filter.getByRole("link", { name: "Semua (2)" })).toHaveAttribute("aria-current", "page");
  // Whatever state the demo units are in (other specs move them): a status chip shows its count of rows.
  const chip = filter.getByRole("link").nth(1);
  const count = Number(/\((\d+)\)/.exec(await chip.innerText())?.[1]);
  await chip.click();
  await expect(page).toHaveURL(/\/evaluasi\?status=[A-Z_]+$/);
  await expect(chip).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("review-queue").getByRole("row")).toHaveCount(count + 1);
  // Neither demo unit is ever left "Dikirim ulang" by the specs.
  await page.goto("/evaluasi?status=RESUBMITTED");
  await expect(page.getByText("Tidak ada unit dengan status ini.")).toBeVisible();
  // The page itself never scrolls sideways; only the table does, inside its frame.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
