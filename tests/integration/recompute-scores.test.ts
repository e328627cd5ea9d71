import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { unsafeRecomputeAssessmentScores, unsafeRecomputeLegacyScores } from "@/lib/assessments/recompute-scores";
import { getStoredScore } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { formatScore } from "@/lib/format";
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
    await prisma.answer.updateMany({ where: { assessmentId: "asm-a" }, data: { value: "0.8999999999999999" } });

    const totals = await unsafeRecomputeAssessmentScores("asm-a");

    expect(totals.SELF).toBe("63/4");
    const stored = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } });
    expect(stored.total.toFixed()).toBe("15.75");
    const hasil = await prisma.nodeScore.findUniqueOrThrow({ where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "B" } } });
    expect(hasil.score.toFixed()).toBe("15.75");
    const untouched = await prisma.nodeScore.findUniqueOrThrow({ where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "A.I.1" } } });
    expect(untouched.score.toFixed()).toBe("0");
    // The engine's value kept on the answer is rebuilt too (derived data, like the scores).
    expect((await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a" } })).value).toBe("9/10");
  });

  it("rebuilds scores stored before scores were exact (floats in the JSON) and leaves current ones alone", async () => {
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("B.I.a"), expectedVersion: 0, answer: { surveyIndex: 2.84 }, narrative: "" });
    await saveAnswer(world.users.memberB, { assessmentId: "asm-b", itemId: world.itemId("B.I.a"), expectedVersion: 0, answer: { surveyIndex: 3.6 }, narrative: "" });
    // What the floating-point engine stored for IPAK 2.84: 12.424999999999999, shown 12,42.
    await prisma.assessmentScore.update({
      where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } },
      data: { total: 12.424999999999999, result: { total: 12.424999999999999, answered: 1, nodes: {}, predicates: [], gains: [] } },
    });
    await prisma.answer.updateMany({ where: { assessmentId: "asm-a" }, data: { value: "0.71" } });
    const before = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-b", side: "SELF" } } });

    expect(await unsafeRecomputeLegacyScores()).toBe(1);

    const rebuilt = await getStoredScore(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"), "SELF");
    expect(rebuilt.total).toBe("497/40");
    expect(formatScore(rebuilt.total)).toBe("12,43");
    const after = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-b", side: "SELF" } } });
    expect(after.computedAt).toEqual(before.computedAt);
    expect(await unsafeRecomputeLegacyScores()).toBe(0);
  });

  it("stores an empty score for an assessment nobody has answered", async () => {
    const totals = await unsafeRecomputeAssessmentScores("asm-b");
    expect(totals).toEqual({ SELF: "0" });
    expect(await prisma.nodeScore.count({ where: { assessmentId: "asm-b", side: "SELF" } })).toBeGreaterThan(60);
  });
});
