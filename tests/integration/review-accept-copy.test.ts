import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { setVerdict } from "@/lib/review/set-verdict";
import { copySelfAnswer } from "@/lib/review/copy-self-answer";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { resetDatabase } from "@/tests/support/db";
import { storedScoreOf } from "@/tests/support/stored-score";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { changedCatalogueFile, importCatalogueFile } from "@/tests/support/catalogue-file";
import { answer, createReviewWorld, currentStatus, expectRefused, MSG, setStatus, transition, type TReviewWorld } from "@/tests/support/review-world";

// Issue 8, point 1: "Terima" means the TPI agrees with the unit. Accepting an item the
// evaluator has not answered records the unit's answer as the TPI answer (through the
// evaluator's save: validated, versioned, scored, audited), so the TPI score keeps the unit's
// value instead of dropping it to 0. "Salin jawaban unit" does the same for one item on request.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

const UNIT: Record<string, TAnswer> = { "A.I.1.2.a": { optionKey: "YA" }, "A.I.1.2.b": { optionKey: "A" }, "A.I.1.2.c": { optionKey: "B" } };

/** The unit answers indicator A.I.1.2 (Ya, A, B: 0,83 of 1) and the head submits. */
async function submitted() {
  for (const [code, value] of Object.entries(UNIT)) await answer(world, world.users.memberA, code, value, "SELF", `Bukti ${code}`);
  await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
}

const accept = (code: string, user: TSessionUser = world.users.evaluator) =>
  setVerdict(user, { assessmentId: "asm-a", itemId: world.itemId(code), verdict: "ACCEPTED" });
const evaluatorAnswers = () => prisma.answer.findMany({ where: { assessmentId: "asm-a", side: "EVALUATOR" }, orderBy: { itemId: "asc" } });
/** The TPI side's exact score of a node, as pages read it. */
const evaluatorNode = async (code: string) => (await storedScoreOf("asm-a", "EVALUATOR"))!.nodes[code]!.score;
/** The distinct transactions that wrote an item's TPI answer, its verdict and its audit events. */
async function writerTransactions(code: string) {
  const itemId = world.itemId(code);
  const rows = await prisma.$queryRaw<{ tx: string }[]>`
    SELECT xmin::text AS tx FROM "AuditEvent" WHERE "itemId" = ${itemId} AND "actorId" = 'evaluator'
    UNION SELECT xmin::text FROM "Answer" WHERE "itemId" = ${itemId} AND "side" = 'EVALUATOR'
    UNION SELECT xmin::text FROM "ItemReview" WHERE "itemId" = ${itemId}`;
  return rows.map((r) => r.tx);
}
const engine = (answers: Record<string, TAnswer>) => scoreAssessment(world.loaded.catalogue, new Map(Object.entries(answers)));

describe("Terima on an item the evaluator has not answered", () => {
  it("keeps the unit's value: A.I.1.2 stays 0,83 on the TPI side (it fell to 0,33)", async () => {
    await submitted();
    await answer(world, world.users.evaluator, "A.I.1.2.a", { optionKey: "YA" }, "EVALUATOR");
    await accept("A.I.1.2.a");
    const b = await accept("A.I.1.2.b");
    await accept("A.I.1.2.c", world.users.evaluatorMember);

    const expected = engine(UNIT);
    expect(expected.nodes["A.I.1.2"]!.score).toBe("5/6");
    expect(await evaluatorNode("A.I.1.2")).toBe(expected.nodes["A.I.1.2"]!.score);
    expect((await storedScoreOf("asm-a", "EVALUATOR"))!.total).toBe(expected.total);
    expect(b.copied?.answer).toMatchObject({ optionKey: "A", value: "1", version: 1, narrative: "" });
    expect(b.copied?.scores.total).toBe(engine({ "A.I.1.2.a": UNIT["A.I.1.2.a"]!, "A.I.1.2.b": UNIT["A.I.1.2.b"]! }).total);

    const rows = await evaluatorAnswers();
    expect(Object.fromEntries(rows.map((r) => [r.itemId, [r.optionKey, r.value, r.updatedById]]))).toEqual({
      [world.itemId("A.I.1.2.a")]: ["YA", "1", "evaluator"],
      [world.itemId("A.I.1.2.b")]: ["A", "1", "evaluator"],
      [world.itemId("A.I.1.2.c")]: ["B", "1/2", "evaluator-member"],
    });
    // The unit's own answers are untouched.
    const self = await prisma.answer.findMany({ where: { assessmentId: "asm-a", side: "SELF" } });
    expect(self.every((a) => a.version === 1 && a.narrative.startsWith("Bukti"))).toBe(true);
  });

  it("audits the copy as an evaluator save, a copy event and the verdict, in one transaction", async () => {
    await submitted();
    await accept("A.I.1.2.b");
    const events = await prisma.auditEvent.findMany({ where: { itemId: world.itemId("A.I.1.2.b"), actorId: "evaluator" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["answer.evaluator.save", null, { optionKey: "A", inputs: null, surveyIndex: null, value: "1", narrative: "", version: 1 }],
      ["review.copy-self", null, { optionKey: "A", inputs: null, surveyIndex: null, selfVersion: 1, version: 1 }],
      ["review.verdict", null, { verdict: "ACCEPTED", round: 0, note: null }],
    ]);
    // xmin is the id of the transaction that wrote a row: the events, the answer and the verdict share one.
    expect(await writerTransactions("A.I.1.2.b")).toHaveLength(1);
  });

  it("keeps the evaluator's own different answer", async () => {
    await submitted();
    await answer(world, world.users.evaluator, "A.I.1.2.b", { optionKey: "C" }, "EVALUATOR", "Tidak ada laporan");
    expect((await accept("A.I.1.2.b")).copied).toBeNull();
    expect((await evaluatorAnswers()).map((a) => [a.optionKey, a.version, a.narrative])).toEqual([["C", 1, "Tidak ada laporan"]]);
    expect(await prisma.auditEvent.count({ where: { action: "review.copy-self" } })).toBe(0);
  });

  it("fills a TPI answer the evaluator cleared, at its version, keeping their narrative", async () => {
    await submitted();
    await answer(world, world.users.evaluator, "A.I.1.2.b", { optionKey: "C" }, "EVALUATOR", "Dicek ulang");
    await answer(world, world.users.evaluator, "A.I.1.2.b", null, "EVALUATOR", "Dicek ulang");
    const result = await accept("A.I.1.2.b");
    expect(result.copied?.answer).toMatchObject({ optionKey: "A", version: 3, narrative: "Dicek ulang" });
  });

  it("is refused when neither the unit nor the evaluator answered, and nothing is stored", async () => {
    await submitted();
    await expectRefused(() => accept("A.I.1.3.a"), InvalidStateError, "Unit belum menjawab butir A.I.1.3.a. Isi jawaban TPI terlebih dahulu, lalu terima.");
    // The refusal does not even start the review.
    expect((await currentStatus()).status).toBe("SUBMITTED");
  });

  it("a request for revision never copies", async () => {
    await submitted();
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.b"), verdict: "REVISION_REQUESTED", note: "Lampirkan notula." });
    expect(await evaluatorAnswers()).toEqual([]);
  });
});

describe("Salin jawaban unit on one item", () => {
  const copy = (code: string, expectedVersion: number, user: TSessionUser = world.users.evaluator, assessmentId = "asm-a") =>
    copySelfAnswer(user, { assessmentId, itemId: world.itemId(code), expectedVersion });

  it("replaces the TPI answer at the version seen, keeps the TPI narrative, and leaves the verdict alone", async () => {
    await submitted();
    await answer(world, world.users.evaluatorMember, "A.I.1.2.c", { optionKey: "C" }, "EVALUATOR", "Belum ada laporan");
    const result = await copy("A.I.1.2.c", 1);
    expect(result.answer).toMatchObject({ optionKey: "B", value: "1/2", version: 2, narrative: "Belum ada laporan", updatedByName: "User evaluator" });
    expect(result.scores.nodes["A.I.1.2"]?.score).toBe(engine({ "A.I.1.2.c": UNIT["A.I.1.2.c"]! }).nodes["A.I.1.2"]!.score);
    expect(await prisma.itemReview.count()).toBe(0);
    const copyEvent = await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.copy-self" } });
    expect(copyEvent).toMatchObject({ actorId: "evaluator", itemId: world.itemId("A.I.1.2.c"), after: { optionKey: "B", selfVersion: 1, version: 2 } });
  });

  it("another evaluator's change since the page loaded is a conflict: nothing is stored", async () => {
    await submitted();
    await answer(world, world.users.evaluatorMember, "A.I.1.2.c", { optionKey: "C" }, "EVALUATOR");
    const error = await expectRefused(() => copy("A.I.1.2.c", 0), ConflictError,
      "Butir A.I.1.2.c baru saja diubah oleh User evaluator-member. Jawaban Anda belum disimpan; periksa nilai terbaru lalu putuskan.");
    expect((error as ConflictError<{ optionKey: string }>).current?.optionKey).toBe("C");
  });

  it("the evaluator's own later save (autosaved on the page) is replaced as asked", async () => {
    await submitted();
    await answer(world, world.users.evaluator, "A.I.1.2.c", { optionKey: "C" }, "EVALUATOR");
    expect((await copy("A.I.1.2.c", 0)).answer).toMatchObject({ optionKey: "B", version: 2 });
  });

  it("refuses an item the unit did not answer, an item of another catalogue, and people outside the team", async () => {
    await submitted();
    await expectRefused(() => copy("A.I.1.3.a", 0), InvalidStateError, "Unit belum menjawab butir A.I.1.3.a; tidak ada jawaban unit yang dapat disalin. Isi jawaban TPI sendiri.");
    const v2 = await importCatalogueFile(changedCatalogueFile());
    const foreign = await prisma.catalogueItem.findUniqueOrThrow({ where: { versionId_code: { versionId: v2.versionId, code: "A.I.1.2.b" } } });
    await expectRefused(() => copySelfAnswer(world.users.evaluator, { assessmentId: "asm-a", itemId: foreign.id, expectedVersion: 0 }), ValidationError, MSG.notInCatalogue);
    await expectRefused(() => copy("A.I.1.2.b", 0, world.users.outsider), NotFoundError, MSG.notFound);
    await expectRefused(() => copy("A.I.1.2.b", 0, world.users.headA), NotFoundError, MSG.notFound);
    await expectRefused(() => copy("A.I.1.2.b", 0, world.users.evaluator, "asm-b"), NotFoundError, MSG.notFound);
    await expectRefused(() => copySelfAnswer(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.b"), expectedVersion: -1 }), ValidationError, "Versi jawaban tidak valid.");
  });

  it("is refused outside the review", async () => {
    await submitted();
    await setStatus("FINAL");
    await expectRefused(() => copy("A.I.1.2.b", 0), InvalidStateError, MSG.final);
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    await expectRefused(() => copy("A.I.1.2.b", 0), InvalidStateError, MSG.notUnderReview);
  });
});
