import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getOverviewScores } from "@/lib/review/overview-scores";
import { setVerdict } from "@/lib/review/set-verdict";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { compareExact, storedScoreOf } from "@/tests/support/stored-score";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { answer, completeReview, createReviewWorld, transition, type TReviewWorld } from "@/tests/support/review-world";

// Issue 8, point 4: the unit overview headlines the self-assessment until the TPI starts, then
// shows the TPI score beside it, and once final headlines the TPI score.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

// The exact total of the stored record, as pages read it (tests/support/stored-score.ts).
const stored = async (side: "SELF" | "EVALUATOR") => (await storedScoreOf("asm-a", side))!.total;

describe("getOverviewScores", () => {
  it("follows the review: self only, then TPI beside, then TPI as the headline", async () => {
    const { memberA, headA, evaluator } = world.users;
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" });
    await answer(world, memberA, "A.I.1.1.b", { optionKey: "A" });
    let scores = await authorizeAssessment(memberA, "asm-a", "assessment.read").then(getOverviewScores);
    expect([scores.headline, scores.evaluator, scores.self.total]).toEqual(["SELF", null, await stored("SELF")]);

    await transition(headA, "submit", { acknowledgeIncomplete: true });
    expect((await authorizeAssessment(memberA, "asm-a", "assessment.read").then(getOverviewScores)).evaluator).toBeNull();

    // The evaluator's first write starts the review: its score stands beside the unit's.
    await answer(world, evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR");
    scores = await authorizeAssessment(memberA, "asm-a", "assessment.read").then(getOverviewScores);
    expect(scores.headline).toBe("SELF");
    expect([scores.evaluator?.total, scores.evaluator?.answered]).toEqual([await stored("EVALUATOR"), 1]);
    expect(compareExact(scores.evaluator!.total, scores.self.total)).toBe(-1);

    await setVerdict(evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.b"), verdict: "ACCEPTED" });
    await completeReview(world);
    await transition(evaluator, "finalize");
    scores = await authorizeAssessment(headA, "asm-a", "assessment.read").then(getOverviewScores);
    expect(scores.headline).toBe("EVALUATOR");
    expect(scores.evaluator?.total).toBe(await stored("EVALUATOR"));
    expect(scores.evaluator?.answered).toBe(113);
    expect(scores.self.total).toBe(await stored("SELF"));
  });

  it("a review started by a verdict alone shows an empty TPI score, not none", async () => {
    await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), verdict: "REVISION_REQUESTED", note: "Lampirkan SK." });
    const scores = await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read").then(getOverviewScores);
    expect([scores.evaluator?.total, scores.evaluator?.answered]).toEqual(["0", 0]);
  });

  it("readers of the assessment only", async () => {
    expect((await authorizeAssessment(world.users.leaderRegion, "asm-a", "assessment.read").then(getOverviewScores)).headline).toBe("SELF");
    for (const who of ["memberB", "leaderOther", "outsider"] as const) {
      expect(await rejectionOf(authorizeAssessment(world.users[who], "asm-a", "assessment.read").then(getOverviewScores)), who).toBeInstanceOf(NotFoundError);
    }
  });
});
