import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import { planWorkbook } from "@/lib/plans/plan-export";
import { realiseStep } from "@/lib/plans/realise-step";
import { updateStep } from "@/lib/plans/step-mutations";
import { applyPlanImport } from "@/lib/plans/import/apply-plan-import";
import { createPlanImport } from "@/lib/plans/import/create-plan-import";
import { getPlanImport } from "@/lib/plans/import/queries";
import { WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addStep, planState, stepInput } from "@/tests/support/plan-helpers";

let world: TWorld;
useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

type TRow = (string | number | null)[];
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AG", "SEP", "OKT", "NOV", "DES"];

/** A rencana aksi laid out like seed 002 (PN Sarolangun 2021), with the optional PJ and target columns. */
async function seedSheet(rows: TRow[], extra: { person?: boolean; target?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Rencana Aksi 2026");
  sheet.addRow(["KEGIATAN PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM UNIT A TAHUN 2026"]);
  const head = ["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", ...(extra.person ? ["PENANGGUNG JAWAB"] : []), ...(extra.target ? ["TARGET"] : [])];
  sheet.addRow([...head, "REALISASI WAKTU"]);
  sheet.addRow([...head.map(() => null), ...MONTHS]);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow([null, null, null, null, "Ditetapkan di : Sarolangun"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `marks`: the months (1..12) that carry a V. */
const months = (...marks: number[]) => Array.from({ length: 12 }, (_, i) => (marks.includes(i + 1) ? "V" : null));

async function preview(user: TSessionUser, file: Buffer, assessmentId = "asm-a") {
  const { importId } = await createPlanImport(await authorizeAssessment(user, assessmentId, "plan.write"), "rencana-aksi.xlsx", file);
  const access = await authorizeWorkbookImport(user, importId, "PLAN");
  return { importId, access, ...(await getPlanImport(access)).preview };
}

const stepsNow = () => prisma.actionPlanStep.findMany({
  orderBy: [{ node: { code: "asc" } }, { position: "asc" }],
  select: { node: { select: { code: true } }, description: true, plannedOutput: true, personInChargeId: true, plannedMonths: true, targetDate: true, expectedItemId: true, expectedEntry: true },
});

describe("importing a rencana aksi: preview, then apply", () => {
  it("previews a seed 002 sheet row by row, then writes every step in one transaction with audit events", async () => {
    const { memberA } = world.users;
    await addStep(world, memberA, "A.I.1.1", { description: "Rapat pembentukan Tim Kerja", plannedMonths: [1] });
    const file = await seedSheet([
      [1, "Manajemen Perubahan", "1.1 Penyusunan Tim Kerja", "1. Rapat pembentukan Tim Kerja", "Undangan dan notula", "User head-a", "31 Januari 2026", ...months(1, 2)],
      [null, null, null, "2. Pengesahan Tim Kerja oleh kepala unit", "SK Tim Kerja", "member-a2@test.id", null, ...months(3)],
      [null, null, "A.I.1.2 Rencana Pembangunan Zona Integritas", "Menyusun rencana aksi", "Dokumen rencana aksi", null, "2026-04-30", ...months(4)],
    ], { person: true, target: true });
    const before = await planState();
    const shown = await preview(memberA, file);
    expect(await planState()).toEqual(before);
    expect(shown.problemRows).toBe(0);
    expect(shown.counts).toEqual({ create: 2, update: 1, unchanged: 0 });
    const [first, second, third] = shown.rows;
    expect(first).toMatchObject({ row: 4, action: "update", indicatorCode: "A.I.1.1", description: "Rapat pembentukan Tim Kerja", personId: "head-a", plannedMonths: [1, 2], targetDate: "2026-01-31" });
    expect(first!.changed).toEqual(["Bukti fisik", "Penanggung jawab", "Bulan rencana", "Target"]);
    expect(first!.warnings).toEqual(["Indikator '1.1' dibaca sebagai A.I.1.1 Penyusunan Tim Kerja."]);
    // The indicator holds for the rows below it; an empty target is the end of the last planned month.
    expect(second).toMatchObject({ action: "create", indicatorCode: "A.I.1.1", personId: "member-a2", targetDate: "2026-03-31" });
    expect(second!.warnings).toContain("Target kosong: diisi akhir bulan rencana terakhir (2026-03-31).");
    expect(third).toMatchObject({ action: "create", indicatorCode: "A.I.1.2", personId: "member-a", targetDate: "2026-04-30" });
    expect(third!.warnings).toContain("Penanggung jawab kosong: diisi User member-a (pengunggah). Ubah di halaman rencana aksi bila perlu.");

    expect(await applyPlanImport(shown.access)).toEqual({ assessmentId: "asm-a", created: 2, updated: 1 });
    expect((await stepsNow()).map((s) => [s.node.code, s.description, s.personInChargeId, s.plannedMonths])).toEqual([
      ["A.I.1.1", "Rapat pembentukan Tim Kerja", "head-a", [1, 2]],
      ["A.I.1.1", "Pengesahan Tim Kerja oleh kepala unit", "member-a2", [3]],
      ["A.I.1.2", "Menyusun rencana aksi", "member-a", [4]],
    ]);
    const audit = await prisma.auditEvent.findMany({ where: { action: { startsWith: "plan." } }, orderBy: { id: "asc" }, select: { action: true, actorId: true, assessmentId: true } });
    expect(audit.map((a) => a.action)).toEqual(["plan.step.create", "plan.step.update", "plan.step.create", "plan.step.create", "plan.import"]);
    expect(audit.every((a) => a.actorId === "member-a" && a.assessmentId === "asm-a")).toBe(true);
    // Applied once: the preview is gone, a second click finds nothing.
    expect(await rejectionOf(applyPlanImport(shown.access))).toBeInstanceOf(NotFoundError);
  });

  it("round trip: the plan's own export imported into an emptied plan gives the same steps; imported onto itself it changes nothing", async () => {
    const { memberA } = world.users;
    const first = await addStep(world, memberA, "A.I.1.1", { plannedMonths: [1, 2, 4], description: "Rapat pembentukan Tim Kerja", expectedDocument: `${world.itemId("A.I.1.1.a")}:0` });
    await addStep(world, memberA, "A.I.1.1", { plannedMonths: [3], description: "Pengesahan Tim Kerja", personInChargeId: "head-a", targetDate: "2026-03-31" });
    await addStep(world, memberA, "A.I.2.1", { plannedMonths: [6, 7], description: "Menyusun SOP", plannedOutput: "Dokumen SOP\nditandatangani kepala", targetDate: "2026-07-31" });
    await addStep(world, memberA, "B.I", { plannedMonths: [12], description: "Survei persepsi korupsi", targetDate: "2026-12-31" });
    // Realised in a month it was not planned for: "(V)" in the export, not a planned month.
    await realiseStep(memberA, { stepId: first.id, month: 1, note: "Rapat 12 Januari" });
    await realiseStep(memberA, { stepId: first.id, month: 3, note: "Rapat lanjutan" });
    const original = await stepsNow();
    const { buffer } = await planWorkbook(await authorizeAssessment(memberA, "asm-a", "assessment.read"));

    const onItself = await preview(memberA, buffer);
    expect(onItself.problemRows).toBe(0);
    expect(onItself.counts).toEqual({ create: 0, update: 0, unchanged: 4 });
    const before = await planState();
    expect((await rejectionOf(applyPlanImport(onItself.access)))?.message).toContain("Tidak ada perubahan");
    expect(await planState()).toEqual(before);

    await prisma.actionPlanStep.deleteMany();
    const fresh = await preview(memberA, buffer);
    expect(fresh.counts).toEqual({ create: 4, update: 0, unchanged: 0 });
    expect(fresh.rows.flatMap((r) => r.warnings)).toEqual([]);
    await applyPlanImport(fresh.access);
    expect(await stepsNow()).toEqual(original);
  });
});

describe("every problem is named per row in Indonesian, and nothing is written", () => {
  it("lists unknown indicators, unreadable or missing months, people outside the unit, empty and over-long steps and duplicates", async () => {
    const long = "x".repeat(2001);
    const file = await seedSheet([
      [1, "Manajemen Perubahan", "A.I.1.1 Penyusunan Tim Kerja", "Rapat Tim Kerja", "Notula", "User member-a", ...months(1)],
      [null, null, "A.I.9.9 Indikator lama", "Langkah indikator lain", "Notula", "", ...months(2)],
      [null, null, "A.I.1.1", "Langkah bulan aneh", "Notula", "", null, "Mar", "V", ...months().slice(3)],
      [null, null, "A.I.1.1", "Langkah tanpa bulan", "Notula", "", ...months()],
      [null, null, "A.I.1.1", "Langkah orang luar", "Notula", "User member-b", ...months(5)],
      [null, null, "A.I.1.1", "", "Bukti tanpa langkah", "", ...months(6)],
      [null, null, "A.I.1.1", long, "Notula", "", ...months(7)],
      [null, null, "A.I.1.1", "Rapat tim kerja.", "Notula", "", ...months(8)],
    ], { person: true });
    const before = await planState();
    const shown = await preview(world.users.memberA, file);
    const problems = Object.fromEntries(shown.rows.map((r) => [r.row, r.problems]));
    expect(problems[4]).toEqual([]);
    expect(problems[5]).toEqual(["Indikator 'A.I.9.9' tidak termasuk katalog LKE periode ini. Tulis kode indikator katalog (misalnya A.I.1.1) di awal sel INDIKATOR."]);
    expect(problems[6]).toEqual(["Bulan Februari (sel H6): tanda 'Mar' tidak dikenali; beri tanda V pada bulan rencana atau kosongkan sel."]);
    expect(problems[7]).toEqual(["Tidak ada bulan rencana: beri tanda V pada kolom bulan pelaksanaan."]);
    expect(problems[8]).toEqual(["Penanggung jawab 'User member-b' bukan pegawai unit ini; tulis nama atau email pengguna unit (anggota tim kerja atau kepala unit)."]);
    expect(problems[9]).toEqual(["Langkah aksi wajib diisi."]);
    expect(problems[10]).toEqual(["Langkah aksi paling banyak 2000 karakter."]);
    expect(problems[11]).toEqual(["Langkah aksi ini sama dengan baris 4 (indikator dan uraian langkah sama)."]);
    expect(shown.problemRows).toBe(7);
    expect(shown.rows.filter((r) => r.problems.length).every((r) => r.action === null)).toBe(true);

    const refused = await rejectionOf(applyPlanImport(shown.access));
    expect(refused).toBeInstanceOf(InvalidStateError);
    expect(refused?.message).toBe("Berkas masih memiliki 7 baris bermasalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.");
    // The preview itself is the only thing stored.
    expect(await planState()).toEqual(before);
  });

  it("reads a month list column and refuses months outside 1-12", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Rencana");
    sheet.addRow(["INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "BULAN"]);
    sheet.addRow(["A.I.1.1", "Rapat Tim Kerja", "Notula", "1, 3-4"]);
    sheet.addRow(["A.I.1.1", "Pengesahan Tim Kerja", "SK", "2, 13"]);
    const shown = await preview(world.users.memberA, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(shown.rows[0]).toMatchObject({ plannedMonths: [1, 3, 4], problems: [] });
    expect(shown.rows[1]!.problems).toEqual(["Bulan 13 di luar 1-12 (Januari-Desember)."]);
  });

  it("refuses a file without the plan's columns before storing anything", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRow(["Kode", "Jawaban"]);
    const error = await rejectionOf(preview(world.users.memberA, Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error?.message).toContain("Tidak ditemukan lembar rencana aksi");
    expect(await prisma.workbookImport.count()).toBe(0);
  });

  it("checks again when applying: a step changed or a person who left since the preview refuses the whole file", async () => {
    const { memberA } = world.users;
    const step = await addStep(world, memberA, "A.I.1.1", { description: "Rapat Tim Kerja", plannedMonths: [1] });
    const rows: TRow[] = [
      [1, "Manajemen Perubahan", "A.I.1.1", "Rapat Tim Kerja", "Notula baru", "User member-a", ...months(1, 2)],
      [null, null, "A.I.1.2", "Menyusun rencana aksi", "Dokumen", "User member-a2", ...months(4)],
    ];
    const changed = await preview(memberA, await seedSheet(rows, { person: true }));
    await updateStep(memberA, { ...stepInput(), stepId: step.id, expectedVersion: 1, description: "Rapat Tim Kerja", plannedMonths: [1, 5] });
    let before = await planState();
    const conflict = await rejectionOf(applyPlanImport(changed.access));
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict?.message).toBe("Rencana aksi berubah sejak pratinjau dibuat. Tidak ada yang disimpan; unggah ulang berkas untuk pratinjau baru.");
    expect(await planState()).toEqual(before);

    const left = await preview(memberA, await seedSheet(rows, { person: true }));
    await prisma.user.update({ where: { id: "member-a2" }, data: { active: false } });
    before = await planState();
    const gone = await rejectionOf(applyPlanImport(left.access));
    expect(gone).toBeInstanceOf(ValidationError);
    expect(gone?.message).toContain("Baris 5: Penanggung jawab 'User member-a2' bukan pegawai unit ini");
    expect(await planState()).toEqual(before);
  });

  it("refuses once the LKE is submitted (the plan locks) or the period is closed, and answers another unit with 404", async () => {
    const { memberA, memberB, leaderRegion } = world.users;
    const file = await seedSheet([[1, "Manajemen Perubahan", "A.I.1.1", "Rapat Tim Kerja", "Notula", ...months(1)]]);
    const ready = await preview(memberA, file);

    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    const before = await planState();
    const locked = await rejectionOf(applyPlanImport(ready.access));
    expect(locked).toBeInstanceOf(InvalidStateError);
    expect(locked?.message).toContain("Rencana aksi terkunci");
    expect((await rejectionOf(preview(memberA, file)))?.message).toContain("Rencana aksi terkunci");

    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "DRAFT" } });
    await prisma.period.update({ where: { id: "p2026" }, data: { status: "CLOSED" } });
    const closed = await rejectionOf(applyPlanImport(ready.access));
    expect(closed?.message).toBe("Periode sudah ditutup; jawaban, bukti dukung, evaluasi dan rencana aksi tidak dapat diubah lagi.");
    expect(await planState()).toEqual(before);

    // Someone else's preview, and someone who may not plan: as if it did not exist.
    for (const user of [memberB, leaderRegion, world.users.memberA2]) {
      expect(await rejectionOf(authorizeWorkbookImport(user, ready.importId, "PLAN"))).toBeInstanceOf(NotFoundError);
    }
    expect(await rejectionOf(authorizeAssessment(leaderRegion, "asm-a", "plan.write"))).toBeInstanceOf(NotFoundError);
    // A plan preview is not an LKE answers preview.
    expect(await rejectionOf(authorizeWorkbookImport(memberA, ready.importId))).toBeInstanceOf(NotFoundError);
    expect(await planState()).toEqual(before);
  });
});
