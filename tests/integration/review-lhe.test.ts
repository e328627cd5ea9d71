import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { clock } from "@/lib/clock";
import { formatScore } from "@/lib/format";
import { addNote } from "@/lib/review/add-note";
import { confirmPrecondition } from "@/lib/review/confirm-precondition";
import { getLhe, saveLheDraft } from "@/lib/review/lhe-store";
import { setVerdict } from "@/lib/review/set-verdict";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer, TItem, TNode } from "@/lib/scoring/types";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import {
  answer, completeReview, createReviewWorld, currentStatus, expectRefused, MSG, transition, type TReviewWorld,
} from "@/tests/support/review-world";

// The LHE: both totals, per area the scores and a recommendation drafted from the items where
// the evaluator's score lost most (editable by the lead only), and the predicate result.
// Finalisation freezes it; a FINAL assessment refuses every write.

const NOW = new Date("2026-03-01T00:00:00Z");
const realNow = clock.now;
let world: TReviewWorld;

const SECTIONS = [
  "A.I.1", "A.I.2", "A.I.3", "A.I.4", "A.I.5", "A.I.6",
  "A.II.1", "A.II.2", "A.II.3", "A.II.4", "A.II.5", "A.II.6",
  "B.I", "B.II",
];
const KEEP = "Pertahankan capaian pada area ini dan jaga kelengkapan bukti dukung.";

/** Evaluator answers: the best option everywhere in A.I.1 and A.I.2, except two weak items in A.I.1. */
const WEAK = { "A.I.1.1.a": "TIDAK", "A.I.1.3.b": "C" } as Record<string, string>;

function itemsUnder(node: TNode): TItem[] {
  return [...node.items, ...node.children.flatMap(itemsUnder)];
}

function evaluatorAnswers(): Record<string, TAnswer> {
  const out: Record<string, TAnswer> = {};
  for (const area of ["A.I.1", "A.I.2"]) {
    for (const item of itemsUnder(world.loaded.nodesByCode.get(area)!)) {
      if (item.options.length === 0) throw new Error(`${item.code} is not an option item`);
      const best = item.options.reduce((a, b) => (b.value > a.value ? b : a));
      out[item.code] = { optionKey: WEAK[item.code] ?? best.key };
    }
  }
  return out;
}

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  clock.now = () => NOW;
  await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
  await answer(world, world.users.memberA, "A.I.1.3.b", { optionKey: "A" });
  await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
  for (const [code, value] of Object.entries(evaluatorAnswers())) await answer(world, world.users.evaluator, code, value, "EVALUATOR");
  expect((await currentStatus()).status).toBe("IN_REVIEW");
});

afterEach(() => {
  clock.now = realNow;
});

const total = async (side: "SELF" | "EVALUATOR") =>
  (await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side } } })).total;

describe("the LHE while the review runs", () => {
  it("shows both totals and 14 areas with recommendations drafted from the weakest items", async () => {
    const lhe = await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then(getLhe);
    expect(lhe.finalizedAt).toBeNull();
    expect(lhe.totals).toEqual({ self: await total("SELF"), evaluator: await total("EVALUATOR") });
    expect(lhe.totals.self).toBeGreaterThan(0);
    expect(lhe.totals.evaluator).toBeGreaterThan(lhe.totals.self);
    expect(lhe.evaluators).toEqual([{ name: "User evaluator", role: "LEAD", nip: null }, { name: "User evaluator-member", role: "MEMBER", nip: null }]);
    expect(lhe.areas.map((a) => a.code)).toEqual(SECTIONS);

    // A.I.1: exactly the two weak items, the bigger loss first, with the TPI's points.
    const scored = scoreAssessment(world.loaded.catalogue, new Map(Object.entries(evaluatorAnswers()))).items;
    const line = (code: string) => {
      const item = itemsUnder(world.loaded.nodesByCode.get("A.I.1")!).find((i) => i.code === code)!;
      return `Tingkatkan ${code} (${item.text}): nilai TPI ${formatScore(scored[code]!.points)} dari ${formatScore(scored[code]!.maxPoints)}.`;
    };
    const weakest = Object.keys(WEAK).sort((a, b) => (scored[b]!.maxPoints - scored[b]!.points) - (scored[a]!.maxPoints - scored[a]!.points));
    const area = (code: string) => lhe.areas.find((a) => a.code === code)!;
    expect(area("A.I.1").recommendation).toBe(weakest.map(line).join("\n"));
    expect(area("A.I.1").recommendation).toContain("nilai TPI 0,00 dari");
    // A.I.2: every item at its best.
    expect(area("A.I.2").recommendation).toBe(KEEP);
    // Areas the TPI has not scored: the three biggest losses, all items of that area.
    for (const code of SECTIONS.slice(2)) {
      // (Counted by entry, not by line: some item texts span several lines themselves.)
      const entries = area(code).recommendation.match(/^Tingkatkan \S+/gm) ?? [];
      const size = itemsUnder(world.loaded.nodesByCode.get(code)!).length;
      expect(entries, code).toHaveLength(Math.min(3, size));
      for (const entry of entries) expect(entry.startsWith(`Tingkatkan ${code}.`), entry).toBe(true);
    }
    expect(area("A.I.1")).toMatchObject({ title: "Manajemen Perubahan", partTitle: "Pemenuhan", evaluator: expect.any(Number) });
    expect(area("A.II.6")).toMatchObject({ partTitle: "Reform" });
    expect(area("B.I")).toMatchObject({ title: "Birokrasi yang bersih dan akuntabel", partTitle: "Hasil" });
    expect(lhe.predicates.map((p) => p.code)).toEqual(["WBK", "WBBM"]);
  });

  it("the lead's edit replaces one area's draft; the others stay drafted", async () => {
    const drafted = await authorizeAssessment(world.users.evaluator, "asm-a", "assessment.read").then(getLhe);
    await saveLheDraft(world.users.evaluator, { assessmentId: "asm-a", recommendations: { "A.I.1": "Lengkapi SK tim kerja ZI dan rencana kerjanya." } });
    const lhe = await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read").then(getLhe);
    expect(lhe.areas.find((a) => a.code === "A.I.1")?.recommendation).toBe("Lengkapi SK tim kerja ZI dan rencana kerjanya.");
    expect(lhe.areas.filter((a) => a.code !== "A.I.1")).toEqual(drafted.areas.filter((a) => a.code !== "A.I.1"));
    const report = await prisma.report.findUniqueOrThrow({ where: { assessmentId_kind: { assessmentId: "asm-a", kind: "LHE" } } });
    expect(report.finalizedAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "report.lhe.draft", actorId: "evaluator" } })).toBe(1);
  });

  it.each([
    ["evaluatorMember", NotFoundError, MSG.notFound],
    ["headA", NotFoundError, MSG.notFound],
    ["outsider", NotFoundError, MSG.notFound],
  ] as const)("%s cannot edit the recommendations", async (who, errorClass, message) => {
    await expectRefused(() => saveLheDraft(world.users[who], { assessmentId: "asm-a", recommendations: { "A.I.1": "Ubah" } }), errorClass, message);
  });

  it("readers only: another unit's member gets 404", async () => {
    const error = await rejectionOf(authorizeAssessment(world.users.memberB, "asm-a", "assessment.read").then(getLhe));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe(MSG.notFound);
  });
});

describe("after finalisation", () => {
  beforeEach(async () => {
    await confirmPrecondition(world.users.evaluator, { assessmentId: "asm-a", label: "Tindak lanjut hasil pemeriksaan (TLHP) 100%", met: true, note: "LHP 2025 tuntas" });
    await completeReview(world);
    await saveLheDraft(world.users.evaluator, { assessmentId: "asm-a", recommendations: { "A.I.1": "Rekomendasi final A.I.1." } });
    await transition(world.users.evaluator, "finalize");
  });

  it("getLhe returns the frozen content, even when scores change underneath afterwards", async () => {
    const report = await prisma.report.findUniqueOrThrow({ where: { assessmentId_kind: { assessmentId: "asm-a", kind: "LHE" } } });
    const frozen = await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then(getLhe);
    expect(frozen).toEqual(report.content);
    expect(frozen.finalizedAt).toBe(NOW.toISOString());
    expect(frozen.totals).toEqual({ self: await total("SELF"), evaluator: await total("EVALUATOR") });
    expect(frozen.areas.find((a) => a.code === "A.I.1")?.recommendation).toBe("Rekomendasi final A.I.1.");
    expect(frozen.preconditions.find((p) => p.label === "Tindak lanjut hasil pemeriksaan (TLHP) 100%")).toEqual({
      label: "Tindak lanjut hasil pemeriksaan (TLHP) 100%", met: true, note: "LHP 2025 tuntas",
    });

    // Nothing in the app can change a FINAL assessment (below); a change made behind its back
    // (a database fix, a recompute) still does not reach the signed LHE.
    await prisma.answer.updateMany({ where: { assessmentId: "asm-a", side: "EVALUATOR" }, data: { optionKey: null, value: null } });
    await prisma.assessmentScore.updateMany({ where: { assessmentId: "asm-a" }, data: { total: 0, result: { total: 0, nodes: {}, predicates: [] } } });
    expect(await authorizeAssessment(world.users.evaluator, "asm-a", "assessment.read").then(getLhe)).toEqual(frozen);
  });

  it("refuses every write, changing nothing", async () => {
    const itemId = world.itemId("A.I.1.1.a");
    const { memberA, headA, evaluator } = world.users;
    await expectRefused(() => answer(world, memberA, "A.I.1.1.a", { optionKey: "TIDAK" }), InvalidStateError, MSG.selfLocked);
    await expectRefused(() => answer(world, evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR"), InvalidStateError, MSG.final);
    await expectRefused(() => setVerdict(evaluator, { assessmentId: "asm-a", itemId, verdict: "ACCEPTED" }), InvalidStateError, MSG.final);
    await expectRefused(() => addNote(evaluator, { assessmentId: "asm-a", itemId, body: "Catatan" }), InvalidStateError, MSG.evaluatorNoteOutsideReview);
    await expectRefused(() => addNote(headA, { assessmentId: "asm-a", itemId, body: "Balasan" }), InvalidStateError, MSG.unitReplyOnlyInRevision);
    await expectRefused(
      () => confirmPrecondition(evaluator, { assessmentId: "asm-a", label: "Kepatuhan penyampaian LHKPN/LHKASN", met: true, note: "Patuh" }),
      InvalidStateError,
      MSG.final,
    );
    await expectRefused(() => saveLheDraft(evaluator, { assessmentId: "asm-a", recommendations: { "A.I.1": "Ubah" } }), InvalidStateError, MSG.final);
    await expectRefused(() => transition(evaluator, "finalize"), InvalidStateError, 'Tidak dapat memfinalisasi penilaian dari status "Final".');
    await expectRefused(() => transition(evaluator, "requestRevision"), InvalidStateError, 'Tidak dapat meminta perbaikan dari status "Final".');
    await expectRefused(() => transition(headA, "resubmit"), InvalidStateError, 'Tidak dapat mengirim ulang LKE dari status "Final".');
    await expectRefused(() => transition(headA, "submit", { acknowledgeIncomplete: true }), InvalidStateError, 'Tidak dapat mengirim LKE dari status "Final".');
  });
});

