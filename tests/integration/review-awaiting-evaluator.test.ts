import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeScope } from "@/lib/access/scope-access";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { assignEvaluator, unassignEvaluator } from "@/lib/review/assignments";
import { countAwaitingEvaluator, getAssignmentBoard } from "@/lib/review/assignment-queries";
import { getOverviewScores } from "@/lib/review/overview-scores";
import { listReviewQueue } from "@/lib/review/queue";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { createReviewWorld, setStatus, transition, type TReviewWorld } from "@/tests/support/review-world";

// Issue 8, point 3: a unit head may submit before any evaluator is assigned, but then the LKE is
// in nobody's queue. The unit sees that it waits for an assignment, the admin's overview counts
// such units, and the assignment page lists them first.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

describe("submitted without an evaluator", () => {
  it("is allowed; the unit sees it waits, the admin sees it first and counted, no queue holds it", async () => {
    // unit-b has no TPI team; asm-a (unit-a) has one, asm-c none but is still a draft.
    // The board keeps the units' tree order (other-region before region) after the waiting ones.
    expect((await transition(world.users.headB, "submit", { acknowledgeIncomplete: true }, "asm-b")).status).toBe("SUBMITTED");

    expect((await authorizeAssessment(world.users.memberB, "asm-b", "assessment.read").then(getOverviewScores)).awaitingEvaluator).toBe(true);
    expect((await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then(getOverviewScores)).awaitingEvaluator).toBe(false);
    for (const evaluator of [world.users.evaluator, world.users.evaluatorMember, world.users.outsider]) {
      expect((await listReviewQueue(authorizeScope(evaluator, "review.read"))).rows.map((r) => r.id)).not.toContain("asm-b");
    }

    const board = await getAssignmentBoard(authorizeScope(world.users.admin, "evaluator.assign"));
    expect(board.assessments.map((a) => [a.id, a.status, a.awaitingEvaluator])).toEqual([
      ["asm-b", "SUBMITTED", true],
      ["asm-c", "DRAFT", false],
      ["asm-a", "DRAFT", false],
    ]);
    expect(await countAwaitingEvaluator(authorizeScope(world.users.admin, "evaluator.assign"))).toEqual({ total: 1, perPeriod: [{ id: "p2026", name: "ZI 2026", year: 2026, count: 1 }] });

    // Assigning a lead puts it in that evaluator's queue and clears every signal.
    await assignEvaluator(world.users.admin, { assessmentId: "asm-b", userId: "evaluator-outsider", role: "LEAD" });
    expect((await listReviewQueue(authorizeScope(world.users.outsider, "review.read"))).rows.map((r) => [r.id, r.status])).toEqual([["asm-b", "SUBMITTED"]]);
    expect((await authorizeAssessment(world.users.memberB, "asm-b", "assessment.read").then(getOverviewScores)).awaitingEvaluator).toBe(false);
    expect(await countAwaitingEvaluator(authorizeScope(world.users.admin, "evaluator.assign"))).toEqual({ total: 0, perPeriod: [] });
    expect((await getAssignmentBoard(authorizeScope(world.users.admin, "evaluator.assign"))).assessments.map((a) => a.id)).toEqual(["asm-c", "asm-a", "asm-b"]);
  });

  it("counts every status with the TPI (not drafts, not final) whose team was emptied", async () => {
    await prisma.evaluatorAssignment.deleteMany();
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 }, "asm-a");
    await setStatus("IN_REVIEW", {}, "asm-b");
    await setStatus("FINAL", {}, "asm-c");
    expect((await countAwaitingEvaluator(authorizeScope(world.users.admin, "evaluator.assign"))).total).toBe(2);
    await setStatus("DRAFT", {}, "asm-b");
    expect((await countAwaitingEvaluator(authorizeScope(world.users.admin, "evaluator.assign"))).total).toBe(1);
  });

  it("an unassignment that empties the team of a submitted LKE makes it wait again", async () => {
    await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
    await unassignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: "evaluator-member" });
    expect((await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then(getOverviewScores)).awaitingEvaluator).toBe(false);
    await unassignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: "evaluator" });
    expect((await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then(getOverviewScores)).awaitingEvaluator).toBe(true);
  });

  it.each(["headA", "evaluator", "leaderRegion"] as const)("%s, not an admin, gets 404 for the board and the count", async (who) => {
    expect(() => authorizeScope(world.users[who], "evaluator.assign")).toThrow(NotFoundError);
  });
});
