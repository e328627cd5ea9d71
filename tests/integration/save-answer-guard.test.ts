import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAnswerSave } from "@/lib/access/answer-save-access";
import { planSave, saveAnswer } from "@/lib/assessments/save-answer";
import { writeSave } from "@/lib/assessments/write-save";
import { toRecord } from "@/lib/assessments/stored-score-record";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// A save reads without a lock and writes in one guarded statement (lib/assessments/write-save.ts).
// Here something moves between a save's read and its write: the write must store nothing at all
// (no answer, no audit event, no score), and saveAnswer then reads again and lands exactly.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

function input(code: string, answer: TAnswer, expectedVersion = 0) {
  return { assessmentId: "asm-a", itemId: world.itemId(code), expectedVersion, answer, narrative: `uraian ${code}` };
}

/** A save of memberA read and planned, not yet written. */
async function readAndPlan(code: string, answer: TAnswer, expectedVersion = 0) {
  const { access, state } = await authorizeAnswerSave(world.users.memberA, "asm-a", "answer.self.write", "SELF", world.itemId(code));
  const planned = await planSave(access, prisma, state, input(code, answer, expectedVersion), "SELF");
  if (!("write" in planned)) throw new Error("expected a write");
  const guard = { statusVersion: access.statusVersion, periodStatus: access.periodStatus, scoreRowVersion: state.scoreRowVersion! };
  return { write: () => writeSave(access, prisma, planned.write, guard) };
}

async function expectStoredScoreOf(answers: Record<string, TAnswer>) {
  const engine = scoreAssessment(world.loaded.catalogue, new Map(Object.entries(answers)));
  const row = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } });
  expect(row.result).toEqual(toRecord(engine));
  expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).answeredCount).toBe(engine.answered);
}

const savesOf = () => prisma.auditEvent.count({ where: { action: "answer.save" } });

describe("a save whose read went stale before its write", () => {
  it("writes as planned when nothing moved", async () => {
    await saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "B" }));
    const save = await readAndPlan("A.I.1.1.a", { optionKey: "YA" });
    expect((await save.write())?.version).toBe(1);
    expect(await savesOf()).toBe(2);
    await expectStoredScoreOf({ "A.I.1.1.a": { optionKey: "YA" }, "A.I.1.1.b": { optionKey: "B" } });
  });

  it("writes nothing when another save changed the stored score meanwhile (a new answer)", async () => {
    await saveAnswer(world.users.memberA, input("A.I.1.2.b", { optionKey: "A" }));
    const save = await readAndPlan("A.I.1.1.a", { optionKey: "YA" });
    await saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "B" }));
    expect(await save.write()).toBeNull();
    expect(await prisma.answer.count({ where: { itemId: world.itemId("A.I.1.1.a") } })).toBe(0);
    expect(await savesOf()).toBe(2);
    await expectStoredScoreOf({ "A.I.1.2.b": { optionKey: "A" }, "A.I.1.1.b": { optionKey: "B" } });
  });

  it("writes nothing when another save changed the stored score meanwhile (an existing answer)", async () => {
    await saveAnswer(world.users.memberA, input("A.I.1.1.a", { optionKey: "TIDAK" }));
    const save = await readAndPlan("A.I.1.1.a", { optionKey: "YA" }, 1);
    await saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "B" }));
    expect(await save.write()).toBeNull();
    const row = await prisma.answer.findFirstOrThrow({ where: { itemId: world.itemId("A.I.1.1.a") } });
    expect([row.optionKey, row.version]).toEqual(["TIDAK", 1]);
    expect(await savesOf()).toBe(2);
    await expectStoredScoreOf({ "A.I.1.1.a": { optionKey: "TIDAK" }, "A.I.1.1.b": { optionKey: "B" } });
  });

  it("writes nothing when the assessment's status changed meanwhile (submitted)", async () => {
    await saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "B" }));
    const save = await readAndPlan("A.I.1.1.a", { optionKey: "YA" });
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED", statusVersion: { increment: 1 } } });
    expect(await save.write()).toBeNull();
    expect(await prisma.answer.count()).toBe(1);
    expect(await savesOf()).toBe(1);
  });

  it("writes nothing when the period was closed meanwhile", async () => {
    await saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "B" }));
    const save = await readAndPlan("A.I.1.1.a", { optionKey: "YA" });
    const { periodId } = await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } });
    await prisma.period.update({ where: { id: periodId }, data: { status: "CLOSED" } });
    expect(await save.write()).toBeNull();
    expect(await prisma.answer.count()).toBe(1);
  });
});

describe("many saves of one assessment at once", () => {
  it("all land (read again after a lost race, or under the lock) and the stored score equals a recomputation", async () => {
    const codes = [...world.loaded.itemsById.values()].map((ref) => ref.item).filter((item) => item.options.some((o) => o.key === "A")).slice(0, 24).map((i) => i.code);
    const answers = Object.fromEntries(codes.map((code) => [code, { optionKey: "A" }]));
    const users = [world.users.memberA, world.users.memberA2];
    // The first save creates the stored score (under the lock); the rest race on it unlocked.
    await saveAnswer(world.users.memberA, input(codes[0]!, { optionKey: "A" }));
    const results = await Promise.all(codes.slice(1).map((code, i) => saveAnswer(users[i % 2]!, input(code, { optionKey: "A" }))));
    expect(results.every((r) => r.answer.version === 1)).toBe(true);
    expect(await savesOf()).toBe(codes.length);
    await expectStoredScoreOf(answers);
  });
});
