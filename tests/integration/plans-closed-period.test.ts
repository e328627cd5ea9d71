import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { InvalidStateError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getPlanGrid } from "@/lib/plans/plan-grid";
import { REALISATION_CLOSED_MESSAGE } from "@/lib/plans/policy";
import { cancelRealisation, realiseStep } from "@/lib/plans/realise-step";
import { saveMonevNote } from "@/lib/plans/monev";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addStep, planState, uploadToStep } from "@/tests/support/plan-helpers";
import { samplePdf } from "@/tests/support/evidence-files";

// Realisation and monev notes go on after the LKE is sent, but a closed or archived period is
// read-only: its plan's realisations can be neither recorded nor taken back, nor its notes written.

let world: TWorld;
useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("realisation and the period", () => {
  it("is recorded after the LKE is sent", async () => {
    const step = await addStep(world, world.users.memberA);
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    await realiseStep(world.users.memberA, { stepId: step.id, month: 1, note: "Rapat 12 Januari" });
    expect(await prisma.actionPlanRealisation.count({ where: { stepId: step.id } })).toBe(1);
    await saveMonevNote(world.users.memberA, { assessmentId: "asm-a", month: 1, areaCode: "A.I.1", note: "Sesuai rencana" });
    expect(await prisma.actionPlanMonevNote.count()).toBe(1);
    const grid = await getPlanGrid(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"));
    expect([grid.canEdit, grid.canRealise]).toEqual([false, true]);
  });

  it.each(["CLOSED", "ARCHIVED"] as const)("is refused in a %s period, recording or taking back, and nothing changes", async (status) => {
    const step = await addStep(world, world.users.memberA);
    await realiseStep(world.users.memberA, { stepId: step.id, month: 1, note: "Rapat 12 Januari" });
    await prisma.period.update({ where: { id: "p2026" }, data: { status } });
    const before = await planState();
    for (const attempt of [
      () => realiseStep(world.users.memberA, { stepId: step.id, month: 2, note: "Terlambat dicatat" }),
      () => realiseStep(world.users.headA, { stepId: step.id, month: 1, note: "Catatan baru" }),
      () => cancelRealisation(world.users.memberA, { stepId: step.id, month: 1 }),
      () => uploadToStep(world.users.memberA, step.id, samplePdf("Notula terlambat"), "notula.pdf", 1),
    ]) {
      const error = await rejectionOf(attempt());
      expect(error).toBeInstanceOf(InvalidStateError);
      expect(error!.message).toBe(REALISATION_CLOSED_MESSAGE);
    }
    const monev = await rejectionOf(saveMonevNote(world.users.memberA, { assessmentId: "asm-a", month: 1, areaCode: "A.I.1", note: "Catatan setelah ditutup" }));
    expect(monev!.message).toBe("Periode sudah ditutup; jawaban, bukti dukung, evaluasi dan rencana aksi tidak dapat diubah lagi.");
    expect(await planState()).toEqual(before);
    expect(await prisma.actionPlanMonevNote.count()).toBe(0);
    expect((await prisma.actionPlanRealisation.findFirstOrThrow({ where: { stepId: step.id } })).note).toBe("Rapat 12 Januari");
    const grid = await getPlanGrid(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"));
    expect([grid.canEdit, grid.canRealise]).toEqual([false, false]);
  });
});
