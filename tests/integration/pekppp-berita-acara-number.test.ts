import { beforeEach, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { prisma } from "@/lib/db";
import { InvalidStateError } from "@/lib/errors";
import { finaliseIndex } from "@/lib/pekppp/finalise-index";
import { renderIndexDocument } from "@/lib/pekppp/documents/render-index-document";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addSurveyResponses, createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";

// Issue 14: each PEKPPP Berita Acara gets a number once, at finalisation, from the agency's
// pattern and its own sequence per year; finalisations at the same moment never share one.

useFixedClock("2026-06-01T03:00:00Z");
let world: TPekpppWorld;
const UNITS = ["unit-a", "unit-b", "unit-c", "region", "other-region"];

/** An evaluation of `unitId` ready to finalise: the team sent, every indicator agreed, F-03 answered. */
async function readyToFinalise(unitId: string) {
  const assessmentId = unitId === "unit-a" ? "pek-a" : `pek-${unitId}`;
  if (assessmentId !== "pek-a") {
    await prisma.assessment.create({ data: { id: assessmentId, periodId: "pek2026", unitId, itemCount: world.pekLoaded.itemIdByCode.size, status: "SUBMITTED" } });
    await prisma.evaluatorAssignment.createMany({ data: [["pek-lead", "LEAD"], ["pek-second", "MEMBER"], ["pek-third", "MEMBER"]].map(([userId, role]) => ({ assessmentId, userId: userId!, role: role as "LEAD" | "MEMBER" })) });
  }
  const team = [world.team.lead, world.team.second, world.team.third];
  await prisma.evaluatorScore.createMany({ data: team.flatMap((evaluator) => world.f02.map((item) => ({ assessmentId, itemId: item.id, evaluatorId: evaluator.id, level: 4 }))) });
  await prisma.evaluatorSubmission.createMany({ data: team.map((evaluator) => ({ assessmentId, evaluatorId: evaluator.id })) });
  await prisma.agreedScore.createMany({ data: world.f02.map((item) => ({ assessmentId, itemId: item.id, level: 4, note: "Sesuai bukti", decidedById: world.team.lead.id })) });
  await addSurveyResponses(world, [Array(14).fill(4)], assessmentId);
  return assessmentId;
}

async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
});

describe("Berita Acara numbers", () => {
  it("are issued at finalisation from the agency's pattern, stored, audited and printed", async () => {
    await prisma.agencyDocumentSettings.create({ data: { agencyId: "ag", letterheadLines: ["PEMERINTAH KOTA"], place: "Samarinda", lheNumberPattern: "LHE-{urut}", baNumberPattern: "BA-{urut}", pekpppBaNumberPattern: "{urut}/BA-PEKPPP/{kode_unit}/{bulan_romawi}/{tahun}" } });
    const assessmentId = await readyToFinalise("unit-a");
    expect(await finaliseIndex(world.team.lead, { assessmentId })).toMatchObject({ category: "B", beritaAcaraNumber: "1/BA-PEKPPP/UNIT-A/VI/2026" });
    expect((await prisma.indexResult.findUniqueOrThrow({ where: { assessmentId } })).beritaAcaraNumber).toBe("1/BA-PEKPPP/UNIT-A/VI/2026");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "pekppp.finalize", assessmentId } });
    expect(audit.after).toMatchObject({ beritaAcaraNumber: "1/BA-PEKPPP/UNIT-A/VI/2026" });
    const text = await pdfText((await renderIndexDocument(world.users.memberA, assessmentId, "berita-acara")).bytes);
    expect(text).toContain("Nomor: 1/BA-PEKPPP/UNIT-A/VI/2026");
    // Finalising again is refused and the number stays; the LKE's own Berita Acara sequence is untouched.
    expect(await rejectionOf(finaliseIndex(world.team.lead, { assessmentId }))).toBeInstanceOf(InvalidStateError);
    expect(await prisma.reportSequence.findMany({ select: { kind: true, year: true, last: true } })).toEqual([{ kind: "PEKPPP_BERITA_ACARA", year: 2026, last: 1 }]);
  });

  it("never give two evaluations finalised at the same moment the same number", async () => {
    const ids = [];
    for (const unitId of UNITS) ids.push(await readyToFinalise(unitId));
    const results = await Promise.all(ids.map((assessmentId) => finaliseIndex(world.team.lead, { assessmentId })));
    const numbers = results.map((result) => result.beritaAcaraNumber);
    // The default pattern: BA-{urut}/PEKPPP/{bulan_romawi}/{tahun}, one sequence for the agency's year.
    expect(numbers.toSorted()).toEqual(UNITS.map((_, i) => `BA-${i + 1}/PEKPPP/VI/2026`).toSorted());
    const stored = await prisma.indexResult.findMany({ select: { beritaAcaraNumber: true } });
    expect(new Set(stored.map((row) => row.beritaAcaraNumber)).size).toBe(UNITS.length);
    expect(await prisma.reportSequence.findUniqueOrThrow({ where: { agencyId_year_kind: { agencyId: "ag", year: 2026, kind: "PEKPPP_BERITA_ACARA" } } })).toMatchObject({ last: UNITS.length });
  });
});
