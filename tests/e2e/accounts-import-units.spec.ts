import { expect, test } from "@playwright/test";
import { signIn } from "./support";
import { waitForMail } from "./mailbox";

// An agency admin imports users from a file (a preview with a bad row, then a clean file applied,
// invitations emailed) and keeps the unit tree (add, rename, move, deactivate). Roles and units are
// in Jawa Barat, which no other spec depends on.

const HEADER = "Nama;Email;NIP;Telepon;Peran;Kode Unit";

function csv(rows: string[]) {
  return { name: "pengguna.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`) };
}

test("imports users: a row with an unknown unit blocks the file; the corrected file creates both and invites them", async ({ page }) => {
  const stamp = Date.now();
  const emails = [`impor.satu.${stamp}@zi.demo`, `impor.dua.${stamp}@zi.demo`];
  const good = [`Impor Satu;${emails[0]};;;Pimpinan;KEJATI-JABAR`, `Impor Dua;${emails[1]};;0812 1111 2222;Pimpinan;kejati-jabar`];
  await signIn(page, "admin.kejaksaan@zi.demo");
  await page.getByRole("link", { name: "Pengguna" }).click();
  await page.getByRole("link", { name: "Impor dari berkas" }).click();
  await expect(page.getByRole("link", { name: "Unduh templat (.xlsx)" })).toHaveAttribute("href", /\/api\/pengguna\/templat\.xlsx\?instansi=/);

  await page.getByLabel(/Daftar pengguna/).setInputFiles(csv([...good, `Salah Unit;salah.${stamp}@zi.demo;;;Pimpinan;KEJARI-ENTAH`]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("user-import-summary")).toContainText("3 baris, 2 siap dibuat, 1 bermasalah");
  await expect(page.getByTestId("user-import-problem")).toContainText("Kode unit 'KEJARI-ENTAH' tidak ditemukan di Kejaksaan Republik Indonesia");
  await expect(page.getByRole("button", { name: /Buat 3 pengguna/ })).toBeDisabled();

  await page.getByRole("link", { name: "unggah ulang" }).click();
  await page.getByLabel(/Daftar pengguna/).setInputFiles(csv(good));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("user-import-ok")).toHaveCount(2);
  await page.getByRole("button", { name: "Buat 2 pengguna dan kirim undangan" }).click();
  await expect(page.getByText("2 pengguna dibuat dari berkas; undangan sedang dikirim.")).toBeVisible();
  await page.getByLabel("Cari nama, email atau NIP").fill(`${stamp}`);
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByText(emails[0]!)).toBeVisible();
  await expect(page.getByText(emails[1]!)).toBeVisible();
  for (const email of emails) expect((await waitForMail(email)).subject).toBe("Undangan ke aplikasi Zona Integritas");
});

test("edits the unit tree: adds, renames, moves and deactivates a unit; a parent with active units stays", async ({ page }) => {
  const code = `KEJARI-UJI-${Date.now()}`;
  await signIn(page, "admin.kejaksaan@zi.demo");
  await page.getByRole("link", { name: "Unit", exact: true }).click();
  const add = page.getByRole("form", { name: "Tambah unit" });
  await add.getByLabel("Unit induk").selectOption({ label: "\u00a0\u00a0Kejaksaan Tinggi Jawa Barat (KEJATI-JABAR)" });
  await add.getByLabel("Nama unit").fill("Kejaksaan Negeri Uji");
  await add.getByLabel("Kode unit").fill(code);
  await add.getByLabel("Jenis unit").fill("Kejari");
  await add.getByLabel("Wilayah").fill("Jawa Barat");
  await add.getByRole("button", { name: "Tambah unit" }).click();
  await expect(add.getByText("Unit Kejaksaan Negeri Uji ditambahkan.")).toBeVisible();

  // A taken code is refused under its field.
  await add.getByLabel("Unit induk").selectOption({ label: "\u00a0\u00a0Kejaksaan Tinggi Jawa Barat (KEJATI-JABAR)" });
  await add.getByLabel("Nama unit").fill("Kejaksaan Negeri Kembar");
  await add.getByLabel("Kode unit").fill(code);
  await add.getByRole("button", { name: "Tambah unit" }).click();
  await expect(add.getByText(`Kode unit "${code}" sudah dipakai unit lain. Gunakan kode lain.`).first()).toBeVisible();

  await page.getByTestId("unit-tree").getByRole("link", { name: "Kejaksaan Negeri Uji" }).click();
  const edit = page.getByRole("form", { name: "Ubah unit" });
  await edit.getByLabel("Nama unit").fill("Kejaksaan Negeri Uji Raya");
  await edit.getByRole("button", { name: "Simpan" }).click();
  await expect(edit.getByText("Data unit tersimpan.")).toBeVisible();

  const move = page.getByRole("form", { name: "Pindahkan unit" });
  await move.getByLabel("Unit induk baru").selectOption({ label: "\u00a0\u00a0\u00a0\u00a0Kejaksaan Negeri Kota Bogor (KEJARI-BOGOR)" });
  await move.getByRole("button", { name: "Pindahkan" }).click();
  await expect(move.getByText("Unit dipindahkan (1 unit termasuk bawahannya).")).toBeVisible();
  await expect(page.getByText("di bawah Kejaksaan Negeri Kota Bogor")).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Nonaktifkan unit" }).click();
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();

  // The tree shows it deactivated; a region with active units under it cannot be deactivated.
  await page.getByRole("link", { name: "← Unit" }).click();
  await expect(page.getByTestId("unit-row").filter({ hasText: "Kejaksaan Negeri Uji Raya" })).toContainText("Nonaktif");
  await page.getByTestId("unit-tree").getByRole("link", { name: "Kejaksaan Tinggi Jawa Barat" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Nonaktifkan unit" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "masih memiliki unit aktif di bawahnya" })).toBeVisible();
});
