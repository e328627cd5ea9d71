import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Every answer change leaves exactly one audit event, written in the same transaction as the
// change; the audit table itself cannot be rewritten.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

function input(code: string, answer: unknown, expectedVersion = 0, narrative = "") {
  return { assessmentId: "asm-a", itemId: world.itemId(code), expectedVersion, answer, narrative };
}

const answerEvents = () => prisma.auditEvent.findMany({ where: { action: { startsWith: "answer." } }, orderBy: { id: "asc" } });

const save = (user: TSessionUser, code: string, answer: unknown, expectedVersion = 0, narrative = "") =>
  saveAnswer(user, input(code, answer, expectedVersion, narrative));

describe("audit of answer saves", () => {
  it("the first save records who, what, and the new values with before = null", async () => {
    const result = await save(world.users.memberA, "A.I.1.1.b", { optionKey: "A" }, 0, "SK Tim Kerja ZI");
    const answer = await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a" } });

    const events = await answerEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: "member-a",
      action: "answer.save",
      entityType: "Answer",
      entityId: answer.id,
      assessmentId: "asm-a",
      itemId: world.itemId("A.I.1.1.b"),
      before: null,
      after: { optionKey: "A", inputs: null, surveyIndex: null, value: "1", narrative: "SK Tim Kerja ZI", version: 1 },
    });
    expect(result.answer.version).toBe(1);
  });

  it("a later save records the previous values as before", async () => {
    await save(world.users.memberA, "A.II.5.2.a", { inputs: { harus: 10, proses: 2, selesai: 5 } }, 0, "Rekap pengaduan");
    await save(world.users.memberA2, "A.II.5.2.a", { inputs: { harus: 10, proses: 0, selesai: 10 } }, 1, "Rekap pengaduan Desember");

    const events = await answerEvents();
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      actorId: "member-a2",
      before: { optionKey: null, inputs: { harus: 10, proses: 2, selesai: 5 }, surveyIndex: null, value: "1/2", narrative: "Rekap pengaduan", version: 1 },
      after: { optionKey: null, inputs: { harus: 10, proses: 0, selesai: 10 }, surveyIndex: null, value: "1", narrative: "Rekap pengaduan Desember", version: 2 },
    });
    expect(events[1]?.entityId).toBe(events[0]?.entityId);
  });

  it("clearing an answer is audited with the cleared values", async () => {
    await save(world.users.memberA, "B.I.a", { surveyIndex: 3.6 });
    await save(world.users.memberA, "B.I.a", null, 1);
    const events = await answerEvents();
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [null, { optionKey: null, inputs: null, surveyIndex: 3.6, value: "9/10", narrative: "", version: 1 }],
      [
        { optionKey: null, inputs: null, surveyIndex: 3.6, value: "9/10", narrative: "", version: 1 },
        { optionKey: null, inputs: null, surveyIndex: null, value: null, narrative: "", version: 2 },
      ],
    ]);
  });

  it("an assigned evaluator's save on the EVALUATOR side is audited as answer.evaluator.save", async () => {
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: "evaluator", role: "LEAD" } });
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } }); // the TPI scores submitted LKEs
    await saveAnswer(world.users.evaluator, input("A.I.1.1.a", { optionKey: "TIDAK" }, 0, "SK tidak ditemukan"), "EVALUATOR");
    const events = await answerEvents();
    expect(events.map((e) => [e.actorId, e.action, e.itemId])).toEqual([["evaluator", "answer.evaluator.save", world.itemId("A.I.1.1.a")]]);
  });

  it("refused saves write no event", async () => {
    await save(world.users.memberA, "A.I.1.1.b", { optionKey: "A" });
    const refusals = [
      save(world.users.memberA, "A.I.1.1.b", { optionKey: "Z" }, 1),
      save(world.users.memberA2, "A.I.1.1.b", { optionKey: "C" }, 0),
      save(world.users.leaderRegion, "A.I.1.1.b", { optionKey: "C" }, 1),
    ];
    const errors = await Promise.all(refusals.map(rejectionOf));
    expect(errors.map((e) => e?.constructor)).toEqual([ValidationError, ConflictError, NotFoundError]);
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(1);
  });
});

describe("the audit event is part of the save's transaction", () => {
  // A trigger makes the score write (after the audit write) fail: the whole save must roll back.
  beforeEach(async () => {
    await prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_fail_score_write() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'test: score write refused'; END; $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`
      CREATE TRIGGER "test_fail_score_write" BEFORE INSERT OR UPDATE ON "AssessmentScore"
      FOR EACH ROW EXECUTE FUNCTION test_fail_score_write()`);
  });

  afterEach(async () => {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "test_fail_score_write" ON "AssessmentScore"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_score_write()`);
  });

  it("a save that fails after its audit event leaves neither the answer nor the event", async () => {
    const error = await rejectionOf(save(world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }));
    expect(error?.message).toContain("test: score write refused");
    expect(await prisma.answer.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(0);
  });
});

describe("the audit table is append-only", () => {
  beforeEach(async () => {
    await save(world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
  });

  it.each([
    ["UPDATE", `UPDATE "AuditEvent" SET "action" = 'tampered', "actorId" = NULL`],
    ["DELETE", `DELETE FROM "AuditEvent"`],
  ])("%s is rejected by the database", async (_verb, sql) => {
    const before = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(before.length).toBeGreaterThanOrEqual(2); // catalogue.import + answer.save

    const error = await rejectionOf(prisma.$executeRawUnsafe(sql));
    expect(error?.message).toMatch(/AuditEvent is append-only/);
    expect(await prisma.auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
