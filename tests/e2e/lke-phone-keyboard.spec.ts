import { expect, test } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

test.use({ viewport: { width: 360, height: 740 } });

test("on a 360 px phone the area page does not scroll sideways and items can be answered by keyboard", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto("/lke/asm-2026-kejari-bantaeng/A.I.3");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const radio = item(page, "A.I.3.1.a").getByLabel("Ya");
  await radio.focus();
  await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
  await expectSaved(page, "A.I.3.1.a");
  // Arrow keys move within the radio group, like any native form.
  await page.keyboard.press("ArrowDown");
  await expect(item(page, "A.I.3.1.a").getByLabel("Tidak")).toBeChecked();
  await expectSaved(page, "A.I.3.1.a");
});

test("on a phone the current area's chip is in view in the strip of areas", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto("/lke/asm-2026-kejari-bantaeng/A.II.5");
  const chip = page.getByTestId("nav-A.II.5");
  await expect(chip).toHaveAttribute("aria-current", "page");
  const strip = await page.getByTestId("section-strip").boundingBox();
  // Wait for the strip to have scrolled, then check the chip lies inside its visible part.
  await expect.poll(async () => (await chip.boundingBox())!.x).toBeGreaterThanOrEqual(strip!.x);
  const box = (await chip.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(strip!.x + strip!.width);
});
