import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { bootstrapCatalogue } from "@/prisma/seed/bootstrap-catalogue";

/**
 * `units` units in 20 regions, one 2026 period; four in five units with a plan of 12 steps, the
 * first unit with `fullSteps` steps over every indicator. Every third unit has a late step (a
 * planned month over, unrealised); the others realised all they planned.
 */
export async function seedPlans(UNITS: number, FULL_PLAN_STEPS: number, PASSWORD: string) {
  const catalogue = await bootstrapCatalogue();
  const structure = await getPlanStructure(catalogue.versionId);
  const nodeIds = structure.flatMap((a) => a.indicators.map((i) => i.nodeId));
  await prisma.agency.create({ data: { id: "bench", code: "BENCH", name: "Instansi Uji Beban" } });
  await prisma.unit.create({ data: { id: "b-root", code: "B-ROOT", name: "Pusat", level: "Pusat", agencyId: "bench", path: "/b-root/" } });
  await prisma.unit.createMany({ data: Array.from({ length: 20 }, (_, r) => ({ id: `b-r${r}`, code: `B-R${r}`, name: `Wilayah ${r + 1}`, level: "Kejati", agencyId: "bench", parentId: "b-root", path: `/b-root/b-r${r}/` })) });
  await prisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, u) => ({ id: `b-u${u}`, code: `B-U${u}`, name: `Satuan Kerja ${u + 1}`, level: "Kejari", agencyId: "bench", parentId: `b-r${u % 20}`, path: `/b-root/b-r${u % 20}/b-u${u}/` })),
  });
  const passwordHash = await hashPassword(PASSWORD);
  await prisma.user.create({ data: { id: "b-member", email: "member@bench.id", name: "Anggota Uji", passwordHash, roles: { create: [{ role: "UNIT_MEMBER", unitId: "b-u0" }] } } });
  await prisma.user.create({ data: { id: "b-leader", email: "leader@bench.id", name: "Pimpinan Uji", passwordHash, roles: { create: [{ role: "LEADER", unitId: "b-root" }] } } });
  await prisma.period.create({ data: { id: "b-p2026", agencyId: "bench", year: 2026, name: "ZI 2026", catalogueVersionId: catalogue.versionId } });
  await prisma.assessment.createMany({ data: Array.from({ length: UNITS }, (_, u) => ({ id: `b-a${u}`, periodId: "b-p2026", unitId: `b-u${u}`, itemCount: 113 })) });

  const planned = Array.from({ length: UNITS }, (_, u) => u).filter((u) => u === 0 || u % 5 !== 0);
  await prisma.actionPlan.createMany({ data: planned.map((u) => ({ id: `b-plan${u}`, assessmentId: `b-a${u}` })) });
  const steps = planned.flatMap((u) => Array.from({ length: u === 0 ? FULL_PLAN_STEPS : 12 }, (_, s) => {
    const first = 1 + ((u + s) % 12);
    return {
      id: `b-s${u}-${s}`, planId: `b-plan${u}`, nodeId: nodeIds[(u + s) % nodeIds.length]!, position: s,
      description: `Langkah aksi ${s + 1}: menyusun dan melaksanakan kegiatan pembangunan ZI sesuai pedoman`, plannedOutput: "Undangan, notula, daftar hadir, foto kegiatan, laporan",
      personInChargeId: "b-member", plannedMonths: first === 12 ? [12] : [first, first + 1], targetDate: new Date(Date.UTC(2026, Math.min(11, first), 28)),
    };
  }));
  for (let i = 0; i < steps.length; i += 5000) await prisma.actionPlanStep.createMany({ data: steps.slice(i, i + 5000) });
  // Every third unit leaves its first step's first month unrealised: late.
  const realisations = steps.flatMap((s) => s.plannedMonths
    .filter((month, i) => !(s.id.endsWith("-0") && i === 0 && Number(s.planId.slice(6)) % 3 === 0))
    .map((month) => ({ stepId: s.id, month, note: "Terlaksana sesuai rencana", realisedById: "b-member" })));
  for (let i = 0; i < realisations.length; i += 5000) await prisma.actionPlanRealisation.createMany({ data: realisations.slice(i, i + 5000) });
  return { steps: steps.length, realisations: realisations.length, plans: planned.length };
}
