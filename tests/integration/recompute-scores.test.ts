import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { unsafeRecomputeAssessmentScores } from "@/lib/assessments/recompute-scores";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("unsafeRecomputeAssessmentScores", () => {
  it("rebuilds a stored score that drifted from the answers", async () => {
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("B.I.a"), expectedVersion: 0, answer: { surveyIndex: 3.6 }, narrative: "" });
    // Simulate a stored score that no longer matches (e.g. written by an older engine).
    await prisma.assessmentScore.update({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } }, data: { total: 99 } });
    await prisma.nodeScore.updateMany({ where: { assessmentId: "asm-a" }, data: { score: 42 } });

    const totals = await unsafeRecomputeAssessmentScores("asm-a");

    expect(totals.SELF).toBeCloseTo(15.75, 10);
    const stored = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } });
    expect(stored.total).toBeCloseTo(15.75, 10);
    const hasil = await prisma.nodeScore.findUniqueOrThrow({ where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "B" } } });
    expect(hasil.score).toBeCloseTo(15.75, 10);
    const untouched = await prisma.nodeScore.findUniqueOrThrow({ where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "A.I.1" } } });
    expect(untouched.score).toBe(0);
  });

  it("stores an empty score for an assessment nobody has answered", async () => {
    const totals = await unsafeRecomputeAssessmentScores("asm-b");
    expect(totals).toEqual({ SELF: 0 });
    expect(await prisma.nodeScore.count({ where: { assessmentId: "asm-b", side: "SELF" } })).toBeGreaterThan(60);
  });
});
