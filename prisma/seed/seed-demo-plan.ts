import { prisma } from "@/lib/db";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { assessmentIdFor } from "./demo-organisation";

// A rencana aksi for Kejari Makassar, in the words of the PN Sarolangun 2021 plan (seed 002):
// steps in two areas, some realised, one late, for the grid, the monev and the leaders' dashboard.

const ASSESSMENT_ID = assessmentIdFor("unit-kejari-makassar");

const STEPS = [
  { node: "A.I.1.1", description: "Membuat undangan dan melaksanakan rapat pembentukan Tim Kerja WBK/WBBM", output: "Undangan rapat, notula, daftar hadir dan foto rapat", months: [1], realised: [1], person: "user-anggota-makassar" },
  { node: "A.I.1.1", description: "Pengesahan Tim Kerja WBK/WBBM oleh Kepala Kejaksaan Negeri", output: "SK Tim Kerja WBK/WBBM", months: [1, 2], realised: [1, 2], person: "user-kepala-makassar" },
  { node: "A.I.1.2", description: "Menyusun dokumen rencana aksi pembangunan ZI dengan target prioritas", output: "Dokumen rencana aksi yang berisi target prioritas", months: [2, 3], realised: [2], person: "user-anggota-makassar" },
  { node: "A.I.1.3", description: "Monitoring dan evaluasi pembangunan ZI secara berkala setiap bulan", output: "Laporan monev bulanan, notula, daftar hadir", months: [3, 6, 9, 12], realised: [3, 6], person: "user-anggota-makassar" },
  { node: "A.I.2.1", description: "Penyusunan, penerapan dan evaluasi SOP kegiatan utama", output: "Peta proses bisnis, SOP yang ditandatangani Kepala, SOP revisi", months: [2, 8], realised: [2], person: "user-kepala-makassar" },
  { node: "A.I.2.3", description: "Memperbarui informasi publik di situs web dan media sosial", output: "Tangkapan layar situs web dan media sosial", months: [4, 10], realised: [], person: "user-anggota-makassar" },
];

export async function seedDemoPlan(catalogueVersionId: string) {
  if (await prisma.actionPlan.findUnique({ where: { assessmentId: ASSESSMENT_ID } })) return;
  const nodeIds = new Map((await getPlanStructure(catalogueVersionId)).flatMap((a) => a.indicators.map((i) => [i.code, i.nodeId] as const)));
  const plan = await prisma.actionPlan.create({ data: { assessmentId: ASSESSMENT_ID } });
  for (const [position, step] of STEPS.entries()) {
    await prisma.actionPlanStep.create({
      data: {
        planId: plan.id, nodeId: nodeIds.get(step.node)!, position, description: step.description, plannedOutput: step.output,
        personInChargeId: step.person, plannedMonths: step.months, targetDate: new Date(Date.UTC(2026, step.months.at(-1)! - 1, 28)),
        realisations: { create: step.realised.map((month) => ({ month, note: "Terlaksana sesuai rencana; dokumentasi terlampir.", realisedById: step.person })) },
      },
    });
  }
  await prisma.actionPlanMonevNote.create({
    data: { planId: plan.id, month: 3, areaCode: "A.I.1", note: "Dokumen rencana aksi menunggu penetapan Kepala; ditindaklanjuti April.", updatedById: "user-anggota-makassar" },
  });
}
