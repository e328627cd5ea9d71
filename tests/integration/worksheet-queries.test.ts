import { beforeEach, describe, expect, it } from "vitest";
import { addEvidenceLink } from "@/lib/evidence/mutations";
import { NotFoundError } from "@/lib/errors";
import { setVerdict } from "@/lib/review/set-verdict";
import { getReviewWorksheet, getUnitWorksheet } from "@/lib/worksheet/queries";
import type { TWorksheetSection } from "@/lib/worksheet/types";
import { rejectionOf } from "@/tests/support/db-state";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { answer, createReviewWorld, transition, type TReviewWorld } from "@/tests/support/review-world";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import type { TSessionUser } from "@/lib/auth/load-user";

// As the pages load them: the unit's sheet for every reader, the TPI's for the evaluators (review.read).
const unitSheet = async (user: TSessionUser, assessmentId: string) => getUnitWorksheet(await authorizeAssessment(user, assessmentId, "assessment.read"));
const reviewSheet = async (user: TSessionUser, assessmentId: string) => getReviewWorksheet(await authorizeAssessment(user, assessmentId, "assessment.read"));

// Issue 10, part 1: the worksheet's data. Every item of the LKE in catalogue order with its
// answer, evidence, verdict and what changed in the round; the evaluator's sheet beside the
// unit's answers, for the assigned evaluators only.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

const rowsOf = (sections: TWorksheetSection[]) => sections.flatMap((s) => s.indicators.flatMap((i) => i.rows));
const rowOf = (sections: TWorksheetSection[], code: string) => rowsOf(sections).find((r) => r.item.code === code)!;

describe("getUnitWorksheet", () => {
  it("lists every item once, in catalogue order, with its answer, evidence and card page", async () => {
    const { memberA } = world.users;
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Tim Kerja");
    await answer(world, memberA, "A.II.1.1.b", { inputs: { perubahan: 4, terintegrasi: 3 } });
    await addEvidenceLink(memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), title: "SK", url: "https://contoh.go.id/sk.pdf" });

    const sheet = await unitSheet(memberA, "asm-a");
    const rows = rowsOf(sheet.sections);
    expect(rows.map((r) => r.item.code)).toEqual([...world.loaded.itemIdByCode.keys()].sort(byCatalogueOrder(world)));
    expect(rows).toHaveLength(world.loaded.itemIdByCode.size);
    expect(sheet.sections.map((s) => s.code)).toEqual(world.loaded.sections.map((s) => s.code));

    const first = rowOf(sheet.sections, "A.I.1.1.a");
    expect(first).toMatchObject({ sectionCode: "A.I.1", canEdit: true, verdict: null, changed: false, evidence: { count: 1 } });
    expect(first.answer).toMatchObject({ optionKey: "YA", narrative: "SK Tim Kerja", version: 1 });
    // The guidance stays on the card; what answering needs comes along.
    expect(first.item.guidance).toBe("");
    expect(rowOf(sheet.sections, "A.II.1.1.b").answer?.inputs).toEqual({ perubahan: 4, terintegrasi: 3 });
    expect(rowOf(sheet.sections, "A.II.1.1.b").item.constraints).toHaveLength(1);
    expect(sheet.score.answered).toBe(2);
    expect(sheet.hasRound).toBe(false);
  });

  it("answers 404 to a member of another unit, and lets a leader of the region read without editing", async () => {
    expect(await rejectionOf(unitSheet(world.users.memberB, "asm-a"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(unitSheet(world.users.outsider, "asm-a"))).toBeInstanceOf(NotFoundError);
    const read = await unitSheet(world.users.leaderRegion, "asm-a");
    expect(rowsOf(read.sections).every((r) => !r.canEdit)).toBe(true);
  });

  it("in revision, only the items sent back are editable and the ones changed since are marked", async () => {
    const { memberA, headA, evaluator } = world.users;
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "TIDAK" });
    await answer(world, memberA, "A.I.1.1.b", { optionKey: "B" });
    await transition(headA, "submit", { acknowledgeIncomplete: true });
    for (const code of ["A.I.1.1.a", "A.I.1.1.b"]) {
      await setVerdict(evaluator, { assessmentId: "asm-a", itemId: world.itemId(code), verdict: "REVISION_REQUESTED", note: `Perbaiki ${code}` });
    }
    await transition(evaluator, "requestRevision");
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" });

    const sheet = await unitSheet(memberA, "asm-a");
    expect(sheet.hasRound).toBe(true);
    expect(rowsOf(sheet.sections).filter((r) => r.canEdit).map((r) => r.item.code)).toEqual(["A.I.1.1.a", "A.I.1.1.b"]);
    expect(rowsOf(sheet.sections).filter((r) => r.changed).map((r) => r.item.code)).toEqual(["A.I.1.1.a"]);
    expect(rowOf(sheet.sections, "A.I.1.1.b").verdict).toBe("REVISION_REQUESTED");
  });
});

describe("getReviewWorksheet", () => {
  it("puts the unit's answer beside the TPI's, with the round's changes, for the assigned evaluators", async () => {
    const { memberA, headA, evaluator, evaluatorMember } = world.users;
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "TIDAK" });
    await answer(world, memberA, "A.I.1.1.b", { optionKey: "B" });
    await transition(headA, "submit", { acknowledgeIncomplete: true });
    await answer(world, evaluator, "A.I.1.1.b", { optionKey: "C" }, "EVALUATOR", "Belum mewakili seluruh unsur");
    await setVerdict(evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), verdict: "REVISION_REQUESTED", note: "Lampirkan SK" });
    await transition(evaluator, "requestRevision");
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" });
    await transition(headA, "resubmit");

    const sheet = await reviewSheet(evaluatorMember, "asm-a");
    expect(sheet.canReview).toBe(true);
    expect(sheet.hasRound).toBe(true);
    const changed = rowOf(sheet.sections, "A.I.1.1.a");
    expect(changed).toMatchObject({ changed: true, verdict: "REVISION_REQUESTED", answer: null, canEdit: true });
    expect(changed.selfAnswer?.optionKey).toBe("YA");
    const scored = rowOf(sheet.sections, "A.I.1.1.b");
    expect(scored.selfAnswer?.optionKey).toBe("B");
    expect(scored.answer).toMatchObject({ optionKey: "C", narrative: "Belum mewakili seluruh unsur" });
    expect(sheet.sections[0]!.selfScores["A.I.1.1"]).toBeGreaterThan(0);
    expect(sheet.score.answered).toBe(1);
  });

  it("answers 404 to the unit, a leader and an evaluator not on the team", async () => {
    for (const user of [world.users.memberA, world.users.leaderRegion, world.users.outsider, world.users.evaluatorInUnit]) {
      expect(await rejectionOf(reviewSheet(user, "asm-a"))).toBeInstanceOf(NotFoundError);
    }
  });

  it("is read-only outside the review", async () => {
    const sheet = await reviewSheet(world.users.evaluator, "asm-a");
    expect(sheet.canReview).toBe(false);
    expect(rowsOf(sheet.sections).some((r) => r.canEdit)).toBe(false);
  });
});

/** Catalogue order: the order items appear in the catalogue tree. */
function byCatalogueOrder(w: TReviewWorld) {
  const order = new Map([...w.loaded.itemsById.values()].map((ref, index) => [ref.item.code, index]));
  return (a: string, b: string) => order.get(a)! - order.get(b)!;
}
