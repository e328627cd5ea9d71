import { expect, test } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

const AREA = "/lke/asm-2026-kejari-bantaeng/A.I.2";

test("two members edit the same item: the second sees a conflict with the other's answer, never a silent overwrite", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "anggota@zi.demo");
  await signIn(second, "anggota2@zi.demo");
  await first.goto(AREA);
  await second.goto(AREA);

  await item(first, "A.I.2.3.a").getByRole("radio").first().check();
  await expectSaved(first, "A.I.2.3.a");

  // The second member still has the old page and picks C.
  await item(second, "A.I.2.3.a").getByRole("radio").nth(2).check();
  const notice = second.getByTestId("conflict-notice");
  await expect(notice).toContainText("baru saja diubah oleh Andi Tim Kerja");
  await expect(second.getByTestId("conflict-their-answer")).toContainText("Jika");

  // Taking theirs shows A; the first member's answer was never overwritten.
  await notice.getByRole("button", { name: "Pakai jawaban terbaru" }).click();
  await expect(item(second, "A.I.2.3.a").getByRole("radio").first()).toBeChecked();
  await second.reload();
  await expect(item(second, "A.I.2.3.a").getByRole("radio").first()).toBeChecked();

  // Deciding to overwrite is explicit and works against the latest version.
  await item(second, "A.I.2.3.a").getByRole("radio").nth(1).check();
  await expectSaved(second, "A.I.2.3.a");
  await first.reload();
  await expect(item(first, "A.I.2.3.a").getByRole("radio").nth(1)).toBeChecked();
});
