import { prisma } from "@/lib/db";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { AGENCY } from "./demo-organisation";
import { PREVIOUS_ASSESSMENT_ID } from "./seed-documents";

// The Kejaksaan's templat rencana aksi (what agencies publish as a default plan per indicator),
// and Kejari Bantaeng's 2025 plan: its empty 2026 plan can start from either ("Mulai dari ...").

const TEMPLATE = [
  { node: "A.I.1.1", description: "Membentuk Tim Kerja Pembangunan ZI melalui rapat pimpinan", output: "Undangan, notula dan daftar hadir rapat; SK Tim Kerja", months: [1] },
  { node: "A.I.1.2", description: "Menyusun rencana aksi pembangunan ZI dengan target prioritas", output: "Dokumen rencana aksi yang ditetapkan Kepala", months: [1, 2] },
  { node: "A.I.1.3", description: "Monitoring dan evaluasi pembangunan ZI setiap triwulan", output: "Laporan monev, notula dan daftar hadir", months: [3, 6, 9, 12] },
  { node: "A.I.2.1", description: "Menyusun dan menerapkan SOP kegiatan utama", output: "Peta proses bisnis dan SOP yang ditandatangani Kepala", months: [2, 3] },
  { node: "A.I.2.3", description: "Memperbarui informasi publik di situs web dan media sosial", output: "Tangkapan layar situs web dan media sosial", months: [4, 10] },
];

const LAST_YEAR = [
  { node: "A.I.1.1", description: "Rapat pembentukan Tim Kerja ZI 2025", output: "SK Tim Kerja 2025 dan notula rapat", months: [1, 2], person: "user-anggota" },
  { node: "A.I.1.3", description: "Monev pembangunan ZI per semester", output: "Laporan monev semester", months: [6, 12], person: "user-kepala" },
  { node: "A.I.2.1", description: "Reviu SOP pelayanan tilang", output: "SOP revisi yang ditandatangani Kepala", months: [5], person: "user-anggota" },
];

export async function seedDemoPlanTemplate(catalogueVersionId: string) {
  const nodeIds = new Map((await getPlanStructure(catalogueVersionId)).flatMap((a) => a.indicators.map((i) => [i.code, i.nodeId] as const)));
  if (!(await prisma.planTemplateStep.count({ where: { agencyId: AGENCY.id } }))) {
    await prisma.planTemplateStep.createMany({
      data: TEMPLATE.map((step, position) => ({
        agencyId: AGENCY.id, catalogueVersionId, nodeId: nodeIds.get(step.node)!, position, description: step.description,
        plannedOutput: step.output, plannedMonths: step.months, updatedById: "user-admin",
      })),
    });
  }
  const previous = await prisma.assessment.findUnique({ where: { id: PREVIOUS_ASSESSMENT_ID }, select: { id: true, actionPlan: { select: { id: true } } } });
  if (!previous || previous.actionPlan) return;
  const plan = await prisma.actionPlan.create({ data: { assessmentId: previous.id } });
  for (const [position, step] of LAST_YEAR.entries()) {
    await prisma.actionPlanStep.create({
      data: {
        planId: plan.id, nodeId: nodeIds.get(step.node)!, position, description: step.description, plannedOutput: step.output,
        personInChargeId: step.person, plannedMonths: step.months, targetDate: new Date(Date.UTC(2025, step.months.at(-1)!, 0)),
        realisations: { create: step.months.map((month) => ({ month, note: "Terlaksana pada 2025.", realisedById: step.person, realisedAt: new Date(Date.UTC(2025, month - 1, 20)) })) },
      },
    });
  }
}
