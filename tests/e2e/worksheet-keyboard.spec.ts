import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// The worksheet (every item in one table) filled with the keyboard alone, as in a spreadsheet:
// arrows between cells, a letter picks an option, Enter edits and commits, Tab moves on, Esc
// takes an edit back. Every answer survives a reload.
const SHEET = "/lke/asm-2026-kejari-bantaeng/lembar-kerja";

const row = (page: Page, code: string) => page.getByTestId(`row-${code}`);
const focusedRow = (page: Page) => page.evaluate(() => document.activeElement?.closest("tr")?.id ?? "");
/** The column of the focused cell (or of the cell holding the focused control). */
const focusedColumn = (page: Page) => page.evaluate(() => String((document.activeElement?.closest("td, th") as HTMLTableCellElement | null)?.cellIndex ?? ""));
const cellHasFocus = (page: Page) => page.evaluate(() => {
  const active = document.activeElement;
  return (active instanceof HTMLTableCellElement) && active.parentElement!.hasAttribute("data-nav-row");
});

/** Tab from the top of the page into the grid: one tab stop, a cell. */
async function tabIntoGrid(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await cellHasFocus(page)) return;
  }
  throw new Error("the grid has no tab stop");
}

/** Page and arrow up or down to the item's row (ten rows a page), staying in the column. */
async function arrowTo(page: Page, code: string) {
  const steps = await page.evaluate((to) => {
    const rows = [...document.querySelectorAll("tr[data-nav-row]")].filter((r) => !(r as HTMLElement).hidden);
    return rows.findIndex((r) => r.id === to) - rows.indexOf(document.activeElement!.closest("tr")!);
  }, `butir-${code}`);
  const [page10, step] = steps < 0 ? ["PageUp", "ArrowUp"] : ["PageDown", "ArrowDown"];
  for (let i = 0; i < Math.floor(Math.abs(steps) / 10); i++) await page.keyboard.press(page10);
  for (let i = 0; i < Math.abs(steps) % 10; i++) await page.keyboard.press(step);
  expect(await focusedRow(page)).toBe(`butir-${code}`);
}

async function expectSavedRow(page: Page, code: string) {
  await expect(row(page, code).getByTestId("save-status")).toHaveText("Tersimpan");
}

test("five items filled by keyboard only are there after a reload", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(SHEET);
  await expect(page.getByRole("grid", { name: "Lembar kerja LKE" })).toBeVisible();
  await expect(page.getByTestId("row-A.I.1.1.a")).toBeVisible();
  // Every item of the LKE is a row of the one table.
  await expect(page.locator("tr[id^=butir-]")).toHaveCount(113);

  await tabIntoGrid(page);
  expect(await focusedColumn(page)).toBe("2");

  // 1. A letter on an option cell picks that option (A.I.5.1.a: "B").
  await arrowTo(page, "A.I.5.1.a");
  await page.keyboard.press("b");
  await expectSavedRow(page, "A.I.5.1.a");

  // 2. Enter edits the select, an arrow changes it, Enter commits and moves down a row.
  await page.keyboard.press("ArrowDown");
  expect(await focusedRow(page)).toBe("butir-A.I.5.1.b");
  await page.keyboard.press("Enter");
  await expect(row(page, "A.I.5.1.b").getByLabel("Jawaban A.I.5.1.b")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  expect(await focusedRow(page)).toBe("butir-A.I.5.2.a");
  await expectSavedRow(page, "A.I.5.1.b");

  // 3. Tab goes on to the narrative; typing replaces it; Enter commits.
  await page.keyboard.press("d");
  await page.keyboard.press("Tab");
  expect(await focusedColumn(page)).toBe("4");
  await page.keyboard.type("SK Tim Gratifikasi 2026");
  await page.keyboard.press("Enter");
  await expectSavedRow(page, "A.I.5.2.a");

  // Esc takes an edit back: nothing of it is saved.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  expect(await focusedRow(page)).toBe("butir-A.I.5.1.b");
  await page.keyboard.type("tidak jadi");
  await expect(row(page, "A.I.5.1.b").getByLabel("Uraian bukti dukung A.I.5.1.b")).toHaveValue("tidak jadi");
  await page.keyboard.press("Escape");
  await expect(row(page, "A.I.5.1.b").getByLabel("Uraian bukti dukung A.I.5.1.b")).toHaveValue("");
  await expect(row(page, "A.I.5.1.b").getByTestId("save-status")).not.toHaveText("Menyimpan...");

  // 4. Counts: the cap between them shows on the cell, then a valid pair saves.
  await arrowTo(page, "A.II.1.1.b");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  expect(await focusedColumn(page)).toBe("2");
  await page.keyboard.press("Enter");
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  await page.keyboard.type("5");
  const cell = row(page, "A.II.1.1.b");
  await expect(cell.getByRole("alert")).toContainText("tidak boleh melebihi");
  await expect(cell.getByLabel("Jumlah perubahan yang telah diintegrasikan dalam sistem manajemen")).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expectSavedRow(page, "A.II.1.1.b");
  await expect(page.getByTestId("percent-A.II.1.1.b")).toContainText("66,67%");

  // 5. The survey index, typed straight onto its cell.
  await page.keyboard.press("Control+End");
  await arrowTo(page, "B.I.a");
  await page.keyboard.type("3,25");
  await page.keyboard.press("Enter");
  await expectSavedRow(page, "B.I.a");

  await page.reload();
  await expect(row(page, "A.I.5.1.a").getByLabel("Jawaban A.I.5.1.a")).toHaveValue("B");
  await expect(row(page, "A.I.5.1.b").getByLabel("Jawaban A.I.5.1.b")).toHaveValue("B");
  await expect(row(page, "A.I.5.1.b").getByLabel("Uraian bukti dukung A.I.5.1.b")).toHaveValue("");
  await expect(row(page, "A.I.5.2.a").getByLabel("Jawaban A.I.5.2.a")).toHaveValue("D");
  await expect(row(page, "A.I.5.2.a").getByLabel("Uraian bukti dukung A.I.5.2.a")).toHaveValue("SK Tim Gratifikasi 2026");
  await expect(row(page, "A.II.1.1.b").getByLabel("Jumlah perubahan yang dibuat")).toHaveValue("3");
  await expect(row(page, "A.II.1.1.b").getByLabel("Jumlah perubahan yang telah diintegrasikan dalam sistem manajemen")).toHaveValue("2");
  await expect(row(page, "B.I.a").getByLabel("Nilai indeks survei B.I.a (0,00 - 4,00)")).toHaveValue("3,25");
});
