import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { transitionAssessment } from "@/lib/review/transitions";
import type { TSessionUser } from "@/lib/auth/load-user";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";

// Issue 14: the service unit fills F-01 through the LKE's own save path (answers, narrative,
// audit, versions) and its head sends it; the F-02 levels are not the unit's to give.

useFixedClock("2026-06-01T00:00:00Z");
let world: TPekpppWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
  await prisma.assessment.update({ where: { id: "pek-a" }, data: { status: "DRAFT" } });
});

const save = (user: TSessionUser, code: string, answer: unknown, narrative = "") =>
  saveAnswer(user, { assessmentId: "pek-a", itemId: world.pekLoaded.itemIdByCode.get(code)!, expectedVersion: 0, answer, narrative });

describe("F-01 by the service unit", () => {
  it("stores Ya/Tidak, counts, several choices and open text, audited, then the head sends it", async () => {
    await save(world.users.memberA, "1.a.Ak.F01.a", { optionKey: "YA" });
    await save(world.users.memberA, "1.a.Ak.F01.b", { inputs: { jumlah: 12 } });
    await save(world.users.memberA, "2.a.P.F01.b", { inputs: { 1: 1, 3: 1 } });
    await save(world.users.memberA, "6.a.B.F01.c", {}, "IKM 86,5 (TW IV 2025)");
    await save(world.users.memberA, "4.a.K.F01.a", { optionKey: "6" });
    const rows = await prisma.answer.findMany({ where: { assessmentId: "pek-a", side: "SELF" }, select: { optionKey: true, inputs: true, narrative: true, item: { select: { code: true } } }, orderBy: { item: { position: "asc" } } });
    expect(rows.map((row) => [row.item.code, row.optionKey, row.inputs, row.narrative])).toEqual([
      ["1.a.Ak.F01.a", "YA", null, ""],
      ["1.a.Ak.F01.b", null, { jumlah: 12 }, ""],
      ["2.a.P.F01.b", null, { 1: 1, 3: 1 }, ""],
      ["4.a.K.F01.a", "6", null, ""],
      ["6.a.B.F01.c", null, null, "IKM 86,5 (TW IV 2025)"],
    ]);
    expect(await prisma.auditEvent.count({ where: { assessmentId: "pek-a" } })).toBe(5);

    await transitionAssessment(world.users.headA, { assessmentId: "pek-a", action: "submit", expectedStatusVersion: 0, acknowledgeIncomplete: true });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "pek-a" } })).status).toBe("SUBMITTED");
  });

  it("refuses an F-02 level from the unit, and a count that is not a whole number, storing nothing", async () => {
    const f02 = await rejectionOf(save(world.users.memberA, "1.a.Ak.F02", { optionKey: "5" }));
    expect(f02).toBeInstanceOf(ValidationError);
    expect((f02 as Error).message).toBe("Nilai F-02 diberikan oleh tim evaluator pada lembar penilaian F-02, bukan sebagai jawaban butir.");
    const count = await rejectionOf(save(world.users.memberA, "1.a.Ak.F01.b", { inputs: { jumlah: -3 } }));
    expect((count as Error).message).toBe("Jumlah harus bilangan bulat 0 atau lebih");
    expect(await prisma.answer.count({ where: { assessmentId: "pek-a" } })).toBe(0);
  });
});
