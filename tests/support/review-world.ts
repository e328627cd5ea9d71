import { expect } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { storeScores } from "@/lib/assessments/store-scores";
import { answerValue } from "@/lib/scoring/answer-value";
import { prng, randomAnswer } from "@/prisma/seed/random-answers";
import { transitionAssessment } from "@/lib/review/transitions";
import type { AppError } from "@/lib/errors";
import type { AssessmentStatus, Role, Stage } from "@/lib/generated/prisma/enums";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld } from "@/tests/support/fixtures";

// The review world: createWorld plus the TPI people. `evaluator` leads asm-a, `evaluatorMember`
// is a member of its team, `outsider` is an evaluator on no team, `evaluatorInUnit` is an
// evaluator who also works in unit-a (assigned to asm-a directly in the database, as a stale
// assignment would be), `headB` heads unit-b.

export type TReviewWorld = Awaited<ReturnType<typeof createReviewWorld>>;
export type TTransitionAction = "submit" | "requestRevision" | "resubmit" | "finalize";

// These users never sign in; hashing a password for each would only slow every test down.
const NO_LOGIN = "scrypt$unused";

async function createUser(id: string, roles: { role: Role; unitId: string | null }[]) {
  await prisma.user.create({
    data: { id, email: `${id}@test.id`, name: `User ${id}`, passwordHash: NO_LOGIN, roles: { create: roles } },
  });
  return (await loadUser(id)) as TSessionUser;
}

export async function createReviewWorld() {
  const world = await createWorld();
  const users = {
    ...world.users,
    evaluatorMember: await createUser("evaluator-member", [{ role: "EVALUATOR", unitId: null }]),
    outsider: await createUser("evaluator-outsider", [{ role: "EVALUATOR", unitId: null }]),
    evaluatorInUnit: await createUser("evaluator-in-unit", [
      { role: "EVALUATOR", unitId: null },
      { role: "UNIT_MEMBER", unitId: "unit-a" },
    ]),
    headB: await createUser("head-b", [{ role: "UNIT_HEAD", unitId: "unit-b" }]),
  };
  await prisma.evaluatorAssignment.createMany({
    data: [
      { assessmentId: "asm-a", userId: "evaluator", role: "LEAD" },
      { assessmentId: "asm-a", userId: "evaluator-member", role: "MEMBER" },
    ],
  });
  return { ...world, users };
}

/** Puts an assessment in a status directly, as the setup of a test (no audit, no checks). */
export async function setStatus(status: AssessmentStatus, data: { statusVersion?: number; revisionRound?: number } = {}, assessmentId = "asm-a") {
  await prisma.assessment.update({ where: { id: assessmentId }, data: { status, ...data } });
}

export async function currentStatus(assessmentId = "asm-a") {
  return prisma.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { status: true, statusVersion: true, revisionRound: true, submittedAt: true, finalizedAt: true },
  });
}

/** A transition with the status version the user currently sees. */
export async function transition(user: TSessionUser, action: TTransitionAction, extra: Record<string, unknown> = {}, assessmentId = "asm-a") {
  const { statusVersion } = await currentStatus(assessmentId);
  return transitionAssessment(user, { assessmentId, action, expectedStatusVersion: statusVersion, ...extra });
}

/** Saves an answer on one side with the version currently stored (0 when none). */
export async function answer(world: TReviewWorld, user: TSessionUser, code: string, value: unknown, side: "SELF" | "EVALUATOR" = "SELF", narrative = "", assessmentId = "asm-a") {
  const itemId = world.itemId(code);
  const existing = await prisma.answer.findUnique({ where: { assessmentId_side_itemId: { assessmentId, side, itemId } }, select: { version: true } });
  return saveAnswer(user, { assessmentId, itemId, expectedVersion: existing?.version ?? 0, answer: value, narrative }, side);
}

/** The flagged verdict a test needs as setup, written directly. */
export async function flagItem(world: TReviewWorld, code: string, verdict: "REVISION_REQUESTED" | "ACCEPTED" = "REVISION_REQUESTED", assessmentId = "asm-a") {
  await prisma.itemReview.create({ data: { assessmentId, itemId: world.itemId(code), verdict, decidedById: "evaluator", decidedAt: new Date() } });
}

/**
 * Setup for a finalisation: every item without a TPI answer gets one, every item an accepted
 * verdict and every precondition a decision with a note, written directly (no audit), and the
 * TPI score recomputed. Each test then takes away what it needs to be missing.
 */
export async function completeReview(world: TReviewWorld, assessmentId = "asm-a") {
  const random = prng(7);
  const answered = await prisma.answer.findMany({ where: { assessmentId, side: "EVALUATOR" }, select: { itemId: true } });
  const has = new Set(answered.map((a) => a.itemId));
  const refs = [...world.loaded.itemsById.values()];
  await prisma.answer.createMany({
    data: refs.filter((ref) => !has.has(ref.id)).map((ref) => {
      const a = randomAnswer(ref.item, 0.9, random);
      return {
        assessmentId, itemId: ref.id, side: "EVALUATOR" as const, optionKey: a.optionKey ?? null, inputs: a.inputs ?? undefined,
        surveyIndex: a.surveyIndex ?? null, value: answerValue(ref.item, a)?.toExact() ?? null, updatedById: "evaluator",
      };
    }),
  });
  await prisma.itemReview.createMany({ data: refs.map((ref) => ({ assessmentId, itemId: ref.id, verdict: "ACCEPTED" as const, decidedById: "evaluator", decidedAt: new Date() })), skipDuplicates: true });
  await prisma.itemReview.updateMany({ where: { assessmentId }, data: { verdict: "ACCEPTED" } });
  const labels = [...new Set(world.loaded.catalogue.predicates.flatMap((p) => p.preconditions))];
  await prisma.preconditionCheck.createMany({ data: labels.map((label) => ({ assessmentId, label, met: true, note: "Sesuai dokumen", confirmedById: "evaluator" })), skipDuplicates: true });
  await prisma.$transaction((tx) => storeScores(tx, assessmentId, "EVALUATOR", world.loaded), { timeout: 20_000 });
}

export type TWindowSpec = Partial<Record<Stage, { opensAt: string; closesAt: string }>>;

export async function setWindows(spec: TWindowSpec, periodId = "p2026") {
  await prisma.periodWindow.createMany({
    data: Object.entries(spec).map(([stage, w]) => ({ periodId, stage: stage as Stage, opensAt: new Date(w.opensAt), closesAt: new Date(w.closesAt) })),
  });
}

/**
 * Everything a review operation may write: status and its counters, answers, stored scores,
 * verdicts, notes, preconditions, reports, assignments, and the size of the audit trail.
 */
export async function snapshotReviewState() {
  const [assessments, answers, scores, reviews, notes, checks, reports, assignments, auditCount] = await Promise.all([
    prisma.assessment.findMany({ orderBy: { id: "asc" } }),
    prisma.answer.findMany({ orderBy: [{ assessmentId: "asc" }, { side: "asc" }, { itemId: "asc" }] }),
    prisma.assessmentScore.findMany({ orderBy: [{ assessmentId: "asc" }, { side: "asc" }] }),
    prisma.itemReview.findMany({ orderBy: [{ assessmentId: "asc" }, { itemId: "asc" }] }),
    prisma.itemNote.findMany({ orderBy: { id: "asc" } }),
    prisma.preconditionCheck.findMany({ orderBy: [{ assessmentId: "asc" }, { label: "asc" }] }),
    prisma.report.findMany({ orderBy: { id: "asc" } }),
    prisma.evaluatorAssignment.findMany({ orderBy: { id: "asc" } }),
    prisma.auditEvent.count(),
  ]);
  return JSON.parse(
    JSON.stringify({ assessments, answers, scores, reviews, notes, checks, reports, assignments, auditCount }, (_k, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v,
    ),
  ) as unknown;
}

type TErrorClass = abstract new (...args: never[]) => AppError;

/** The operation is refused with this error class and exact message, and nothing was written. */
export async function expectRefused(operation: () => Promise<unknown>, errorClass: TErrorClass, message: string) {
  const before = await snapshotReviewState();
  const error = await rejectionOf(operation());
  expect(error).toBeInstanceOf(errorClass);
  expect(error?.message).toBe(message);
  expect(await snapshotReviewState()).toEqual(before);
  return error;
}

export const MSG = {
  notFound: "Penilaian tidak ditemukan.",
  notInCatalogue: "Butir ini tidak termasuk dalam katalog LKE penilaian ini.",
  final: "Penilaian sudah final dan terkunci.",
  notUnderReview: "Penilaian tidak sedang dievaluasi TPI (belum dikirim atau sedang diperbaiki unit).",
  selfLocked: "LKE sudah dikirim; jawaban dan bukti dukung tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.",
  notSentBack: "Butir ini tidak dikembalikan untuk perbaikan; hanya butir yang diminta TPI yang dapat diubah.",
  unitReplyOnlyInRevision: "Unit hanya dapat membalas catatan saat LKE dikembalikan untuk perbaikan.",
  evaluatorNoteOutsideReview: "Catatan hanya dapat ditulis selama evaluasi berlangsung.",
  noteRequired: "Tuliskan catatan: apa yang harus diperbaiki unit pada butir ini.",
  preconditionNoteRequired: "Tuliskan dasar keputusan prasyarat ini (mis. nilai SAKIP atau persentase TLHP yang ditemukan).",
} as const;
