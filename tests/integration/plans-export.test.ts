import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { planWorkbook } from "@/lib/plans/plan-export";
import { realiseStep } from "@/lib/plans/realise-step";
import { PLAN_COLUMN, PLAN_FIRST_ROW, PLAN_SHEET } from "@/lib/plans/plan-sheet";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addStep } from "@/tests/support/plan-helpers";

let world: TWorld;
useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function exportedSheet(user: TSessionUser, assessmentId = "asm-a") {
  const { buffer, fileName } = await planWorkbook(await authorizeAssessment(user, assessmentId, "assessment.read"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { sheet: workbook.getWorksheet(PLAN_SHEET)!, fileName };
}

const text = (sheet: ExcelJS.Worksheet, row: number, column: number) => String(sheet.getCell(row, column).value ?? "");
const months = (sheet: ExcelJS.Worksheet, row: number) => Array.from({ length: 12 }, (_, i) => text(sheet, row, PLAN_COLUMN.firstMonth + i));

describe("rencana aksi export (XLSX, seed 002 layout)", () => {
  it("writes title, one row per step under its component and indicator, marks per month and the head's signature", async () => {
    const { memberA } = world.users;
    await prisma.user.update({ where: { id: "head-a" }, data: { nip: "19801208 200312 2 001" } });
    const first = await addStep(world, memberA, "A.I.1.1", { plannedMonths: [1, 2, 4], description: "Rapat pembentukan Tim Kerja", plannedOutput: "Undangan dan notula rapat" });
    await addStep(world, memberA, "A.I.1.1", { plannedMonths: [3], description: "Pengesahan Tim Kerja", plannedOutput: "SK Tim Kerja", personInChargeId: "head-a", targetDate: "2026-03-31" });
    await addStep(world, memberA, "A.I.2.1", { plannedMonths: [6], description: "Menyusun rencana kerja", plannedOutput: "Dokumen rencana kerja", targetDate: "2026-06-30" });
    await realiseStep(memberA, { stepId: first.id, month: 1, note: "Rapat 12 Januari" });

    const { sheet, fileName } = await exportedSheet(memberA);
    expect(fileName).toBe("rencana-aksi-zi-unit-unit-a-2026.xlsx");
    expect(text(sheet, 1, 1)).toContain("ZONA INTEGRITAS");
    expect(text(sheet, 2, 1)).toBe("UNIT UNIT-A TAHUN 2026");
    expect(text(sheet, PLAN_FIRST_ROW - 3, PLAN_COLUMN.step)).toBe("LANGKAH AKSI");
    expect(months(sheet, PLAN_FIRST_ROW - 2)[0]).toBe("JAN");

    const [r1, r2, r3] = [PLAN_FIRST_ROW, PLAN_FIRST_ROW + 1, PLAN_FIRST_ROW + 2];
    // Two areas: numbered 1 and 2; the component and indicator cells span their steps.
    expect([text(sheet, r1, PLAN_COLUMN.no), text(sheet, r2, PLAN_COLUMN.no), text(sheet, r3, PLAN_COLUMN.no)]).toEqual(["1", "1", "2"]);
    expect(sheet.getCell(r2, PLAN_COLUMN.indicator).isMerged).toBe(true);
    expect(text(sheet, r1, PLAN_COLUMN.indicator)).toMatch(/^A\.I\.1\.1 /);
    expect(text(sheet, r3, PLAN_COLUMN.indicator)).toMatch(/^A\.I\.2\.1 /);
    expect(text(sheet, r1, PLAN_COLUMN.area)).not.toBe(text(sheet, r3, PLAN_COLUMN.area));
    expect([r1, r2, r3].map((r) => text(sheet, r, PLAN_COLUMN.step))).toEqual(["1. Rapat pembentukan Tim Kerja", "2. Pengesahan Tim Kerja", "1. Menyusun rencana kerja"]);
    expect(text(sheet, r2, PLAN_COLUMN.output)).toBe("SK Tim Kerja");
    expect(text(sheet, r2, PLAN_COLUMN.person)).toBe("User head-a");
    expect(text(sheet, r2, PLAN_COLUMN.target)).toBe("31 Maret 2026");
    // 15 March: January realised, February overdue, April still ahead; June planned in the other area.
    expect(months(sheet, r1)).toEqual(["V", "!", "", "○", "", "", "", "", "", "", "", ""]);
    expect(months(sheet, r2)).toEqual(["", "", "○", "", "", "", "", "", "", "", "", ""]);
    expect(months(sheet, r3)[5]).toBe("○");
    expect(sheet.getCell(r1, PLAN_COLUMN.firstMonth).note).toBe("Realisasi oleh User member-a: Rapat 12 Januari");
    expect(text(sheet, r3 + 1, PLAN_COLUMN.step)).toBe("");

    const below = Array.from({ length: 12 }, (_, i) => text(sheet, r3 + 2 + i, PLAN_COLUMN.target)).filter(Boolean);
    expect(below).toEqual(["Ditetapkan di : ....................", "Pada tanggal : 15 Maret 2026", "Kepala Unit unit-a", "User head-a", "NIP. 19801208 200312 2 001"]);
  });

  it("exports an empty plan with a note, and answers a foreign unit's member as if the plan did not exist", async () => {
    const { sheet } = await exportedSheet(world.users.memberA);
    expect(text(sheet, PLAN_FIRST_ROW, 1)).toBe("Belum ada langkah aksi.");
    expect(await rejectionOf(authorizeAssessment(world.users.memberB, "asm-a", "assessment.read"))).toBeInstanceOf(NotFoundError);
  });
});
