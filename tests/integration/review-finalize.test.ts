import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { confirmPrecondition } from "@/lib/review/confirm-precondition";
import { getFinalizeReadiness } from "@/lib/review/finalize-checklist";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { completeReview, createReviewWorld, currentStatus, expectRefused, MSG, setStatus, transition, type TReviewWorld } from "@/tests/support/review-world";

// Issue 8, point 2: finalising needs a TPI answer and an accepted verdict on every item and an
// explicit decision (met or not, with a note) on every precondition. A refusal names what is
// missing; the review pages list it with links.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  await setStatus("IN_REVIEW", { statusVersion: 2 });
});

const LABELS = [
  "Nilai SAKIP unit/instansi minimal B",
  "Tindak lanjut hasil pemeriksaan (TLHP) 100%",
  "Kepatuhan penyampaian LHKPN/LHKASN",
  "Nilai SAKIP unit/instansi minimal BB",
  "Unit telah berpredikat WBK",
];
const item = (code: string) => ({ assessmentId: "asm-a", itemId: world.itemId(code) });

describe("finalise is refused until everything is decided", () => {
  it("with nothing reviewed: 113 items and 5 preconditions open, nothing stored", async () => {
    const catalogueLabels = [...new Set(world.loaded.catalogue.predicates.flatMap((p) => p.preconditions))];
    expect(catalogueLabels).toEqual(LABELS);
    await expectRefused(
      () => transition(world.users.evaluator, "finalize"),
      InvalidStateError,
      "Finalisasi belum dapat dilakukan: 113 butir belum memiliki jawaban TPI (A.I.1.1.a, A.I.1.1.b, A.I.1.2.a, A.I.1.2.b, A.I.1.2.c, dan 108 lainnya); " +
        "113 butir belum diterima (A.I.1.1.a, A.I.1.1.b, A.I.1.2.a, A.I.1.2.b, A.I.1.2.c, dan 108 lainnya); " +
        `5 prasyarat belum diputuskan dengan catatan (${LABELS.join("; ")}). Lengkapi daftar pada bagian "Kesiapan finalisasi", lalu finalisasi lagi.`,
    );
    expect(await prisma.report.count()).toBe(0);
    expect(await currentStatus()).toMatchObject({ status: "IN_REVIEW", finalizedAt: null });
  });

  it("names each kind of gap: an item without TPI answer, one undecided, one flagged, a precondition undecided or without note", async () => {
    await completeReview(world);
    await prisma.answer.deleteMany({ where: { ...item("A.I.3.1.a"), side: "EVALUATOR" } });
    await prisma.itemReview.update({ where: { assessmentId_itemId: item("A.I.2.1.a") }, data: { verdict: "PENDING" } });
    await prisma.itemReview.delete({ where: { assessmentId_itemId: item("A.I.2.1.b") } });
    await prisma.itemReview.update({ where: { assessmentId_itemId: item("B.I.a") }, data: { verdict: "REVISION_REQUESTED" } });
    await prisma.preconditionCheck.delete({ where: { assessmentId_label: { assessmentId: "asm-a", label: LABELS[4]! } } });
    await prisma.preconditionCheck.update({ where: { assessmentId_label: { assessmentId: "asm-a", label: LABELS[0]! } }, data: { note: "" } });

    await expectRefused(
      () => transition(world.users.evaluator, "finalize"),
      InvalidStateError,
      "Finalisasi belum dapat dilakukan: 1 butir belum memiliki jawaban TPI (A.I.3.1.a); 2 butir belum diterima (A.I.2.1.a, A.I.2.1.b); " +
        `1 butir masih berstatus perlu perbaikan (B.I.a); 2 prasyarat belum diputuskan dengan catatan (${LABELS[0]}; ${LABELS[4]}). ` +
        'Lengkapi daftar pada bagian "Kesiapan finalisasi", lalu finalisasi lagi.',
    );

    const checklist = await authorizeAssessment(world.users.evaluatorMember, "asm-a", "review.read").then(getFinalizeReadiness);
    expect(checklist.ready).toBe(false);
    expect(checklist.openItems.map((i) => [i.code, i.sectionCode, i.missingAnswer, i.verdict, i.accepted])).toEqual([
      ["A.I.2.1.a", "A.I.2", false, "PENDING", false],
      ["A.I.2.1.b", "A.I.2", false, null, false],
      ["A.I.3.1.a", "A.I.3", true, null, true],
      ["B.I.a", "B.I", false, "REVISION_REQUESTED", false],
    ]);
    expect(checklist.openPreconditions).toEqual([{ label: LABELS[0], reason: "noNote" }, { label: LABELS[4], reason: "undecided" }]);
  });

  it("finalises once every item is answered and accepted and every precondition decided through the evaluator's form", async () => {
    await completeReview(world);
    await prisma.preconditionCheck.deleteMany();
    for (const [index, label] of LABELS.entries()) {
      await confirmPrecondition(world.users.evaluatorMember, { assessmentId: "asm-a", label, met: index < 3, note: `Dasar: dokumen ${index + 1}` });
    }
    expect((await authorizeAssessment(world.users.evaluator, "asm-a", "review.read").then(getFinalizeReadiness)).ready).toBe(true);
    expect((await transition(world.users.evaluator, "finalize")).status).toBe("FINAL");
    const lhe = await prisma.report.findUniqueOrThrow({ where: { assessmentId_kind: { assessmentId: "asm-a", kind: "LHE" } } });
    expect((lhe.content as { preconditions: { label: string; met: boolean }[] }).preconditions.map((p) => p.met)).toEqual([true, true, true, false, false]);
  });

  it("the checklist is for the assessment's evaluators only", async () => {
    for (const who of ["headA", "memberA", "leaderRegion", "outsider"] as const) {
      const error = await rejectionOf(authorizeAssessment(world.users[who], "asm-a", "review.read").then(getFinalizeReadiness));
      expect(error, who).toBeInstanceOf(NotFoundError);
    }
  });
});

describe("a precondition decision needs a decision and a note", () => {
  const decide = (raw: Record<string, unknown>) => () => confirmPrecondition(world.users.evaluator, { assessmentId: "asm-a", label: LABELS[1], ...raw });

  it.each([
    ["no note", { met: true }, MSG.preconditionNoteRequired],
    ["a blank note", { met: false, note: "   " }, MSG.preconditionNoteRequired],
    ["no decision", { note: "LHP tuntas" }, "Pilih keputusan: terpenuhi atau tidak terpenuhi."],
    ["a decision that is not yes/no", { met: "ya", note: "LHP tuntas" }, "Pilih keputusan: terpenuhi atau tidak terpenuhi."],
    ["a note over 4000 characters", { met: true, note: "x".repeat(4001) }, "Catatan paling banyak 4000 karakter."],
    ["an empty label", { met: true, note: "LHP tuntas", label: "" }, "Prasyarat tidak valid."],
  ])("%s is refused", async (_name, raw, message) => {
    await expectRefused(decide(raw), ValidationError, message);
  });

  it("a decision with a note is stored with its author and audited", async () => {
    await decide({ met: false, note: " TLHP baru 80% " })();
    expect(await prisma.preconditionCheck.findFirstOrThrow()).toMatchObject({ label: LABELS[1], met: false, note: "TLHP baru 80%", confirmedById: "evaluator" });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.precondition" } })).toMatchObject({ after: { label: LABELS[1], met: false, note: "TLHP baru 80%" } });
  });
});
