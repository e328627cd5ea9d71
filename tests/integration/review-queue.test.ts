import { beforeEach, describe, expect, it } from "vitest";
import { compareExact, storedScoreOf } from "@/tests/support/stored-score";
import { prisma } from "@/lib/db";
import { authorizeScope } from "@/lib/access/scope-access";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getReviewSection } from "@/lib/review/queries";
import { listReviewQueue } from "@/lib/review/queue";
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
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), verdict: "ACCEPTED" });
    await answer(world, world.users.evaluator, "A.I.1.1.b", { optionKey: "B" }, "EVALUATOR");
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.b"), verdict: "ACCEPTED" });
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.a"), verdict: "REVISION_REQUESTED", note: "Perbaiki" });
    // The list reads the numeric columns (the exact values to 20 decimals), as text.
    const totals = await prisma.assessmentScore.findMany({ where: { assessmentId: "asm-a" }, orderBy: { side: "asc" } });
    const [selfTotal, evaluatorTotal] = ["SELF", "EVALUATOR"].map((side) => totals.find((t) => t.side === side)!.total.toFixed());
    expect(compareExact(selfTotal!, (await storedScoreOf("asm-a", "SELF"))!.total)).toBe(0);
    expect(compareExact(selfTotal!, "0")).toBe(1);
    expect(compareExact(evaluatorTotal!, selfTotal!)).toBe(1);

    const queue = await listReviewQueue(authorizeScope(world.users.evaluator, "review.read"));
    expect(queue).toMatchObject({ total: 1, status: null, counts: { IN_REVIEW: 1, SUBMITTED: 0, FINAL: 0 } });
    expect(queue.rows).toEqual([
      {
        id: "asm-a", role: "LEAD", status: "IN_REVIEW", unitName: "Unit unit-a", periodName: "ZI 2026", revisionRound: 0,
        itemsLeft: 111, itemCount: 113, reviewClosesAt: new Date("2026-03-31T00:00:00.000Z"), selfTotal, evaluatorTotal,
      },
    ]);
    const [member] = (await listReviewQueue(authorizeScope(world.users.evaluatorMember, "review.read"))).rows;
    expect([member?.id, member?.role, member?.itemsLeft]).toEqual(["asm-a", "MEMBER", 111]);
  });

  it("an evaluator with no assignment has an empty queue; assignments elsewhere are not shown", async () => {
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-c", userId: "evaluator-outsider", role: "LEAD" } });
    expect((await listReviewQueue(authorizeScope(world.users.outsider, "review.read"))).rows).toMatchObject([{ id: "asm-c", role: "LEAD", itemsLeft: 113, evaluatorTotal: null, reviewClosesAt: null }]);
    expect((await listReviewQueue(authorizeScope(world.users.evaluator, "review.read"))).rows.map((q) => q.id)).toEqual(["asm-a"]);
  });

  it("filters by status, counting every status; an unknown filter shows everything", async () => {
    await prisma.evaluatorAssignment.createMany({
      data: [{ assessmentId: "asm-b", userId: "evaluator", role: "LEAD" }, { assessmentId: "asm-c", userId: "evaluator", role: "MEMBER" }],
    });
    await setStatus("RESUBMITTED", { revisionRound: 1 });
    await setStatus("RESUBMITTED", { revisionRound: 1 }, "asm-b");
    await setStatus("FINAL", {}, "asm-c");
    const ids = async (filter?: string) => (await listReviewQueue(authorizeScope(world.users.evaluator, "review.read"), filter)).rows.map((r) => r.id);
    expect(await ids("RESUBMITTED")).toEqual(["asm-a", "asm-b"]);
    expect(await ids("FINAL")).toEqual(["asm-c"]);
    expect(await ids("IN_REVIEW")).toEqual([]);
    expect(await ids()).toEqual(["asm-a", "asm-b", "asm-c"]);
    const unknown = await listReviewQueue(authorizeScope(world.users.evaluator, "review.read"), "DROP TABLE");
    expect([unknown.status, unknown.rows.length]).toEqual([null, 3]);
    expect((await listReviewQueue(authorizeScope(world.users.evaluator, "review.read"), "FINAL")).counts).toEqual({
      SUBMITTED: 0, RESUBMITTED: 2, IN_REVIEW: 0, REVISION_REQUESTED: 0, FINAL: 1, DRAFT: 0,
    });
  });

  // Issue 8, point 18: the queue page is the evaluators' own, like any page outside a role.
  it.each(["memberA", "headA", "leaderRegion", "admin"] as const)("%s, not an evaluator, gets 404 instead of an empty queue", async (who) => {
    const error = await rejectionOf(Promise.resolve().then(() => listReviewQueue(authorizeScope(world.users[who], "review.read"))));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("Halaman tidak ditemukan.");
  });
});

describe("getReviewSection", () => {
  it("an assigned evaluator gets the section with every item, lead flag and review rights", async () => {
    await setStatus("IN_REVIEW", { statusVersion: 2 });
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR", "Tidak ada SK");
    const section = await authorizeAssessment(world.users.evaluator, "asm-a", "review.read").then((access) => getReviewSection(access, "A.I.1"));
    expect(section.reviewItems).toHaveLength(12);
    expect(section.scope).toEqual({ status: "IN_REVIEW", statusVersion: 2, revisionRound: 0 });
    expect([section.canReview, section.isLead]).toEqual([true, true]);
    expect(section.reviewItems.find((i) => i.id === world.itemId("A.I.1.1.a"))?.evaluatorAnswer).toMatchObject({ optionKey: "TIDAK", narrative: "Tidak ada SK", version: 1 });
    const member = await authorizeAssessment(world.users.evaluatorMember, "asm-a", "review.read").then((access) => getReviewSection(access, "A.I.1"));
    expect([member.canReview, member.isLead]).toEqual([true, false]);
  });

  it("outside the review (DRAFT) the page opens read-only", async () => {
    const section = await authorizeAssessment(world.users.evaluator, "asm-a", "review.read").then((access) => getReviewSection(access, "A.I.1"));
    expect(section.canReview).toBe(false);
  });

  it.each(["outsider", "memberA", "headA", "leaderRegion", "memberB"] as const)("%s, not an evaluator of asm-a, gets 404", async (who) => {
    await setStatus("IN_REVIEW");
    const error = await rejectionOf(authorizeAssessment(world.users[who], "asm-a", "review.read").then((access) => getReviewSection(access, "A.I.1")));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("Penilaian tidak ditemukan.");
  });
});
