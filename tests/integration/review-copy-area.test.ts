import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { copyAreaSelfAnswers } from "@/lib/review/copy-area";
import { setVerdict } from "@/lib/review/set-verdict";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { prng, randomAnswer } from "@/prisma/seed/random-answers";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { changedCatalogueFile, importCatalogueFile } from "@/tests/support/catalogue-file";
import { answer, createReviewWorld, currentStatus, expectRefused, MSG, setStatus, transition, type TReviewWorld } from "@/tests/support/review-world";
import { storedScoreOf } from "@/tests/support/stored-score";
import { toNumeric } from "@/lib/assessments/compute-stored-score";

// Issue 8, point 1: "Salin jawaban unit" for a whole area. In one transaction every listed item
// without a TPI answer takes the unit's answer through the evaluator's save and is accepted;
// what the evaluator answered, flagged, or the unit left empty is skipped and reported. Bad
// input (items of another area or catalogue) and other people's changes refuse it all.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

const AREA = "A.I.1";
const areaCodes = () => [...world.loaded.itemsById.values()].filter((r) => r.group.code === AREA).map((r) => r.item.code);

/** The unit answers every item of A.I.1 except A.I.1.4.d and submits; returns the answers. */
async function submittedArea() {
  const random = prng(11);
  const unit: Record<string, TAnswer> = {};
  for (const code of areaCodes().filter((c) => c !== "A.I.1.4.d")) {
    const ref = world.loaded.itemsById.get(world.itemId(code))!;
    unit[code] = randomAnswer(ref.item, 0.7, random);
    await answer(world, world.users.memberA, code, unit[code]);
  }
  await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
  return unit;
}

const seenAll = (versions: Record<string, number> = {}) => areaCodes().map((code) => ({ itemId: world.itemId(code), expectedVersion: versions[code] ?? 0 }));
const copyArea = (items = seenAll(), user: TSessionUser = world.users.evaluator, sectionCode = AREA, assessmentId = "asm-a") =>
  copyAreaSelfAnswers(user, { assessmentId, sectionCode, items });

describe("copying a whole area", () => {
  it("copies and accepts every open item, skips the rest, and the TPI score equals the engine's", async () => {
    const unit = await submittedArea();
    expect(areaCodes()).toHaveLength(12);
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR", "SK tidak ada");
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.b"), verdict: "REVISION_REQUESTED", note: "Lampirkan notula." });

    const result = await copyArea(seenAll({ "A.I.1.1.a": 1 }));
    const copied = areaCodes().filter((c) => !["A.I.1.1.a", "A.I.1.2.b", "A.I.1.4.d"].includes(c));
    expect(result.copied).toEqual(copied);
    expect(result.skipped).toEqual([
      { code: "A.I.1.1.a", reason: "answered" },
      { code: "A.I.1.2.b", reason: "flagged" },
      { code: "A.I.1.4.d", reason: "unanswered" },
    ]);

    const tpi: Record<string, TAnswer> = { "A.I.1.1.a": { optionKey: "TIDAK" } };
    for (const code of copied) tpi[code] = unit[code]!;
    const expected = scoreAssessment(world.loaded.catalogue, new Map(Object.entries(tpi)));
    // The stored exact record, and its headline column (the exact value to 20 decimals).
    expect((await storedScoreOf("asm-a", "EVALUATOR"))!.total).toBe(expected.total);
    const stored = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "EVALUATOR" } } });
    expect(stored.total.toFixed(20)).toBe(toNumeric(expected.total));
    expect(result.scores?.total).toBe(expected.total);
    expect(result.scores?.nodes[AREA]?.score).toBe(expected.nodes[AREA]!.score);

    const reviews = await prisma.itemReview.findMany({ where: { assessmentId: "asm-a" }, select: { itemId: true, verdict: true } });
    const verdictOf = Object.fromEntries(reviews.map((r) => [r.itemId, r.verdict]));
    for (const code of copied) expect(verdictOf[world.itemId(code)], code).toBe("ACCEPTED");
    expect(verdictOf[world.itemId("A.I.1.2.b")]).toBe("REVISION_REQUESTED");
    expect(verdictOf[world.itemId("A.I.1.1.a")]).toBeUndefined();
    const tpiRow = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_side_itemId: { assessmentId: "asm-a", side: "EVALUATOR", itemId: world.itemId("A.I.1.1.a") } } });
    expect([tpiRow.optionKey, tpiRow.narrative, tpiRow.version]).toEqual(["TIDAK", "SK tidak ada", 1]);
  });

  it("is one audited transaction: per item the save, the copy and the verdict, plus one event for the area", async () => {
    await submittedArea();
    const result = await copyArea();
    expect(result.copied).toHaveLength(11);
    const counts = await prisma.auditEvent.groupBy({ by: ["action"], where: { actorId: "evaluator" }, _count: { _all: true }, orderBy: { action: "asc" } });
    expect(Object.fromEntries(counts.map((c) => [c.action, c._count._all]))).toEqual({
      "answer.evaluator.save": 11, "assessment.start-review": 1, "review.copy-self": 11, "review.copy-self-area": 1, "review.verdict": 11,
    });
    const area = await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.copy-self-area" } });
    expect(area).toMatchObject({ entityType: "Assessment", entityId: "asm-a", itemId: null, after: { sectionCode: AREA, copied: result.copied, skipped: [{ code: "A.I.1.4.d", reason: "unanswered" }] } });
    const writers = await prisma.$queryRaw<{ tx: string }[]>`
      SELECT DISTINCT xmin::text AS tx FROM "AuditEvent" WHERE "actorId" = 'evaluator'
      UNION SELECT DISTINCT xmin::text FROM "Answer" WHERE "side" = 'EVALUATOR'
      UNION SELECT DISTINCT xmin::text FROM "ItemReview"`;
    expect(writers).toHaveLength(1);
    // The first evaluator write started the review.
    expect((await currentStatus()).status).toBe("IN_REVIEW");
  });

  it("another evaluator's answer since the page loaded is a conflict: nothing is copied, not even the other items", async () => {
    await submittedArea();
    await setStatus("IN_REVIEW", { statusVersion: 2 });
    await answer(world, world.users.evaluatorMember, "A.I.1.3.b", { optionKey: "D" }, "EVALUATOR");
    await expectRefused(() => copyArea(), ConflictError, "Butir A.I.1.3.b baru saja diubah oleh User evaluator-member. Muat ulang halaman lalu ulangi; belum ada yang disalin.");
  });

  it("the evaluator's own answers saved since the page loaded are kept and skipped", async () => {
    await submittedArea();
    await answer(world, world.users.evaluator, "A.I.1.3.b", { optionKey: "D" }, "EVALUATOR");
    const result = await copyArea();
    expect(result.skipped).toContainEqual({ code: "A.I.1.3.b", reason: "answered" });
    expect(result.copied).toHaveLength(10);
  });
});

describe("bad input and the wrong people are refused, nothing stored", () => {
  beforeEach(async () => {
    await submittedArea();
  });

  it("an item of another area", async () => {
    const items = [...seenAll(), { itemId: world.itemId("A.I.2.1.a"), expectedVersion: 0 }];
    await expectRefused(() => copyArea(items), ValidationError, "Sebagian butir tidak termasuk area A.I.1 pada LKE penilaian ini; tidak ada yang disalin.");
  });

  it("an item of another assessment's catalogue version", async () => {
    const v2 = await importCatalogueFile(changedCatalogueFile());
    const foreign = await prisma.catalogueItem.findUniqueOrThrow({ where: { versionId_code: { versionId: v2.versionId, code: "A.I.1.2.b" } } });
    await expectRefused(() => copyArea([...seenAll(), { itemId: foreign.id, expectedVersion: 0 }]), ValidationError,
      "Sebagian butir tidak termasuk area A.I.1 pada LKE penilaian ini; tidak ada yang disalin.");
  });

  it("an unknown area, an empty list, a repeated item, a bad version", async () => {
    await expectRefused(() => copyArea(seenAll(), world.users.evaluator, "A.I.9"), ValidationError, "Area ini tidak ada pada katalog LKE penilaian ini.");
    await expectRefused(() => copyArea([]), ValidationError, "Tidak ada butir yang dipilih untuk disalin.");
    const one = { itemId: world.itemId("A.I.1.1.a"), expectedVersion: 0 };
    await expectRefused(() => copyArea([one, one]), ValidationError, "Butir yang sama disebut lebih dari sekali.");
    await expectRefused(() => copyArea([{ ...one, expectedVersion: 1.5 }]), ValidationError, "Versi jawaban tidak valid.");
    await expectRefused(() => copyAreaSelfAnswers(world.users.evaluator, { assessmentId: "asm-a", sectionCode: AREA, items: "semua" }), ValidationError, "Daftar butir tidak valid.");
  });

  it("nothing left to copy", async () => {
    await expectRefused(() => copyArea([{ itemId: world.itemId("A.I.1.4.d"), expectedVersion: 0 }]), InvalidStateError,
      "Tidak ada butir yang disalin: setiap butir sudah dijawab TPI, ditandai perlu perbaikan, atau belum dijawab unit.");
  });

  it("people outside the team, the unit, and assessments outside the review", async () => {
    await expectRefused(() => copyArea(seenAll(), world.users.outsider), NotFoundError, MSG.notFound);
    await expectRefused(() => copyArea(seenAll(), world.users.headA), NotFoundError, MSG.notFound);
    await expectRefused(() => copyArea(seenAll(), world.users.evaluator, AREA, "asm-b"), NotFoundError, MSG.notFound);
    await setStatus("FINAL");
    await expectRefused(() => copyArea(), InvalidStateError, MSG.final);
  });
});
