import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Another unit's LKE answers 404, exactly like one that does not exist: nothing is revealed.
const cases = [
  { who: "a Bantaeng team member", email: "anggota@zi.demo", path: "/lke/asm-2026-kejari-makassar", unit: "Makassar" },
  { who: "a Bantaeng team member (area page)", email: "anggota@zi.demo", path: "/lke/asm-2026-kejari-makassar/A.I.1", unit: "Makassar" },
  { who: "an evaluator not assigned to Bantaeng", email: "tpi@zi.demo", path: "/lke/asm-2026-kejari-bantaeng", unit: "Bantaeng" },
  { who: "the Sulawesi Selatan leader on a Jawa Barat unit", email: "pimpinan.sulsel@zi.demo", path: "/lke/asm-2026-kejari-bandung", unit: "Bandung" },
];

for (const { who, email, path, unit } of cases) {
  test(`${who} gets 404 for ${path}`, async ({ page }) => {
    await signIn(page, email);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.getByText(unit)).toHaveCount(0);
  });
}

test("the same people can open what is theirs", async ({ page }) => {
  await signIn(page, "pimpinan.sulsel@zi.demo");
  expect((await page.goto("/lke/asm-2026-kejari-makassar"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Kejaksaan Negeri Makassar" })).toBeVisible();
});

test("a visitor without a session is sent to the sign-in page", async ({ page }) => {
  await page.goto("/lke/asm-2026-kejari-bantaeng");
  await expect(page).toHaveURL(/\/masuk/);
});
