import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getCatalogue } from "@/lib/catalogue/queries";
import { bootstrapCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";

export const BENCH_PASSWORD = "bench12345";

/**
 * An agency with `unitCount` units in 20 regions, one period per year given, every assessment
 * fully (or mostly) answered, and a member login for the first unit.
 */
export async function seedUnits({ unitCount, years = [2026] }: { unitCount: number; years?: number[] }) {
  const catalogue = await bootstrapCatalogue();
  const loaded = await getCatalogue(catalogue.versionId);
  await prisma.agency.create({ data: { id: "bench", code: "BENCH", name: "Instansi Uji Beban" } });
  await prisma.unit.create({ data: { id: "b-root", code: "B-ROOT", name: "Pusat", level: "Pusat", agencyId: "bench", path: "/b-root/" } });
  const regions = 20;
  await prisma.unit.createMany({
    data: Array.from({ length: regions }, (_, r) => ({ id: `b-r${r}`, code: `B-R${r}`, name: `Wilayah ${r + 1}`, level: "Kejati", agencyId: "bench", parentId: "b-root", path: `/b-root/b-r${r}/` })),
  });
  await prisma.unit.createMany({
    data: Array.from({ length: unitCount }, (_, u) => ({
      id: `b-u${u}`, code: `B-U${u}`, name: `Satuan Kerja ${u + 1}`, level: "Kejari", agencyId: "bench",
      parentId: `b-r${u % regions}`, path: `/b-root/b-r${u % regions}/b-u${u}/`,
    })),
  });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await prisma.user.create({ data: { id: "b-member", email: "member@bench.id", name: "Anggota Uji", passwordHash, roles: { create: [{ role: "UNIT_MEMBER", unitId: "b-u0" }] } } });
  await prisma.user.create({ data: { id: "b-leader", email: "leader@bench.id", name: "Pimpinan Uji", passwordHash, roles: { create: [{ role: "LEADER", unitId: "b-root" }] } } });

  for (const year of years) {
    const periodId = `b-p${year}`;
    await prisma.period.create({ data: { id: periodId, agencyId: "bench", year, name: `ZI ${year}`, catalogueVersionId: catalogue.versionId } });
    await prisma.assessment.createMany({
      data: Array.from({ length: unitCount }, (_, u) => ({ id: `b-a${year}-${u}`, periodId, unitId: `b-u${u}`, itemCount: loaded.itemIdByCode.size })),
    });
    // A few at a time: the seed is bounded by the database, not by one connection.
    const batch = 8;
    for (let start = 0; start < unitCount; start += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, unitCount - start) }, (_, k) => {
          const u = start + k;
          const answers = randomAnswerSet(loaded.catalogue, 0.4 + ((u * 37) % 60) / 100, 1, year * 10_000 + u);
          return seedAnswers({ assessmentId: `b-a${year}-${u}`, loaded, answers, userId: "b-member" });
        }),
      );
    }
  }
  return { loaded, answers: (await prisma.answer.count()) };
}
