import { beforeEach, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { prisma } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { recordAgreedScore } from "@/lib/pekppp/agreed-scores";
import { saveEvaluatorScore, submitEvaluatorScores } from "@/lib/pekppp/evaluator-scores";
import { finaliseIndex } from "@/lib/pekppp/finalise-index";
import { renderIndexDocument } from "@/lib/pekppp/documents/render-index-document";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addSurveyResponses, createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";

// Issue 14 point 4: the Berita Acara naming the team, the report with recommendations per aspect,
// the certificate for category A only; for readers of the assessment, after finalisation.

useFixedClock("2026-06-01T03:00:00Z");
let world: TPekpppWorld;

async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** The whole team flow with every evaluator at `level`, agreed at `level` with a note on 1.a.Ak. */
async function finalise(level: number, surveyPoint: number) {
  const team = [world.team.lead, world.team.second, world.team.third];
  for (const evaluator of team) {
    for (const item of world.f02) await saveEvaluatorScore(evaluator, { assessmentId: "pek-a", itemId: item.id, level });
    await submitEvaluatorScores(evaluator, { assessmentId: "pek-a" });
  }
  for (const [index, item] of world.f02.entries()) {
    await recordAgreedScore(world.team.lead, { assessmentId: "pek-a", itemId: item.id, level, note: index === 0 ? "SP belum dimonev" : "Sesuai bukti" });
  }
  await addSurveyResponses(world, [Array(14).fill(surveyPoint)]);
  return finaliseIndex(world.team.lead, { assessmentId: "pek-a" });
}

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
});

describe("PEKPPP documents", () => {
  it("are refused before finalisation and to users outside the assessment", async () => {
    expect(await rejectionOf(renderIndexDocument(world.team.lead, "pek-a", "berita-acara"))).toBeInstanceOf(InvalidStateError);
    expect(await rejectionOf(renderIndexDocument(world.team.fourth, "pek-a", "berita-acara"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(renderIndexDocument(world.users.memberB, "pek-a", "berita-acara"))).toBeInstanceOf(NotFoundError);
  });

  it("print the Berita Acara naming the three evaluators, the report per aspect; no certificate below A", async () => {
    expect(await finalise(4, 4)).toEqual({ value: "4", category: "B", beritaAcaraNumber: "BA-1/PEKPPP/VI/2026" });
    const ba = await renderIndexDocument(world.users.memberA, "pek-a", "berita-acara");
    expect(ba.fileName).toBe("Berita-Acara-PEKPPP-Unit-unit-a-2026.pdf");
    const text = await pdfText(ba.bytes);
    for (const name of ["Rina Ketua", "Budi Anggota", "Sari Anggota"]) expect(text).toContain(name);
    expect(text).toContain("BERITA ACARA HASIL PEMERIKSAAN DOKUMEN");
    expect(text).toContain("Nomor: BA-1/PEKPPP/VI/2026");
    expect(text).toContain("KEBIJAKAN PELAYANAN");
    expect(text).toContain("1.a.Ak: SP belum dimonev");
    expect(text).toContain("Indeks Pelayanan Publik 4,00, kategori B (Baik)");
    expect(text).not.toContain("Dedi Luar Tim");

    const report = await pdfText((await renderIndexDocument(world.users.leaderRegion, "pek-a", "laporan")).bytes);
    expect(report).toContain("LAPORAN HASIL PEMANTAUAN EVALUASI");
    expect(report).toContain("Inovasi");
    expect(report).toContain("1.a.Ak (nilai 4): SP belum dimonev");
    const error = await rejectionOf(renderIndexDocument(world.users.memberA, "pek-a", "sertifikat"));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect((error as Error).message).toBe("Sertifikat hanya untuk kategori A (Pelayanan Prima); unit ini berkategori B.");
  });

  it("print the certificate for a Pelayanan Prima unit", async () => {
    expect(await finalise(5, 5)).toEqual({ value: "5", category: "A", beritaAcaraNumber: "BA-1/PEKPPP/VI/2026" });
    const text = await pdfText((await renderIndexDocument(world.users.headA, "pek-a", "sertifikat")).bytes);
    expect(text).toContain("SERTIFIKAT PENGHARGAAN");
    expect(text).toContain("Unit unit-a");
    expect(text).toContain('kategori A "Pelayanan Prima"');
    expect(await prisma.indexResult.count({ where: { award: true } })).toBe(1);
  });
});
