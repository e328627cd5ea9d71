import { beforeEach, describe, expect, it } from "vitest";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { addEvidenceLink } from "@/lib/evidence/mutations";
import { getRoundChanges } from "@/lib/review/round-changes";
import { setVerdict } from "@/lib/review/set-verdict";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { answer, createReviewWorld, transition, type TReviewWorld } from "@/tests/support/review-world";

// Issue 8, point 5: after a resubmission the evaluators see which items the unit changed in
// that round (answer, narrative, bukti dukung), read from the audit trail, and which items sent
// back were left as they were.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  const { memberA, headA, evaluator } = world.users;
  await answer(world, memberA, "A.I.1.1.a", { optionKey: "TIDAK" }, "SELF", "Belum ada SK");
  await answer(world, memberA, "A.I.1.1.b", { optionKey: "B" });
  await answer(world, memberA, "A.I.1.2.a", { optionKey: "TIDAK" });
  await answer(world, memberA, "A.I.1.2.b", { optionKey: "C" });
  await transition(headA, "submit", { acknowledgeIncomplete: true });
  for (const code of ["A.I.1.1.a", "A.I.1.1.b", "A.I.1.2.a", "A.I.1.2.b"]) {
    await setVerdict(evaluator, { assessmentId: "asm-a", itemId: world.itemId(code), verdict: "REVISION_REQUESTED", note: `Perbaiki ${code}` });
  }
  await transition(evaluator, "requestRevision");
});

const changesFor = () => authorizeAssessment(world.users.evaluator, "asm-a", "review.read").then(getRoundChanges);

describe("getRoundChanges", () => {
  it("lists what the unit changed in the round just resubmitted, and the flagged items it left alone", async () => {
    const { memberA, headA } = world.users;
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Nomor 12 Tahun 2026");
    await answer(world, memberA, "A.I.1.1.b", { optionKey: "A" });
    await answer(world, memberA, "A.I.1.1.b", { optionKey: "B" }); // changed and changed back: nothing to re-check
    await addEvidenceLink(memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.a"), title: "Notula rapat", url: "https://contoh.go.id/notula.pdf" });
    expect(await changesFor()).toBeNull(); // still with the unit

    await transition(headA, "resubmit");
    const changes = await changesFor();
    expect(changes).toMatchObject({ round: 1, resubmittedAt: expect.any(Date) });
    expect(changes?.changed).toEqual([
      {
        itemId: world.itemId("A.I.1.1.a"), code: "A.I.1.1.a", text: expect.any(String), sectionCode: "A.I.1",
        answer: { before: "Tidak", after: "Ya" }, narrativeChanged: true, evidenceChanges: 0,
      },
      {
        itemId: world.itemId("A.I.1.2.a"), code: "A.I.1.2.a", text: expect.any(String), sectionCode: "A.I.1",
        answer: null, narrativeChanged: false, evidenceChanges: 1,
      },
    ]);
    expect(changes?.unchangedFlagged.map((f) => f.code)).toEqual(["A.I.1.1.b", "A.I.1.2.b"]);
  });

  it("a second round lists only that round's changes", async () => {
    const { memberA, headA, evaluator } = world.users;
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" });
    await transition(headA, "resubmit");
    await setVerdict(evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.2.b"), verdict: "REVISION_REQUESTED", note: "Masih kurang" });
    await transition(evaluator, "requestRevision");
    await answer(world, memberA, "A.I.1.2.b", { optionKey: "A" });
    await transition(headA, "resubmit");

    const changes = await changesFor();
    expect(changes?.round).toBe(2);
    expect(changes?.changed.map((c) => [c.code, c.answer])).toEqual([["A.I.1.2.b", { before: expect.stringMatching(/^C · /), after: expect.stringMatching(/^A · /) }]]);
  });

  it.each(["headA", "memberA", "leaderRegion", "outsider"] as const)("%s, not an evaluator of asm-a, gets 404", async (who) => {
    await transition(world.users.headA, "resubmit");
    expect(await rejectionOf(authorizeAssessment(world.users[who], "asm-a", "review.read").then(getRoundChanges))).toBeInstanceOf(NotFoundError);
  });
});
