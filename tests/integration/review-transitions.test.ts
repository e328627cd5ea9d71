import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addNote } from "@/lib/review/add-note";
import { setVerdict } from "@/lib/review/set-verdict";
import { transitionAssessment } from "@/lib/review/transitions";
import { ConflictError, InvalidStateError, NotFoundError, type AppError } from "@/lib/errors";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import {
  answer, completeReview, createReviewWorld, currentStatus, expectRefused, flagItem, MSG, setStatus, transition,
  type TReviewWorld, type TTransitionAction,
} from "@/tests/support/review-world";

// Every move of an assessment's status: allowed only from its one status, by its one actor,
// on the status version the actor saw, with its extra conditions. A refusal changes nothing.
// The period has no windows here: a stage without a window is not restricted by time.

const NOW = useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});


const STATUSES: AssessmentStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "REVISION_REQUESTED", "RESUBMITTED", "FINAL"];
const LABEL: Record<AssessmentStatus, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Dikirim",
  IN_REVIEW: "Dalam evaluasi TPI",
  REVISION_REQUESTED: "Perlu perbaikan",
  RESUBMITTED: "Dikirim ulang",
  FINAL: "Final",
};

type TUserKey = keyof TReviewWorld["users"];
const RULES: Record<TTransitionAction, { from: AssessmentStatus; to: AssessmentStatus; actor: TUserKey; verb: string }> = {
  submit: { from: "DRAFT", to: "SUBMITTED", actor: "headA", verb: "mengirim LKE" },
  requestRevision: { from: "IN_REVIEW", to: "REVISION_REQUESTED", actor: "evaluator", verb: "meminta perbaikan" },
  resubmit: { from: "REVISION_REQUESTED", to: "RESUBMITTED", actor: "headA", verb: "mengirim ulang LKE" },
  finalize: { from: "IN_REVIEW", to: "FINAL", actor: "evaluator", verb: "memfinalisasi penilaian" },
};
const ACTIONS = Object.keys(RULES) as TTransitionAction[];

/** The conditions beyond status each action needs, so that in the table only the status decides. */
async function prepare(action: TTransitionAction) {
  if (action === "requestRevision") await flagItem(world, "A.I.1.1.a");
  if (action === "finalize") await completeReview(world);
}
const extraFor = (action: TTransitionAction) => (action === "submit" ? { acknowledgeIncomplete: true } : {});

const statusEvents = () =>
  prisma.auditEvent.findMany({ where: { action: { startsWith: "assessment." } }, orderBy: { id: "asc" } });

describe("the transition table: 4 actions x 6 statuses", () => {
  const cases = ACTIONS.flatMap((action) => STATUSES.map((status) => [action, status, status === RULES[action].from] as const));

  it.each(cases)("%s from %s (allowed: %s)", async (action, status, allowed) => {
    const rule = RULES[action];
    await setStatus(status, { statusVersion: 3, revisionRound: 1 });
    await prepare(action);
    const user = world.users[rule.actor];

    if (!allowed) {
      await expectRefused(() => transition(user, action, extraFor(action)), InvalidStateError, `Tidak dapat ${rule.verb} dari status "${LABEL[status]}".`);
      return;
    }
    const round = action === "requestRevision" ? 2 : 1;
    expect(await transition(user, action, extraFor(action))).toEqual({ status: rule.to, statusVersion: 4, revisionRound: round });
    expect(await currentStatus()).toMatchObject({ status: rule.to, statusVersion: 4, revisionRound: round });
    const events = await statusEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: user.id,
      action: `assessment.${action}`,
      entityType: "Assessment",
      entityId: "asm-a",
      assessmentId: "asm-a",
      itemId: null,
      before: { status },
      after: { status: rule.to, revisionRound: round },
    });
  });
});

describe("the wrong actor is refused and nothing changes", () => {
  type TCase = [TTransitionAction, TUserKey, new (...args: never[]) => AppError, string];
  const cases: TCase[] = [
    // Submit and resubmit: the unit head only.
    ["submit", "memberA", NotFoundError, MSG.notFound],
    ["submit", "evaluator", NotFoundError, MSG.notFound],
    ["submit", "outsider", NotFoundError, MSG.notFound],
    ["submit", "leaderRegion", NotFoundError, MSG.notFound],
    ["submit", "leaderOther", NotFoundError, MSG.notFound],
    ["submit", "headB", NotFoundError, MSG.notFound],
    ["submit", "admin", NotFoundError, MSG.notFound],
    ["resubmit", "memberA", NotFoundError, MSG.notFound],
    ["resubmit", "evaluator", NotFoundError, MSG.notFound],
    ["resubmit", "outsider", NotFoundError, MSG.notFound],
    ["resubmit", "leaderRegion", NotFoundError, MSG.notFound],
    ["resubmit", "headB", NotFoundError, MSG.notFound],
    // Request revision and finalise: the lead evaluator only.
    ["requestRevision", "evaluatorMember", NotFoundError, MSG.notFound],
    ["requestRevision", "outsider", NotFoundError, MSG.notFound],
    ["requestRevision", "leaderRegion", NotFoundError, MSG.notFound],
    ["requestRevision", "headA", NotFoundError, MSG.notFound],
    ["requestRevision", "memberA", NotFoundError, MSG.notFound],
    ["requestRevision", "headB", NotFoundError, MSG.notFound],
    ["requestRevision", "admin", NotFoundError, MSG.notFound],
    ["finalize", "evaluatorMember", NotFoundError, MSG.notFound],
    ["finalize", "outsider", NotFoundError, MSG.notFound],
    ["finalize", "leaderRegion", NotFoundError, MSG.notFound],
    ["finalize", "leaderOther", NotFoundError, MSG.notFound],
    ["finalize", "headA", NotFoundError, MSG.notFound],
    ["finalize", "headB", NotFoundError, MSG.notFound],
  ];

  it.each(cases)("%s by %s", async (action, actor, errorClass, message) => {
    await setStatus(RULES[action].from, { statusVersion: 2 });
    await prepare(action);
    await expectRefused(() => transition(world.users[actor], action, extraFor(action)), errorClass, message);
  });

  it("an evaluator who works in the unit cannot finalise it even with a (stale) LEAD assignment", async () => {
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: "evaluator-in-unit", role: "LEAD" } });
    await setStatus("IN_REVIEW");
    await expectRefused(() => transition(world.users.evaluatorInUnit, "finalize"), NotFoundError, MSG.notFound);
    await expectRefused(() => transition(world.users.evaluatorInUnit, "requestRevision"), NotFoundError, MSG.notFound);
  });

  it("the lead of asm-a cannot move asm-b, which is not assigned to them", async () => {
    await setStatus("IN_REVIEW", {}, "asm-b");
    await expectRefused(() => transition(world.users.evaluator, "finalize", {}, "asm-b"), NotFoundError, MSG.notFound);
  });

  it("an unknown assessment is a 404", async () => {
    await expectRefused(
      () => transitionAssessment(world.users.headA, { assessmentId: "asm-x", action: "submit", expectedStatusVersion: 0, acknowledgeIncomplete: true }),
      NotFoundError,
      MSG.notFound,
    );
  });
});

describe("a stale status version is a conflict", () => {
  it.each(ACTIONS)("%s with an older and with a newer expectedStatusVersion", async (action) => {
    const rule = RULES[action];
    await setStatus(rule.from, { statusVersion: 5 });
    await prepare(action);
    const message = `Status penilaian baru saja berubah menjadi "${LABEL[rule.from]}". Muat ulang halaman.`;
    for (const expectedStatusVersion of [4, 6]) {
      await expectRefused(
        () => transitionAssessment(world.users[rule.actor], { assessmentId: "asm-a", action, expectedStatusVersion, ...extraFor(action) }),
        ConflictError,
        message,
      );
    }
  });
});

describe("submit: the completeness check", () => {
  async function addEvidence(code: string, deleted = false) {
    await prisma.evidence.create({
      data: {
        assessmentId: "asm-a", itemId: world.itemId(code), kind: "LINK", title: `Bukti ${code}`, url: "https://contoh.go.id/sk.pdf",
        createdById: "member-a", ...(deleted ? { deletedAt: NOW, deletedById: "member-a" } : {}),
      },
    });
  }

  it("refuses without acknowledgement, naming the counts of unanswered items and items without evidence", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    await answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "A" });
    await addEvidence("A.I.1.1.a");
    await addEvidence("A.I.1.1.b", true); // deleted evidence does not count
    await expectRefused(
      () => transition(world.users.headA, "submit"),
      InvalidStateError,
      "Masih ada 111 butir belum dijawab dan 1 butir tanpa bukti dukung. Konfirmasi untuk tetap mengirim.",
    );
    expect(await currentStatus()).toMatchObject({ status: "DRAFT", statusVersion: 0, submittedAt: null });
  });

  it("with acknowledgement submits: SUBMITTED, submittedAt and lastActivityAt set to now", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    expect(await transition(world.users.headA, "submit", { acknowledgeIncomplete: true })).toEqual({ status: "SUBMITTED", statusVersion: 1, revisionRound: 0 });
    const row = await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } });
    expect(row).toMatchObject({ status: "SUBMITTED", statusVersion: 1, submittedAt: NOW, lastActivityAt: NOW, finalizedAt: null });
  });

  it("a complete LKE (every item answered, every answer with evidence) submits without acknowledgement", async () => {
    const itemIds = [...world.loaded.itemsById.keys()];
    expect(itemIds).toHaveLength(113);
    await prisma.answer.createMany({ data: itemIds.map((itemId) => ({ assessmentId: "asm-a", itemId, side: "SELF" as const, value: 1, updatedById: "member-a" })) });
    await prisma.evidence.createMany({
      data: itemIds.map((itemId) => ({ assessmentId: "asm-a", itemId, kind: "LINK" as const, title: "Bukti", url: "https://contoh.go.id/a.pdf", createdById: "member-a" })),
    });
    expect((await transition(world.users.headA, "submit")).status).toBe("SUBMITTED");
  });

  it("an unanswered item is refused even when every answered item has evidence", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    await addEvidence("A.I.1.1.a");
    await expectRefused(
      () => transition(world.users.headA, "submit", { acknowledgeIncomplete: false }),
      InvalidStateError,
      "Masih ada 112 butir belum dijawab dan 0 butir tanpa bukti dukung. Konfirmasi untuk tetap mengirim.",
    );
  });
});

describe("requestRevision and finalize: conditions on the verdicts", () => {
  it("requestRevision with no item flagged is refused", async () => {
    await setStatus("IN_REVIEW", { statusVersion: 2 });
    const message = 'Tandai minimal satu butir "Perlu perbaikan" sebelum meminta perbaikan.';
    await expectRefused(() => transition(world.users.evaluator, "requestRevision"), InvalidStateError, message);
    await flagItem(world, "A.I.1.1.a", "ACCEPTED");
    await expectRefused(() => transition(world.users.evaluator, "requestRevision"), InvalidStateError, message);
  });

  it("each requestRevision increments revisionRound", async () => {
    await setStatus("IN_REVIEW", { revisionRound: 0 });
    await flagItem(world, "A.I.1.1.a");
    expect((await transition(world.users.evaluator, "requestRevision")).revisionRound).toBe(1);
    await transition(world.users.headA, "resubmit");
    await setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.b"), verdict: "REVISION_REQUESTED", note: "Perlu SK" });
    expect((await transition(world.users.evaluator, "requestRevision")).revisionRound).toBe(2);
  });

  it("finalize freezes the LHE report and stamps finalizedAt", async () => {
    await setStatus("IN_REVIEW", { statusVersion: 2, revisionRound: 1 });
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR");
    await completeReview(world);
    const evaluatorScore = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "EVALUATOR" } } });
    expect(evaluatorScore.total).toBeGreaterThan(0);

    expect(await transition(world.users.evaluator, "finalize")).toEqual({ status: "FINAL", statusVersion: 3, revisionRound: 1 });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).finalizedAt).toEqual(NOW);
    // The Berita Acara is issued with it (lib/documents/issue-documents.ts), both numbered.
    expect((await prisma.report.findMany({ orderBy: { kind: "asc" } })).map((r) => [r.kind, r.number])).toEqual([["LHE", "LHE-1/ZI/III/2026"], ["BERITA_ACARA", "BA-1/ZI/III/2026"]]);
    const reports = await prisma.report.findMany({ where: { kind: "LHE" } });
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report).toMatchObject({ assessmentId: "asm-a", kind: "LHE", finalizedAt: NOW });
    const content = report.content as { finalizedAt: string; unitName: string; revisionRound: number; totals: { self: number; evaluator: number }; areas: unknown[] };
    expect(content).toMatchObject({ finalizedAt: NOW.toISOString(), unitName: "Unit unit-a", revisionRound: 1, totals: { self: 0, evaluator: evaluatorScore.total } });
    expect(content.areas).toHaveLength(14);
    const events = await prisma.auditEvent.findMany({ where: { assessmentId: "asm-a", action: { in: ["assessment.finalize", "report.lhe.finalize"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ["report.lhe.finalize", report.id],
      ["assessment.finalize", "asm-a"],
    ]);
  });
});

describe("the full path: two revision rounds", () => {
  it("DRAFT -> SUBMITTED -> IN_REVIEW -> REVISION_REQUESTED -> RESUBMITTED -> IN_REVIEW -> ... -> FINAL", async () => {
    const { memberA, headA, evaluator } = world.users;
    const verdict = (code: string, v: "ACCEPTED" | "REVISION_REQUESTED", note = "") =>
      setVerdict(evaluator, { assessmentId: "asm-a", itemId: world.itemId(code), verdict: v, note });

    await answer(world, memberA, "A.I.1.1.a", { optionKey: "TIDAK" });
    await answer(world, memberA, "A.I.1.1.b", { optionKey: "A" });
    await answer(world, memberA, "A.I.1.2.a", { optionKey: "TIDAK" });
    expect(await transition(headA, "submit", { acknowledgeIncomplete: true })).toEqual({ status: "SUBMITTED", statusVersion: 1, revisionRound: 0 });

    // The first evaluator answer starts the review.
    await answer(world, evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR", "SK tidak dilampirkan");
    expect(await currentStatus()).toMatchObject({ status: "IN_REVIEW", statusVersion: 2 });
    await verdict("A.I.1.1.a", "REVISION_REQUESTED", "Lampirkan SK tim kerja.");
    await verdict("A.I.1.1.b", "ACCEPTED");
    expect(await transition(evaluator, "requestRevision")).toEqual({ status: "REVISION_REQUESTED", statusVersion: 3, revisionRound: 1 });

    // Round 1: the unit fixes the item sent back, and only that one.
    await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK terlampir");
    await expectRefused(() => answer(world, memberA, "A.I.1.1.b", { optionKey: "B" }), InvalidStateError, MSG.notSentBack);
    await addNote(memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), body: "SK sudah dilampirkan." });
    expect(await transition(headA, "resubmit")).toEqual({ status: "RESUBMITTED", statusVersion: 4, revisionRound: 1 });

    // The first verdict after resubmission starts the second review.
    await verdict("A.I.1.1.a", "ACCEPTED");
    expect(await currentStatus()).toMatchObject({ status: "IN_REVIEW", statusVersion: 5 });
    await verdict("A.I.1.2.a", "REVISION_REQUESTED", "Rencana kerja belum ada.");
    expect(await transition(evaluator, "requestRevision")).toEqual({ status: "REVISION_REQUESTED", statusVersion: 6, revisionRound: 2 });

    // Round 2.
    await answer(world, memberA, "A.I.1.2.a", { optionKey: "YA" }, "SELF", "Rencana kerja 2026");
    expect(await transition(headA, "resubmit")).toEqual({ status: "RESUBMITTED", statusVersion: 7, revisionRound: 2 });
    await answer(world, evaluator, "A.I.1.2.a", { optionKey: "YA" }, "EVALUATOR");
    expect(await currentStatus()).toMatchObject({ status: "IN_REVIEW", statusVersion: 8 });
    await verdict("A.I.1.2.a", "ACCEPTED");
    // The other 110 items and the preconditions, which finalisation needs too.
    await completeReview(world);
    expect(await transition(evaluator, "finalize")).toEqual({ status: "FINAL", statusVersion: 9, revisionRound: 2 });

    const events = await statusEvents();
    expect(events.map((e) => [e.action, e.actorId, (e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ["assessment.submit", "head-a", "DRAFT", "SUBMITTED"],
      ["assessment.start-review", "evaluator", "SUBMITTED", "IN_REVIEW"],
      ["assessment.requestRevision", "evaluator", "IN_REVIEW", "REVISION_REQUESTED"],
      ["assessment.resubmit", "head-a", "REVISION_REQUESTED", "RESUBMITTED"],
      ["assessment.start-review", "evaluator", "RESUBMITTED", "IN_REVIEW"],
      ["assessment.requestRevision", "evaluator", "IN_REVIEW", "REVISION_REQUESTED"],
      ["assessment.resubmit", "head-a", "REVISION_REQUESTED", "RESUBMITTED"],
      ["assessment.start-review", "evaluator", "RESUBMITTED", "IN_REVIEW"],
      ["assessment.finalize", "evaluator", "IN_REVIEW", "FINAL"],
    ]);
    const played = ["A.I.1.1.a", "A.I.1.1.b", "A.I.1.2.a"].map((c) => world.itemId(c));
    const reviews = await prisma.itemReview.findMany({ where: { itemId: { in: played } }, orderBy: { itemId: "asc" } });
    expect(Object.fromEntries(reviews.map((r) => [r.itemId, [r.verdict, r.round, r.version]]))).toEqual({
      [world.itemId("A.I.1.1.a")]: ["ACCEPTED", 1, 2],
      [world.itemId("A.I.1.1.b")]: ["ACCEPTED", 0, 1],
      [world.itemId("A.I.1.2.a")]: ["ACCEPTED", 2, 2],
    });
    const self = await prisma.answer.findMany({ where: { assessmentId: "asm-a", side: "SELF" }, orderBy: { itemId: "asc" } });
    expect(Object.fromEntries(self.map((a) => [a.itemId, a.optionKey]))).toEqual({
      [world.itemId("A.I.1.1.a")]: "YA",
      [world.itemId("A.I.1.1.b")]: "A",
      [world.itemId("A.I.1.2.a")]: "YA",
    });
    const report = await prisma.report.findUniqueOrThrow({ where: { assessmentId_kind: { assessmentId: "asm-a", kind: "LHE" } } });
    expect(report.finalizedAt).toEqual(NOW);
    expect((report.content as { revisionRound: number }).revisionRound).toBe(2);

    // FINAL is the end: no action moves it.
    for (const action of ACTIONS) {
      const user = world.users[RULES[action].actor];
      await expectRefused(() => transition(user, action, extraFor(action)), InvalidStateError, `Tidak dapat ${RULES[action].verb} dari status "Final".`);
    }
  });
});
