import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toActionError } from "@/lib/action-error";
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
    expect(result.answer).toMatchObject({ optionKey: "YA", value: "1", version: 1, narrative: "SK Tim Kerja" });
    // A.I.1.1 has weight 0.5 and two items: Ya adds 0.25.
    expect(result.scores.nodes["A.I.1.1"]?.score).toBe("1/4");
    expect(result.scores.total).toBe("1/4");

    const stored = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } });
    expect(stored.total.toFixed()).toBe("0.25");
    expect(stored.pemenuhan.toFixed()).toBe("0.25");
    const node = await prisma.nodeScore.findUniqueOrThrow({ where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "A.I.1" } } });
    expect(node.score.toFixed()).toBe("0.25");
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

  it("a save sent again after a lost response (same expected version) applies once", async () => {
    const first = await saveAnswer(world.users.memberA, input("A.I.1.1.b", { optionKey: "B" }, 0, "Notula rapat"));
    const again = await saveAnswer(world.users.memberA, input("A.I.1.1.b", { optionKey: "B" }, 0, "Notula rapat"));
    expect(again).toEqual(first);
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(1);
    expect((await prisma.answer.findFirstOrThrow({ where: { itemId: world.itemId("A.I.1.1.b") } })).version).toBe(1);

    // Anything else from that version is a conflict carrying the current answer: another content,
    // or the same content from another member.
    for (const [user, optionKey] of [[world.users.memberA, "C"], [world.users.memberA2, "B"]] as const) {
      const attempt = await saveAnswer(user, input("A.I.1.1.b", { optionKey }, 0, "Notula rapat")).catch((e) => e);
      expect(attempt).toBeInstanceOf(ConflictError);
      expect((attempt as ConflictError<{ optionKey: string; version: number }>).current).toMatchObject({ optionKey: "B", version: 1 });
    }
  });
});

describe("a transient database failure", () => {
  // A trigger makes the audit insert fail the way an overloaded database does (serialization failure).
  beforeEach(async () => {
    await prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_busy() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'test: busy' USING ERRCODE = 'serialization_failure'; END; $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER "test_busy" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_busy()`);
  });

  afterEach(async () => {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "test_busy" ON "AuditEvent"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_busy()`);
  });

  it("reaches the browser as UNAVAILABLE \"busy\" (the autosave retries), writes nothing, and the retry then applies once", async () => {
    const error = await saveAnswer(world.users.memberA, input("A.I.1.1.a", { optionKey: "YA" })).catch((e) => e);
    expect(toActionError(error)).toMatchObject({ ok: false, code: "UNAVAILABLE", message: expect.stringMatching(/^Server sedang sibuk/) });
    expect(await prisma.answer.count()).toBe(0);

    await prisma.$executeRawUnsafe(`DROP TRIGGER "test_busy" ON "AuditEvent"`);
    const retried = await saveAnswer(world.users.memberA, input("A.I.1.1.a", { optionKey: "YA" }));
    expect(retried.answer.version).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(1);
  });

  it("an unexpected error stays INTERNAL", () => {
    expect(toActionError(new Error("bug")).code).toBe("INTERNAL");
  });
});

