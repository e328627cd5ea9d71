import { beforeEach, describe, expect, it } from "vitest";
import { compareExact, storedScoreOf } from "@/tests/support/stored-score";
import { prisma } from "@/lib/db";
import { getReviewSection, listReviewQueue } from "@/lib/review/queries";
import { setVerdict } from "@/lib/review/set-verdict";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { answer, createReviewWorld, setStatus, setWindows, transition, type TReviewWorld } from "@/tests/support/review-world";

// The evaluator's home (assigned units with items left) and the review page of one section,
// which only an evaluator assigned to the assessment may open.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});


describe("listReviewQueue", () => {
  it("lists asm-a for its lead with role, status, items left and both totals", async () => {
    await setWindows({ REVIEW: { opensAt: "2026-02-01T00:00:00.000Z", closesAt: "2026-03-31T00:00:00.000Z" } });
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
    for (const code of ["A.I.1.1.a", "A.I.1.1.b"]) {
      await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId(code), verdict: "ACCEPTED" });
    }
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.a"), verdict: "REVISION_REQUESTED", note: "Perbaiki" });
    // The list reads the numeric column (the exact value to 20 decimals), as text.
    const selfTotal = (await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } })).total.toFixed();
    expect(compareExact(selfTotal, (await storedScoreOf("asm-a", "SELF"))!.total)).toBe(0);
    expect(compareExact(selfTotal, "0")).toBe(1);

    expect(await listReviewQueue(world.users.evaluator)).toEqual([
      {
        id: "asm-a", role: "LEAD", status: "IN_REVIEW", unitName: "Unit unit-a", periodName: "ZI 2026", revisionRound: 0,
        itemsLeft: 111, itemCount: 113, reviewClosesAt: new Date("2026-03-31T00:00:00.000Z"), selfTotal, evaluatorTotal: null,
      },
    ]);
    const [member] = await listReviewQueue(world.users.evaluatorMember);
    expect([member?.id, member?.role, member?.itemsLeft]).toEqual(["asm-a", "MEMBER", 111]);
  });

  it("an evaluator with no assignment has an empty queue; assignments elsewhere are not shown", async () => {
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-c", userId: "evaluator-outsider", role: "LEAD" } });
    expect(await listReviewQueue(world.users.outsider)).toMatchObject([{ id: "asm-c", role: "LEAD", itemsLeft: 113, evaluatorTotal: null, reviewClosesAt: null }]);
    expect((await listReviewQueue(world.users.evaluator)).map((q) => q.id)).toEqual(["asm-a"]);
    expect(await listReviewQueue(world.users.headA)).toEqual([]);
  });
});

describe("getReviewSection", () => {
  it("an assigned evaluator gets the section with every item, lead flag and review rights", async () => {
    await setStatus("IN_REVIEW", { statusVersion: 2 });
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR", "Tidak ada SK");
    const section = await getReviewSection(world.users.evaluator, "asm-a", "A.I.1");
    expect(section.reviewItems).toHaveLength(12);
    expect(section.scope).toEqual({ status: "IN_REVIEW", statusVersion: 2, revisionRound: 0 });
    expect([section.canReview, section.isLead]).toEqual([true, true]);
    expect(section.reviewItems.find((i) => i.id === world.itemId("A.I.1.1.a"))?.evaluatorAnswer).toMatchObject({ optionKey: "TIDAK", narrative: "Tidak ada SK", version: 1 });
    const member = await getReviewSection(world.users.evaluatorMember, "asm-a", "A.I.1");
    expect([member.canReview, member.isLead]).toEqual([true, false]);
  });

  it("outside the review (DRAFT) the page opens read-only", async () => {
    const section = await getReviewSection(world.users.evaluator, "asm-a", "A.I.1");
    expect(section.canReview).toBe(false);
  });

  it.each(["outsider", "memberA", "headA", "leaderRegion", "memberB"] as const)("%s, not an evaluator of asm-a, gets 404", async (who) => {
    await setStatus("IN_REVIEW");
    const error = await rejectionOf(getReviewSection(world.users[who], "asm-a", "A.I.1"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("Penilaian tidak ditemukan.");
  });
});
