import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Units sit in WIB, WITA and WIT: every deadline states its zone, in the unit's own zone on the
// unit's pages (Kejari Bantaeng is in Sulawesi Selatan: WITA) and in the windows' zone on admin pages.

test("a Bantaeng team reads its deadline in WITA (and WIB); the admin reads the windows in WIB", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto("/lke/asm-2026-kejari-bantaeng");
  await expect(page.getByTestId("stage-deadline")).toHaveText(/^Tahap Penilaian mandiri ditutup \d{1,2} \p{L}+ \d{4} pukul 00\.59 WITA \(\d{1,2} \p{L}+ \d{4} pukul 23\.59 WIB\)\.$/u);

  await page.context().clearCookies();
  await signIn(page, "admin@zi.demo");
  await page.goto("/admin/periode/period-2026");
  await expect(page.getByText(/pukul 00\.00 WIB s\.d\. .* pukul 23\.59 WIB/).first()).toBeVisible();
});
