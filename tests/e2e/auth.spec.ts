import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a wrong password gets a clear message and keeps the email", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill("anggota2@zi.demo");
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  await expect(page.getByLabel("Email")).toHaveValue("anggota2@zi.demo");
  await expect(page).toHaveURL(/\/masuk/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "admin@zi.demo");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);
  await page.goto("/admin/periode");
  await expect(page).toHaveURL(/\/masuk/);
});
