import { expect, test } from "@playwright/test";
import { signIn } from "./support";
import { setPasswordPath, waitForMail } from "./mailbox";

// The whole way in for a new team member: the agency admin invites them, the emailed link sets
// the first password, they sign in and see their unit's LKE; changing the password later ends
// their other session.

const PASSWORD = "sate maranggi pedas sekali";
const NEW_PASSWORD = "es teler durian manis";

test("an invited member sets a password from the email, signs in, sees the unit's LKE", async ({ page, browser }) => {
  const email = `anggota.baru.${Date.now()}@zi.demo`;
  await signIn(page, "admin.kejaksaan@zi.demo");
  await page.getByRole("link", { name: "Pengguna" }).click();
  await page.getByRole("link", { name: "Undang pengguna" }).click();
  await page.getByLabel("Nama lengkap").fill("Rudi Anggota Baru");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("NIP").fill(String(Date.now()).padStart(18, "1"));
  await page.getByLabel("Peran").selectOption("UNIT_MEMBER");
  await page.getByLabel("Unit", { exact: true }).selectOption("unit-kejari-bantaeng");
  await page.getByRole("button", { name: "Undang pengguna" }).click();
  await expect(page.getByText(`Undangan dikirim ke ${email}.`)).toBeVisible();

  const invitation = await waitForMail(email);
  expect(invitation.subject).toBe("Undangan ke aplikasi Zona Integritas");
  const link = setPasswordPath(invitation);

  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await memberPage.goto(link);
  await memberPage.getByLabel("Kata sandi baru", { exact: true }).fill("password123");
  await memberPage.getByLabel("Ulangi kata sandi baru").fill("password123");
  await memberPage.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(memberPage.getByRole("alert").filter({ hasText: "terlalu umum" })).toBeVisible();
  await memberPage.getByLabel("Kata sandi baru", { exact: true }).fill(PASSWORD);
  await memberPage.getByLabel("Ulangi kata sandi baru").fill(PASSWORD);
  await memberPage.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(memberPage.getByText("Kata sandi telah dibuat. Silakan masuk.")).toBeVisible();

  // The link is spent.
  await memberPage.goto(link);
  await memberPage.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
  await memberPage.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
  await memberPage.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(memberPage.getByRole("alert").filter({ hasText: "sudah dipakai" })).toBeVisible();

  const signInAs = async (p: typeof memberPage, password: string) => {
    await p.goto("/masuk");
    await p.getByLabel("Email").fill(email);
    await p.getByLabel("Kata sandi").fill(password);
    await p.getByRole("button", { name: "Masuk" }).click();
    await expect(p).not.toHaveURL(/\/masuk/);
  };
  await signInAs(memberPage, PASSWORD);
  // A unit's team is taken straight to its one LKE of the period.
  await expect(memberPage).toHaveURL(/\/lke\/asm-2026-kejari-bantaeng$/);
  await expect(memberPage.getByRole("heading", { level: 1 })).toContainText("Kejaksaan Negeri Bantaeng");

  // A second browser of the same member; changing the password in the first ends it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, PASSWORD);
  await memberPage.goto("/akun/kata-sandi");
  await memberPage.getByLabel("Kata sandi saat ini").fill(PASSWORD);
  await memberPage.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
  await memberPage.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(memberPage.getByText(/Kata sandi diubah\. 1 sesi lain/)).toBeVisible();
  await otherPage.goto("/");
  await expect(otherPage).toHaveURL(/\/masuk/);
  await memberPage.goto("/");
  await expect(memberPage).not.toHaveURL(/\/masuk/);
  await Promise.all([member.close(), other.close()]);
});
