import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

export async function signIn(page: Page, email: string) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}

/** "17,85" -> 17.85 */
export function parseIdNumber(text: string | null): number {
  return Number((text ?? "").trim().replace(/\./g, "").replace(",", "."));
}

export function item(page: Page, code: string) {
  return page.getByTestId(`item-${code}`);
}

export async function expectSaved(page: Page, code: string) {
  await expect(item(page, code).getByTestId("save-status")).toHaveText("Tersimpan");
}
