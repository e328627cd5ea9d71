import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { ConflictError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const input = (code: string, answer: unknown, expectedVersion = 0, narrative = "") => ({
  assessmentId: "asm-a",
  itemId: world.itemId(code),
  expectedVersion,
  answer,
  narrative,
});

describe("saveAnswer", () => {
  it("stores the answer, its value, the score and the counters in one go", async () => {
    const result = await saveAnswer(world.users.memberA, input("A.I.1.1.a", { optionKey: "YA" }, 0, "SK Tim Kerja"));
    expect(result.answer).toMatchObject({ optionKey: "YA", value: 1, version: 1, narrative: "SK Tim Kerja" });
    // A.I.1.1 has weight 0.5 and two items: Ya adds 0.25.
    expect(result.scores.nodes["A.I.1.1"]?.score).toBeCloseTo(0.25, 10);
    expect(result.scores.total).toBeCloseTo(0.25, 10);

    const stored = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } });
    expect(stored.total).toBeCloseTo(0.25, 10);
    expect(stored.pemenuhan).toBeCloseTo(0.25, 10);
    const node = await prisma.nodeScore.findUniqueOrThrow({ where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "A.I.1" } } });
    expect(node.score).toBeCloseTo(0.25, 10);
    const assessment = await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } });
    expect(assessment.answeredCount).toBe(1);
  });

  it("refuses a stale version and returns the other person's answer, writing nothing", async () => {
    await saveAnswer(world.users.memberA, input("A.I.1.1.b", { optionKey: "A" }));
    const attempt = saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "C" }, 0));
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((e) => e)) as ConflictError<{ optionKey: string; version: number; updatedByName: string }>;
    expect(error.current).toMatchObject({ optionKey: "A", version: 1, updatedByName: "User member-a" });
    expect(error.message).toContain("User member-a");

    const answer = await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.b") } });
    expect(answer.optionKey).toBe("A");
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(1);
  });
});
