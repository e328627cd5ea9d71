import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getSectionPage } from "@/lib/assessments/section-queries";
import { addNote } from "@/lib/review/add-note";
import { assignEvaluator, unassignEvaluator } from "@/lib/review/assignments";
import { confirmPrecondition } from "@/lib/review/confirm-precondition";
import { getReviewSection, getScoreComparison } from "@/lib/review/queries";
import { setVerdict } from "@/lib/review/set-verdict";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TSessionUser } from "@/lib/auth/load-user";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { resetDatabase } from "@/tests/support/db";
import { compareExact, storedScoreOf } from "@/tests/support/stored-score";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { changedCatalogueFile, importCatalogueFile } from "@/tests/support/catalogue-file";
import { rejectionOf } from "@/tests/support/db-state";
import {
  answer, createReviewWorld, currentStatus, expectRefused, MSG, setStatus, transition, type TReviewWorld,
} from "@/tests/support/review-world";

// An evaluator's work on single items: their own answer beside the unit's, verdicts, the note
// thread, the WBK/WBBM preconditions, and who may do any of it (assignments decide).

const NOW = useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});


const verdict = (user: TSessionUser, code: string, v: "ACCEPTED" | "REVISION_REQUESTED", note = "", assessmentId = "asm-a") =>
  setVerdict(user, { assessmentId, itemId: world.itemId(code), verdict: v, note });

const scoreRow = (side: "SELF" | "EVALUATOR") =>
  prisma.assessmentScore.findUnique({ where: { assessmentId_side: { assessmentId: "asm-a", side } } });

/** The engine's result for a set of answers given by item code. */
const engineTotal = (answers: Record<string, TAnswer>, preconditions?: Record<string, boolean>) =>
  scoreAssessment(world.loaded.catalogue, new Map(Object.entries(answers)), { preconditions });

/** The unit's three answers, then submitted by the head. */
async function submittedWithAnswers() {
  await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Tim Kerja ZI");
  await answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "A" });
  await answer(world, world.users.memberA, "B.I.a", { surveyIndex: 3.6 });
  await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
}

describe("the evaluator's answers are stored beside the unit's", () => {
  it("without touching the unit's answers, each side scored by the same engine", async () => {
    await submittedWithAnswers();
    const selfBefore = await prisma.answer.findMany({ where: { side: "SELF" }, orderBy: { itemId: "asc" } });
    const selfScoreBefore = await scoreRow("SELF");

    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR", "SK tidak ditemukan");
    await answer(world, world.users.evaluatorMember, "B.I.a", { surveyIndex: 3 }, "EVALUATOR");

    expect(await prisma.answer.findMany({ where: { side: "SELF" }, orderBy: { itemId: "asc" } })).toEqual(selfBefore);
    expect(await scoreRow("SELF")).toEqual(selfScoreBefore);
    const evaluatorRows = await prisma.answer.findMany({ where: { side: "EVALUATOR" }, orderBy: { itemId: "asc" } });
    expect(evaluatorRows.map((a) => [a.itemId, a.optionKey, a.surveyIndex?.toNumber() ?? null, a.narrative, a.updatedById, a.version])).toEqual(
      [
        [world.itemId("A.I.1.1.a"), "TIDAK", null, "SK tidak ditemukan", "evaluator", 1],
        [world.itemId("B.I.a"), null, 3, "", "evaluator-member", 1],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );

    const self = engineTotal({ "A.I.1.1.a": { optionKey: "YA" }, "A.I.1.1.b": { optionKey: "A" }, "B.I.a": { surveyIndex: 3.6 } });
    const evaluator = engineTotal({ "A.I.1.1.a": { optionKey: "TIDAK" }, "B.I.a": { surveyIndex: 3 } });
    expect(await storedScoreOf("asm-a", "SELF")).toMatchObject({ total: self.total, answered: 3 });
    expect(await storedScoreOf("asm-a", "EVALUATOR")).toMatchObject({ total: evaluator.total, answered: 2 });
    expect(compareExact(evaluator.total, self.total)).toBe(-1);
    // The unit's progress counter counts the unit's answers only.
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).answeredCount).toBe(3);

    const comparison = await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then(getScoreComparison);
    expect([comparison.self.total, comparison.evaluator.total, comparison.flagged]).toEqual([self.total, evaluator.total, 0]);
    expect([comparison.isEvaluator, comparison.isLead]).toEqual([false, false]);
  });

  it("uses the same answer types: an option the item does not have is refused", async () => {
    await setStatus("IN_REVIEW");
    await expectRefused(
      () => answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "A" }, "EVALUATOR"),
      ValidationError,
      "Opsi 'A' tidak ada pada butir ini",
    );
  });

  it("the unit side is not writable by the evaluator, nor the evaluator side by the unit", async () => {
    await setStatus("IN_REVIEW");
    await expectRefused(() => answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "SELF"), NotFoundError, MSG.notFound);
    await expectRefused(() => answer(world, world.users.headA, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR"), NotFoundError, MSG.notFound);
  });
});

describe("verdicts", () => {
  beforeEach(() => setStatus("IN_REVIEW", { statusVersion: 2 }));

  it("ACCEPTED is stored with round, decider and time, audited, and writes no note", async () => {
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR");
    expect(await verdict(world.users.evaluator, "A.I.1.1.a", "ACCEPTED")).toEqual({ verdict: "ACCEPTED", version: 1, copied: null });
    const review = await prisma.itemReview.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a") } } });
    expect(review).toMatchObject({ verdict: "ACCEPTED", round: 0, version: 1, decidedById: "evaluator", decidedAt: NOW });
    expect(await prisma.itemNote.count()).toBe(0);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.verdict" } });
    expect(event).toMatchObject({ actorId: "evaluator", entityId: review.id, itemId: world.itemId("A.I.1.1.a"), before: null, after: { verdict: "ACCEPTED", round: 0, note: null } });

    // Changing one's mind bumps the version and keeps the previous verdict in the audit.
    expect(await verdict(world.users.evaluatorMember, "A.I.1.1.a", "REVISION_REQUESTED", "SK belum ditandatangani.")).toEqual({ verdict: "REVISION_REQUESTED", version: 2, copied: null });
    const events = await prisma.auditEvent.findMany({ where: { action: "review.verdict" }, orderBy: { id: "asc" } });
    expect(events[1]).toMatchObject({ actorId: "evaluator-member", before: { verdict: "ACCEPTED" }, after: { verdict: "REVISION_REQUESTED", note: "SK belum ditandatangani." } });
  });

  it.each(["", "   "])("REVISION_REQUESTED without a note (%j) is refused", async (note) => {
    const error = await expectRefused(() => verdict(world.users.evaluator, "A.I.1.1.a", "REVISION_REQUESTED", note), ValidationError, MSG.noteRequired);
    expect((error as ValidationError).fieldErrors).toEqual({ note: MSG.noteRequired });
  });

  it("REVISION_REQUESTED with a note opens the item's thread with an EVALUATOR note", async () => {
    await verdict(world.users.evaluator, "A.I.1.1.a", "REVISION_REQUESTED", "  Lampirkan SK tim kerja.  ");
    const notes = await prisma.itemNote.findMany();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), authorId: "evaluator", side: "EVALUATOR", body: "Lampirkan SK tim kerja." });
  });

  it("an item id of another catalogue version is refused", async () => {
    const v2 = await importCatalogueFile(changedCatalogueFile());
    const foreign = await prisma.catalogueItem.findUniqueOrThrow({ where: { versionId_code: { versionId: v2.versionId, code: "A.I.1.1.a" } } });
    expect(foreign.id).not.toBe(world.itemId("A.I.1.1.a"));
    await expectRefused(
      () => setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: foreign.id, verdict: "ACCEPTED" }),
      ValidationError,
      MSG.notInCatalogue,
    );
    await expectRefused(
      () => addNote(world.users.evaluator, { assessmentId: "asm-a", itemId: foreign.id, body: "Catatan" }),
      ValidationError,
      MSG.notInCatalogue,
    );
  });

  it("an assessment the evaluator is not assigned to is a 404", async () => {
    await setStatus("IN_REVIEW", {}, "asm-b");
    await expectRefused(() => verdict(world.users.evaluator, "A.I.1.1.a", "ACCEPTED", "", "asm-b"), NotFoundError, MSG.notFound);
    await expectRefused(() => verdict(world.users.outsider, "A.I.1.1.a", "ACCEPTED"), NotFoundError, MSG.notFound);
  });

  // A unit's own people read their assessment, yet a verdict is not theirs: 404 like anyone else's.
  it.each(["memberA", "headA", "leaderRegion", "admin"] as const)("%s cannot set a verdict on unit-a: NotFoundError", async (who) => {
    await expectRefused(() => verdict(world.users[who], "A.I.1.1.a", "ACCEPTED"), NotFoundError, MSG.notFound);
  });

  it("an evaluator who is also a member of unit-a cannot review it, even when assigned to asm-a", async () => {
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: "evaluator-in-unit", role: "MEMBER" } });
    const insider = world.users.evaluatorInUnit;
    await expectRefused(() => verdict(insider, "A.I.1.1.a", "ACCEPTED"), NotFoundError, MSG.notFound);
    await expectRefused(() => answer(world, insider, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR"), NotFoundError, MSG.notFound);
    await expectRefused(
      () => confirmPrecondition(insider, { assessmentId: "asm-a", label: "Tindak lanjut hasil pemeriksaan (TLHP) 100%", met: true, note: "LHP tuntas" }),
      NotFoundError,
      MSG.notFound,
    );
    expect(await rejectionOf(authorizeAssessment(insider, "asm-a", "review.read").then((access) => getReviewSection(access, "A.I.1")))).toBeInstanceOf(NotFoundError);
  });
});

describe("assignments", () => {
  const assign = (user: TSessionUser, userId: string, role: "LEAD" | "MEMBER", assessmentId = "asm-a") => () =>
    assignEvaluator(user, { assessmentId, userId, role });

  it("assignEvaluator refuses an evaluator who works in the unit", async () => {
    await expectRefused(assign(world.users.admin, "evaluator-in-unit", "MEMBER"), InvalidStateError, "Evaluator tidak boleh menilai unit kerjanya sendiri.");
  });

  it.each([
    ["headA", NotFoundError, MSG.notFound],
    ["evaluator", NotFoundError, MSG.notFound],
    ["leaderRegion", NotFoundError, MSG.notFound],
    ["outsider", NotFoundError, MSG.notFound],
    ["memberB", NotFoundError, MSG.notFound],
  ] as const)("a non-admin (%s) cannot assign", async (who, errorClass, message) => {
    await expectRefused(assign(world.users[who], "evaluator-outsider", "MEMBER"), errorClass, message);
  });

  it("a user without the EVALUATOR role cannot be assigned", async () => {
    await expectRefused(assign(world.users.admin, "member-b", "MEMBER"), ValidationError, "Pilih evaluator TPI yang aktif dari instansi ini.");
  });

  it("a second LEAD is refused; re-assigning the same lead is not", async () => {
    await expectRefused(
      assign(world.users.admin, "evaluator-outsider", "LEAD"),
      InvalidStateError,
      "Unit ini sudah memiliki ketua tim evaluator. Lepaskan ketua yang lama terlebih dahulu.",
    );
    await assign(world.users.admin, "evaluator", "LEAD")();
    expect(await prisma.evaluatorAssignment.count({ where: { assessmentId: "asm-a", role: "LEAD" } })).toBe(1);
  });

  it("assign a member, unassign a member: rights follow at once, each change audited", async () => {
    await setStatus("IN_REVIEW");
    await assign(world.users.admin, "evaluator-outsider", "MEMBER")();
    await verdict(world.users.outsider, "A.I.1.1.a", "REVISION_REQUESTED", "Lampirkan SK.");

    await unassignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: "evaluator-member" });
    expect(await prisma.evaluatorAssignment.findMany({ where: { assessmentId: "asm-a" }, orderBy: { userId: "asc" }, select: { userId: true, role: true } })).toEqual([
      { userId: "evaluator", role: "LEAD" },
      { userId: "evaluator-outsider", role: "MEMBER" },
    ]);
    await expectRefused(() => verdict(world.users.evaluatorMember, "A.I.1.1.b", "ACCEPTED"), NotFoundError, MSG.notFound);

    const events = await prisma.auditEvent.findMany({ where: { action: { startsWith: "review.assign" } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.after])).toEqual([["review.assign", "admin", { userId: "evaluator-outsider", role: "MEMBER" }]]);
    const unassigned = await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.unassign" } });
    expect(unassigned).toMatchObject({ actorId: "admin", before: { userId: "evaluator-member", role: "MEMBER" } });
  });

  it("after unassigning the lead, another lead can be assigned", async () => {
    await unassignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: "evaluator" });
    await assign(world.users.admin, "evaluator-outsider", "LEAD")();
    expect(await prisma.evaluatorAssignment.findFirst({ where: { assessmentId: "asm-a", role: "LEAD" }, select: { userId: true } })).toEqual({ userId: "evaluator-outsider" });
  });

  it("unassigning someone not assigned is refused (the assessment is found, the assignment is not), and only admins unassign", async () => {
    await expectRefused(() => unassignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: "evaluator-outsider" }), InvalidStateError, "Evaluator ini tidak (lagi) ditugaskan pada unit ini. Muat ulang halaman.");
    await expectRefused(() => unassignEvaluator(world.users.evaluator, { assessmentId: "asm-a", userId: "evaluator-member" }), NotFoundError, MSG.notFound);
  });
});

describe("the note thread of an item", () => {
  it("keeps evaluator note, unit reply and evaluator answer in order, with authors and sides", async () => {
    await setStatus("IN_REVIEW");
    await verdict(world.users.evaluator, "A.I.1.1.a", "REVISION_REQUESTED", "Lampirkan SK tim kerja.");
    await transition(world.users.evaluator, "requestRevision");
    await addNote(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), body: "SK sudah kami unggah." });
    await addNote(world.users.evaluatorMember, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), body: "Baik, akan kami periksa." });

    const expected = [
      ["EVALUATOR", "User evaluator", "Lampirkan SK tim kerja."],
      ["SELF", "User member-a", "SK sudah kami unggah."],
      ["EVALUATOR", "User evaluator-member", "Baik, akan kami periksa."],
    ];
    const section = await authorizeAssessment(world.users.evaluator, "asm-a", "review.read").then((access) => getReviewSection(access, "A.I.1"));
    const item = section.reviewItems.find((i) => i.id === world.itemId("A.I.1.1.a"))!;
    expect(item.notes.map((n) => [n.side, n.authorName, n.body])).toEqual(expected);
    expect(item.review).toEqual({ verdict: "REVISION_REQUESTED", round: 0 });
    const times = item.notes.map((n) => n.createdAt);
    expect([...times].sort()).toEqual(times);

    // The unit sees the same thread on its own page.
    const page = await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then((access) => getSectionPage(access, "A.I.1"));
    const unitItem = page.groups.flatMap((g) => g.items).find((i) => i.id === world.itemId("A.I.1.1.a"))!;
    expect(unitItem.notes.map((n) => [n.side, n.authorName, n.body])).toEqual(expected);
    expect(unitItem.canEdit).toBe(true);

    const noteEvents = await prisma.auditEvent.findMany({ where: { action: "note.add" }, orderBy: { id: "asc" } });
    expect(noteEvents.map((e) => [e.actorId, e.after])).toEqual([
      ["member-a", { side: "SELF", body: "SK sudah kami unggah." }],
      ["evaluator-member", { side: "EVALUATOR", body: "Baik, akan kami periksa." }],
    ]);
  });

  it("refuses an empty note and notes by people outside the assessment", async () => {
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    const note = (body: string) => ({ assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), body });
    await expectRefused(() => addNote(world.users.memberA, note("   ")), ValidationError, "Catatan tidak boleh kosong.");
    await expectRefused(() => addNote(world.users.memberB, note("Balasan")), NotFoundError, MSG.notFound);
    await expectRefused(() => addNote(world.users.outsider, note("Catatan")), NotFoundError, MSG.notFound);
    await expectRefused(() => addNote(world.users.leaderRegion, note("Catatan")), NotFoundError, MSG.notFound);
  });
});

describe("WBK/WBBM preconditions, confirmed by the evaluator", () => {
  const WBK = ["Nilai SAKIP unit/instansi minimal B", "Tindak lanjut hasil pemeriksaan (TLHP) 100%", "Kepatuhan penyampaian LHKPN/LHKASN"];
  const confirm = (label: string, met: boolean, user = world.users.evaluator) =>
    confirmPrecondition(user, { assessmentId: "asm-a", label, met, note: `Dicek: ${label}` });
  const predicateStatuses = async (side: "SELF" | "EVALUATOR") => {
    const result = (await storedScoreOf("asm-a", side))!;
    return Object.fromEntries(result.predicates.map((p) => [p.code, p.preconditions.map((c) => c.status)]));
  };

  beforeEach(() => setStatus("IN_REVIEW"));

  it("the catalogue's WBK preconditions are the three the spec names", () => {
    expect(world.loaded.catalogue.predicates.find((p) => p.code === "WBK")?.preconditions).toEqual(WBK);
  });

  it("an unknown label is refused", async () => {
    await expectRefused(() => confirm("Nilai SAKIP minimal A", true), ValidationError, "Prasyarat ini tidak ada pada katalog penilaian.");
  });

  it("only assigned evaluators confirm", async () => {
    await expectRefused(() => confirm(WBK[0]!, true, world.users.headA), NotFoundError, MSG.notFound);
    await expectRefused(() => confirm(WBK[0]!, true, world.users.outsider), NotFoundError, MSG.notFound);
  });

  it("confirming every WBK precondition turns the EVALUATOR score's WBK preconditions to confirmed", async () => {
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR");
    expect(await predicateStatuses("EVALUATOR")).toEqual({
      WBK: ["unconfirmed", "unconfirmed", "unconfirmed"],
      WBBM: ["unconfirmed", "unconfirmed", "unconfirmed", "unconfirmed"],
    });
    for (const label of WBK) await confirm(label, true);
    expect(await predicateStatuses("EVALUATOR")).toEqual({
      WBK: ["confirmed", "confirmed", "confirmed"],
      // TLHP and LHKPN are shared with WBBM; SAKIP BB and "already WBK" are not.
      WBBM: ["unconfirmed", "confirmed", "confirmed", "unconfirmed"],
    });
    const checks = await prisma.preconditionCheck.findMany({ orderBy: { label: "asc" } });
    expect(checks.map((c) => [c.label, c.met, c.note, c.confirmedById, c.confirmedAt.toISOString()])).toEqual(
      [...WBK].sort().map((label) => [label, true, `Dicek: ${label}`, "evaluator", NOW.toISOString()]),
    );
    // The score stays the engine's result for the same answers and confirmations.
    const expected = engineTotal({ "A.I.1.1.a": { optionKey: "YA" } }, Object.fromEntries(WBK.map((l) => [l, true])));
    expect(await storedScoreOf("asm-a", "EVALUATOR")).toMatchObject({ total: expected.total, predicates: expected.predicates });

    // A failed check reads as failed; the unit's own score never carries confirmations.
    await confirm(WBK[0]!, false);
    expect((await predicateStatuses("EVALUATOR")).WBK).toEqual(["failed", "confirmed", "confirmed"]);
    expect(await scoreRow("SELF")).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { action: "review.precondition" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(4);
    expect(events[3]).toMatchObject({ before: { met: true, note: `Dicek: ${WBK[0]}` }, after: { label: WBK[0], met: false } });
  });

  it("confirmations made before the first evaluator answer are read when the evaluator score is created", async () => {
    for (const label of WBK) await confirm(label, true);
    expect(await scoreRow("EVALUATOR")).toBeNull();
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR");
    expect((await predicateStatuses("EVALUATOR")).WBK).toEqual(["confirmed", "confirmed", "confirmed"]);
  });
});

describe("the evaluator's first write starts the review", () => {
  it("a verdict on a SUBMITTED assessment moves it to IN_REVIEW with an audit event", async () => {
    await setStatus("SUBMITTED", { statusVersion: 1 });
    await verdict(world.users.evaluatorMember, "A.I.1.1.a", "REVISION_REQUESTED", "Lampirkan SK.");
    expect(await currentStatus()).toMatchObject({ status: "IN_REVIEW", statusVersion: 2 });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "assessment.start-review" } });
    expect(event).toMatchObject({ actorId: "evaluator-member", before: { status: "SUBMITTED" }, after: { status: "IN_REVIEW" } });
  });

  it("a refused first write does not start it", async () => {
    await setStatus("SUBMITTED", { statusVersion: 1 });
    await expectRefused(() => answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "Z" }, "EVALUATOR"), ValidationError, "Opsi 'Z' tidak ada pada butir ini");
    expect(await currentStatus()).toMatchObject({ status: "SUBMITTED", statusVersion: 1 });
  });
});
