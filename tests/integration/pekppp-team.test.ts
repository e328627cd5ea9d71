import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAgreedScore } from "@/lib/pekppp/agreed-scores";
import { saveEvaluatorScore, submitEvaluatorScores } from "@/lib/pekppp/evaluator-scores";
import { finaliseIndex } from "@/lib/pekppp/finalise-index";
import { getTeamSheet } from "@/lib/pekppp/team-sheet";
import type { TStoredIndexResult } from "@/lib/pekppp/types";
import type { TSessionUser } from "@/lib/auth/load-user";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { addSurveyResponses, createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";

// Issue 14: three evaluators score F-02 each alone, the lead agrees per indicator seeing the
// spread, finalisation stores the IPP and category. Every refusal changes nothing.

useFixedClock("2026-06-01T00:00:00Z");
let world: TPekpppWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
});

const score = (user: TSessionUser, index: number, level: unknown, note = "") =>
  saveEvaluatorScore(user, { assessmentId: "pek-a", itemId: world.f02[index]!.id, level, note });
const scoreAll = async (user: TSessionUser, level: (index: number) => number) => {
  for (const [index] of world.f02.entries()) await score(user, index, level(index));
};
const snapshot = async () => ({
  scores: await prisma.evaluatorScore.count(),
  submissions: await prisma.evaluatorSubmission.count(),
  agreed: await prisma.agreedScore.count(),
  results: await prisma.indexResult.count(),
  audits: await prisma.auditEvent.count({ where: { action: { startsWith: "pekppp." } } }),
});
async function expectRefused(run: () => Promise<unknown>, type: new (...args: never[]) => Error, message: string) {
  const before = await snapshot();
  const error = await rejectionOf(run());
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message).toBe(message);
  expect(await snapshot()).toEqual(before);
}

describe("each evaluator scores alone", () => {
  it("keeps the others' levels hidden until the viewer has sent their own form", async () => {
    await score(world.team.lead, 0, 4, "SP lengkap");
    await score(world.team.second, 0, 2);
    const secondBefore = await getTeamSheet(world.team.second, "pek-a");
    expect(secondBefore.rows[0]).toMatchObject({ own: { level: 2 }, others: [], spread: null });

    await scoreAll(world.team.second, () => 2);
    await submitEvaluatorScores(world.team.second, { assessmentId: "pek-a" });
    // The lead has not sent: the second sees nothing of the lead's levels, sent ones only.
    expect((await getTeamSheet(world.team.second, "pek-a")).rows[0]).toMatchObject({ others: [], spread: { min: 2, max: 2 } });
    // The lead has not sent either: the second's sent level stays hidden from them.
    expect((await getTeamSheet(world.team.lead, "pek-a")).rows[0]).toMatchObject({ own: { level: 4 }, others: [], spread: null });

    await scoreAll(world.team.lead, (i) => (i === 0 ? 4 : 3));
    await submitEvaluatorScores(world.team.lead, { assessmentId: "pek-a" });
    const leadSheet = await getTeamSheet(world.team.lead, "pek-a");
    expect(leadSheet.rows[0]).toMatchObject({ own: { level: 4 }, others: [{ evaluator: "Budi Anggota", level: 2 }], spread: { min: 2, max: 4 } });
    expect(leadSheet.team.map((member) => [member.name, member.role, member.submitted])).toEqual([
      ["Rina Ketua", "LEAD", true], ["Budi Anggota", "MEMBER", true], ["Sari Anggota", "MEMBER", false],
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "pekppp.score" } })).toBe(62);
  });

  it("refuses levels outside 0-5 and fractions, with the Indonesian message, storing nothing", async () => {
    for (const level of [6, -1, 2.5, "3", null]) {
      await expectRefused(() => score(world.team.lead, 0, level), ValidationError, "Nilai F-02 harus bilangan bulat 0 sampai 5.");
    }
  });

  it("refuses an evaluator outside the team as if the evaluation did not exist", async () => {
    await expectRefused(() => score(world.team.fourth, 0, 3), NotFoundError, "Penilaian tidak ditemukan.");
    await expectRefused(() => getTeamSheet(world.team.fourth, "pek-a"), NotFoundError, "Penilaian tidak ditemukan.");
    await expectRefused(() => score(world.users.memberA, 0, 3), NotFoundError, "Penilaian tidak ditemukan.");
  });

  it("refuses scoring again after sending, and sending twice", async () => {
    await scoreAll(world.team.third, () => 3);
    await submitEvaluatorScores(world.team.third, { assessmentId: "pek-a" });
    const sent = "Anda sudah mengirim penilaian F-02 untuk unit ini; nilai yang sudah dikirim tidak dapat diubah atau dinilai ulang.";
    await expectRefused(() => score(world.team.third, 0, 5), InvalidStateError, sent);
    await expectRefused(() => submitEvaluatorScores(world.team.third, { assessmentId: "pek-a" }), InvalidStateError, sent);
  });

  it("refuses sending an incomplete form, naming what is missing", async () => {
    await score(world.team.second, 0, 3);
    await expectRefused(() => submitEvaluatorScores(world.team.second, { assessmentId: "pek-a" }), ValidationError,
      "Penilaian belum dapat dikirim: 29 indikator belum dinilai (2.a.P.F02, 3.a.T.F02, 4.a.K.F02, 5.a.K.F02, 6.a.B.F02, dan 24 lainnya).");
  });
});

describe("the lead agrees and finalises", () => {
  const agree = (index: number, level: number, note = "Sepakat tim") =>
    recordAgreedScore(world.team.lead, { assessmentId: "pek-a", itemId: world.f02[index]!.id, level, note });

  it("refuses an agreed score before every evaluator has sent, and from a member", async () => {
    await scoreAll(world.team.lead, () => 4);
    await submitEvaluatorScores(world.team.lead, { assessmentId: "pek-a" });
    await expectRefused(() => agree(0, 4), InvalidStateError,
      "Nilai kesepakatan baru dapat dilakukan setelah semua evaluator mengirim penilaian F-02: 2 dari 3 evaluator belum mengirim.");
    await expectRefused(() => recordAgreedScore(world.team.second, { assessmentId: "pek-a", itemId: world.f02[0]!.id, level: 4, note: "x" }), NotFoundError, "Penilaian tidak ditemukan.");
  });

  it("refuses finalising with fewer than three evaluators", async () => {
    await prisma.evaluatorAssignment.deleteMany({ where: { userId: "pek-third" } });
    await expectRefused(() => finaliseIndex(world.team.lead, { assessmentId: "pek-a" }), InvalidStateError,
      "Tim evaluator minimal 3 orang; saat ini 2. Tambahkan evaluator sebelum finalisasi.");
  });

  it("runs the whole flow: three forms, agreed levels with notes, IPP and category stored exactly", async () => {
    await scoreAll(world.team.lead, () => 4);
    await scoreAll(world.team.second, () => 3);
    await scoreAll(world.team.third, () => 5);
    for (const evaluator of [world.team.lead, world.team.second, world.team.third]) await submitEvaluatorScores(evaluator, { assessmentId: "pek-a" });

    await expectRefused(() => finaliseIndex(world.team.lead, { assessmentId: "pek-a" }), InvalidStateError,
      "Finalisasi belum dapat dilakukan: 30 indikator belum memiliki nilai kesepakatan (1.a.Ak.F02, 2.a.P.F02, 3.a.T.F02, 4.a.K.F02, 5.a.K.F02, dan lainnya).");
    await expectRefused(() => agree(0, 4, "  "), ValidationError, "Tuliskan catatan kesepakatan tim untuk indikator ini.");
    // Agreed: 4 everywhere: F-02 index 4.
    for (const [index] of world.f02.entries()) await agree(index, 4);
    await expectRefused(() => finaliseIndex(world.team.lead, { assessmentId: "pek-a" }), InvalidStateError,
      "Finalisasi belum dapat dilakukan: belum ada jawaban F-03 dari pengguna layanan.");

    // Two respondents, 14 answers each: (14 x 4 + 14 x 5) / 28 = 4.5; IPP = 0.75 x 4 + 0.25 x 4.5 = 4.125 -> A-.
    await addSurveyResponses(world, [Array(14).fill(4), Array(14).fill(5)]);
    expect(await finaliseIndex(world.team.lead, { assessmentId: "pek-a" })).toEqual({ value: "33/8", category: "A-", beritaAcaraNumber: "BA-1/PEKPPP/VI/2026" });

    const stored = await prisma.indexResult.findUniqueOrThrow({ where: { assessmentId: "pek-a" } });
    expect([stored.value.toFixed(), stored.formIndex.toFixed(), stored.surveyIndex?.toFixed(), stored.category, stored.priority, stored.award])
      .toEqual(["4.125", "4", "4.5", "A-", false, false]);
    const result = stored.result as unknown as TStoredIndexResult;
    expect(result.team.map((member) => member.name)).toEqual(["Rina Ketua", "Budi Anggota", "Sari Anggota"]);
    expect(await prisma.assessment.findUniqueOrThrow({ where: { id: "pek-a" }, select: { status: true } })).toEqual({ status: "FINAL" });
    expect(await prisma.auditEvent.count({ where: { action: "pekppp.agree" } })).toBe(30);
    expect(await prisma.auditEvent.count({ where: { action: "pekppp.finalize" } })).toBe(1);
    // Final is final: nothing more is scored or agreed.
    await expectRefused(() => agree(0, 5), InvalidStateError, "Penilaian sudah final dan terkunci.");
  });
});
