import { Readable } from "node:stream";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import { loadUser } from "@/lib/auth/load-user";
import { clock } from "@/lib/clock";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { finalizeLhe } from "@/lib/review/lhe-store";
import { renderPdf } from "@/lib/documents/pdf/render-pdf";
import { getStorage } from "@/lib/storage/get-storage";
import { newStorageKey } from "@/lib/storage/keys";
import { AGENCY } from "./demo-organisation";
import { randomAnswerSet } from "./random-answers";
import { seedAnswers } from "./seed-answers";

// Demo data for the official documents and "Mulai dari LKE tahun lalu": the agency letterhead,
// NIPs of the people who sign, and Kejari Bantaeng's finalised 2025 LKE (its 2026 LKE is empty).

export const PREVIOUS_PERIOD_ID = "period-2025";
export const PREVIOUS_ASSESSMENT_ID = "asm-2025-kejari-bantaeng";

const NIPS: Record<string, string> = {
  "user-evaluator": "198203152006041002",
  "user-evaluator2": "198706222010122001",
  "user-kepala": "197408171999031001",
  "user-kepala-makassar": "197511032000121002",
};

export async function seedDocumentSettings() {
  await prisma.agencyDocumentSettings.create({
    data: {
      agencyId: AGENCY.id,
      letterheadLines: ["KEJAKSAAN REPUBLIK INDONESIA", "JAKSA AGUNG MUDA BIDANG PENGAWASAN"],
      address: "Jalan Sultan Hasanuddin Nomor 1, Kebayoran Baru, Jakarta Selatan 12160",
      place: "Jakarta",
      lheNumberPattern: "LHE-{urut}/H/Hjw/{bulan}/{tahun}",
      baNumberPattern: "BA-{urut}/H/Hjw/{bulan}/{tahun}",
      approverTitle: "Inspektur Wilayah II",
      approverName: "Dr. Hendra Wijaya, S.H., M.H.",
      approverNip: "197001011995031001",
    },
  });
  for (const [id, nip] of Object.entries(NIPS)) await prisma.user.update({ where: { id }, data: { nip } });
}

/** Bantaeng's 2025 LKE: answered, with evidence (a file and a link), reviewed and final. */
export async function seedPreviousYear(loaded: TLoadedCatalogue) {
  await prisma.period.create({
    data: {
      id: PREVIOUS_PERIOD_ID, agencyId: AGENCY.id, year: 2025, name: "Pembangunan Zona Integritas 2025", catalogueVersionId: loaded.versionId, status: "CLOSED",
      windows: { create: [
        { stage: "SELF_ASSESSMENT", opensAt: new Date("2025-02-01T00:00:00Z"), closesAt: new Date("2025-04-30T16:59:59Z") },
        { stage: "REVIEW", opensAt: new Date("2025-05-01T00:00:00Z"), closesAt: new Date("2025-09-30T16:59:59Z") },
        { stage: "REVISION", opensAt: new Date("2025-05-01T00:00:00Z"), closesAt: new Date("2025-10-31T16:59:59Z") },
        { stage: "FINAL", opensAt: new Date("2025-05-01T00:00:00Z"), closesAt: new Date("2025-11-30T16:59:59Z") },
      ] },
    },
  });
  const id = PREVIOUS_ASSESSMENT_ID;
  await prisma.assessment.create({ data: { id, periodId: PREVIOUS_PERIOD_ID, unitId: "unit-kejari-bantaeng", itemCount: loaded.itemIdByCode.size } });
  await seedAnswers({ assessmentId: id, loaded, answers: randomAnswerSet(loaded.catalogue, 0.85, 1, 2025), userId: "user-anggota", narrative: (code) => `Bukti dukung ${code} tahun 2025 terlampir.` });
  await seedAnswers({ assessmentId: id, loaded, answers: randomAnswerSet(loaded.catalogue, 0.8, 1, 2026), userId: "user-evaluator2", side: "EVALUATOR", narrative: () => "Sesuai bukti dukung." });
  await seedEvidence(loaded, id);
  await prisma.evaluatorAssignment.create({ data: { assessmentId: id, userId: "user-evaluator2", role: "LEAD" } });
  const labels = [...new Set(loaded.catalogue.predicates.flatMap((p) => p.preconditions))];
  await prisma.preconditionCheck.createMany({ data: labels.map((label) => ({ assessmentId: id, label, met: label !== "Unit telah berpredikat WBK", note: "Sesuai dokumen", confirmedById: "user-evaluator2" })) });
  await prisma.itemReview.createMany({ data: [...loaded.itemsById.keys()].map((itemId) => ({ assessmentId: id, itemId, verdict: "ACCEPTED" as const, decidedById: "user-evaluator2", decidedAt: new Date("2025-09-15T03:00:00Z") })) });

  // Finalised on 20 November 2025 through the same code as the TPI's finalisation.
  const finalizedAt = new Date("2025-11-20T03:00:00Z");
  const realNow = clock.now;
  clock.now = () => finalizedAt;
  try {
    await prisma.$transaction(async (tx) => {
      await tx.assessment.update({ where: { id }, data: { status: "FINAL", statusVersion: 3, submittedAt: new Date("2025-04-28T03:00:00Z"), finalizedAt } });
      // As the lead evaluator of that year, who finalised it.
      const lead = (await loadUser("user-evaluator2"))!;
      await finalizeLhe(await authorizeAssessment(lead, id, "review.lead", { tx, lock: true }), tx);
    }, { timeout: 30_000 });
  } finally {
    clock.now = realNow;
  }
}

async function seedEvidence(loaded: TLoadedCatalogue, assessmentId: string) {
  const itemId = loaded.itemIdByCode.get("A.I.1.1.a")!;
  const bytes = await renderPdf({ content: [{ text: "KEPUTUSAN KEPALA KEJAKSAAN NEGERI BANTAENG", bold: true }, "tentang Tim Kerja Pembangunan Zona Integritas Tahun 2025 (contoh)"] });
  const storageKey = newStorageKey(assessmentId);
  await getStorage().put(storageKey, Readable.from([bytes]), { contentType: "application/pdf" });
  const blob = await prisma.evidenceBlob.create({
    data: { assessmentId, sha256: createHash("sha256").update(bytes).digest("hex"), size: BigInt(bytes.length), mimeType: "application/pdf", storageKey },
  });
  await prisma.evidence.create({
    data: {
      assessmentId, itemId, kind: "FILE", title: "SK Tim Kerja ZI 2025.pdf", createdById: "user-anggota",
      versions: { create: { version: 1, blobId: blob.id, fileName: "SK Tim Kerja ZI 2025.pdf", createdById: "user-anggota" } },
    },
  });
  await prisma.evidence.create({
    data: { assessmentId, itemId: loaded.itemIdByCode.get("A.I.1.2.a")!, kind: "LINK", title: "Rencana kerja ZI 2025", url: "https://kejari-bantaeng.example.go.id/zi/2025/rencana-kerja", createdById: "user-anggota" },
  });
  await prisma.assessment.update({ where: { id: assessmentId }, data: { evidencedCount: 2 } });
}
