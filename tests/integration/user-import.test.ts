import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeUserImport } from "@/lib/access/user-import-access";
import { createUserImport } from "@/lib/accounts/import/create-user-import";
import { applyUserImport } from "@/lib/accounts/import/apply-user-import";
import { getUserImport } from "@/lib/accounts/import/queries";
import { buildUserImportTemplate } from "@/lib/accounts/import/build-template";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createSecondAgency } from "@/tests/support/second-agency";
import { createWorld } from "@/tests/support/fixtures";
import { clearJobs, drainJobs } from "@/tests/support/job-worker";
import { useTestMailServer } from "@/tests/support/mail-server";

// Importing users from a file: a preview naming every row's problems, nothing created until the
// admin applies it, then all rows in one transaction with their invitations.

let agencyAdmin: TSessionUser;
let otherAdmin: TSessionUser;
const mailServer = useTestMailServer();

beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  await createWorld();
  ({ agencyAdmin, otherAdmin } = await createSecondAgency());
  mailServer().clear();
});

const HEADER = ["Nama", "Email", "NIP", "Telepon", "Peran", "Kode Unit"];

async function xlsx(rows: (string | number)[][], header = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pengguna");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function preview(admin: TSessionUser, file: Buffer, fileName = "pengguna.xlsx") {
  const { importId } = await createUserImport(await authorizeAgency(admin, "ag", "user.manage"), fileName, file);
  return { importId, ...(await getUserImport(await authorizeUserImport(admin, importId))).preview };
}

const GOOD = [
  ["Siti Rahma", "Siti@Test.id", "198701012010012001", "0812 3456 7890", "Tim Kerja", "UNIT-A"],
  ["Budi Santoso", "budi@test.id", "", "", "kepala unit", "unit-b"],
];

describe("importing users", () => {
  it("previews without creating, then creates every row with its role in one go, audited, each invited by email", async () => {
    const { importId, rows, problemRows } = await preview(agencyAdmin, await xlsx(GOOD));
    expect(problemRows).toBe(0);
    expect(rows.map((r) => [r.row, r.email, r.role, r.unitId])).toEqual([[2, "siti@test.id", "UNIT_MEMBER", "unit-a"], [3, "budi@test.id", "UNIT_HEAD", "unit-b"]]);
    expect(await prisma.user.count({ where: { email: { in: ["siti@test.id", "budi@test.id"] } } })).toBe(0);

    expect(await applyUserImport(await authorizeUserImport(agencyAdmin, importId))).toEqual({ created: 2 });
    const siti = await prisma.user.findUniqueOrThrow({ where: { email: "siti@test.id" }, include: { roles: true } });
    expect(siti).toMatchObject({ agencyId: "ag", nip: "198701012010012001", phone: "0812 3456 7890" });
    expect(siti.roles.map((r) => [r.role, r.unitId])).toEqual([["UNIT_MEMBER", "unit-a"]]);
    expect(await prisma.auditEvent.count({ where: { action: "user.create", actorId: "admin-ag" } })).toBe(2);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.import" } })).toMatchObject({ entityId: "ag", after: { created: 2, fileName: "pengguna.xlsx" } });
    await drainJobs();
    expect(mailServer().to("siti@test.id").map((m) => m.subject)).toEqual(["Undangan ke aplikasi Zona Integritas"]);
    expect(mailServer().to("budi@test.id")).toHaveLength(1);
    // Applied once: the preview is gone.
    await expect(authorizeUserImport(agencyAdmin, importId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names every row's problems: unknown or another agency's unit, duplicates in the file and in the database, invalid role and details", async () => {
    const { importId, rows, problemRows } = await preview(agencyAdmin, await xlsx([
      ...GOOD,
      ["Andi", "andi@test.id", "", "", "Tim Kerja", "TIDAK-ADA"],
      ["Dewi", "dewi@test.id", "", "", "Tim Kerja", "UX"],
      ["Siti Lagi", "siti@test.id", "198701012010012001", "", "Tim Kerja", "UNIT-A"],
      ["Lama", "member-a@test.id", "", "", "Tim Kerja", "UNIT-A"],
      ["Rudi", "rudi@test.id", "", "", "Bendahara", "UNIT-A"],
      ["", "bukan-email", "123", "", "", ""],
    ]));
    expect(problemRows).toBe(6);
    const problemsOf = (row: number) => rows.find((r) => r.row === row)!.problems;
    expect(problemsOf(2)).toEqual([]);
    expect(problemsOf(4)).toEqual(["Kode unit 'TIDAK-ADA' tidak ditemukan di Kejaksaan RI; peran hanya dapat diberikan pada unit instansi ini."]);
    // A unit of another agency is refused exactly like an unknown one.
    expect(problemsOf(5)).toEqual(["Kode unit 'UX' tidak ditemukan di Kejaksaan RI; peran hanya dapat diberikan pada unit instansi ini."]);
    expect(problemsOf(6)).toEqual(["Email siti@test.id sudah ada di baris 2 berkas ini.", "NIP 198701012010012001 sudah ada di baris 2 berkas ini."]);
    expect(problemsOf(7)).toEqual(["Email member-a@test.id sudah dipakai akun lain."]);
    expect(problemsOf(8)[0]).toMatch(/^Peran 'Bendahara' tidak dikenal; isi salah satu dari: Tim Kerja, Kepala Unit/);
    expect(problemsOf(9)).toEqual(expect.arrayContaining(["Nama wajib diisi.", "Masukkan alamat email yang valid.", "NIP terdiri atas 18 angka, atau kosongkan.", "Peran wajib diisi.", "Kode unit wajib diisi."]));

    const error = await applyUserImport(await authorizeUserImport(agencyAdmin, importId)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidStateError);
    expect((error as Error).message).toBe("Berkas masih memiliki 6 baris bermasalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.");
    expect(await prisma.user.count({ where: { email: { in: ["siti@test.id", "budi@test.id"] } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["user.create", "user.import"] } } })).toBe(0);
  });

  it("refuses the whole file when the database moved since the preview, creating nobody", async () => {
    const { importId } = await preview(agencyAdmin, await xlsx(GOOD));
    await prisma.user.create({ data: { email: "budi@test.id", name: "Budi lain", passwordHash: "x", agencyId: "ag" } });
    const error = await applyUserImport(await authorizeUserImport(agencyAdmin, importId)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^Baris 3: Email budi@test.id sudah dipakai akun lain\. Data berubah sejak pratinjau dibuat; tidak ada yang disimpan/);
    expect(await prisma.user.count({ where: { email: "siti@test.id" } })).toBe(0);
    await drainJobs();
    expect(mailServer().to("siti@test.id")).toHaveLength(0);
  });

  it("reads CSV as Excel saves it in Indonesia (semicolons, BOM) and keeps the NIP's 18 digits", async () => {
    const csv = "\uFEFFNama;Email;NIP;Telepon;Peran;Kode Unit\r\nSiti Rahma;siti@test.id;198701012010012001;;Tim Kerja;UNIT-A\r\n";
    const { rows, problemRows } = await preview(agencyAdmin, Buffer.from(csv), "pengguna.csv");
    expect(problemRows).toBe(0);
    expect(rows[0]).toMatchObject({ nip: "198701012010012001", unitId: "unit-a" });
  });

  it("refuses a NIP that Excel stored as a rounded number, and a file without an Email column", async () => {
    const { rows } = await preview(agencyAdmin, await xlsx([["Siti", "siti@test.id", 198701012010012001, "", "Tim Kerja", "UNIT-A"]]));
    expect(rows[0]!.problems[0]).toMatch(/^Kolom NIP \(sel C2\) tersimpan sebagai angka dan kehilangan digitnya/);
    await expect(preview(agencyAdmin, await xlsx([["a"]], ["Nama", "Alamat"]))).rejects.toThrow(/kolom 'Email'/);
  });

  it("is the uploader's own: another agency's admin can neither upload for the agency nor see or apply the preview", async () => {
    await expect(authorizeAgency(otherAdmin, "ag", "user.manage")).rejects.toBeInstanceOf(NotFoundError);
    const { importId } = await preview(agencyAdmin, await xlsx(GOOD));
    await expect(authorizeUserImport(otherAdmin, importId)).rejects.toBeInstanceOf(NotFoundError);
    // Even the installation's admin: a preview is its uploader's alone.
    await expect(authorizeUserImport((await loadUser("admin"))!, importId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.user.count({ where: { email: "siti@test.id" } })).toBe(0);
  });

  it("offers a template that its own reader accepts, listing the agency's active unit codes only", async () => {
    await prisma.unit.update({ where: { id: "unit-b" }, data: { active: false } });
    const template = await buildUserImportTemplate(await authorizeAgency(agencyAdmin, "ag", "user.manage"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const codes = workbook.getWorksheet("Unit")!.getColumn(1).values.slice(2);
    expect(codes).toContain("UNIT-A");
    expect(codes).not.toContain("UNIT-B");
    expect(codes).not.toContain("UX");
    const sheet = workbook.getWorksheet("Pengguna")!;
    sheet.addRow(["Siti Rahma", "siti@test.id", "198701012010012001", "", "Kepala Unit", "UNIT-A"]);
    const { rows, problemRows } = await preview(agencyAdmin, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problemRows).toBe(0);
    expect(rows.map((r) => r.role)).toEqual(["UNIT_HEAD"]);
    // A deactivated unit takes no new user.
    const inactive = await preview(agencyAdmin, await xlsx([["Budi", "budi@test.id", "", "", "Tim Kerja", "UNIT-B"]]));
    expect(inactive.rows[0]!.problems).toEqual(["Unit Unit unit-b sudah dinonaktifkan; pilih unit yang aktif."]);
  });
});
