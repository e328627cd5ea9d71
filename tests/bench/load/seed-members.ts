import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getCatalogue, type TLoadedCatalogue } from "@/lib/catalogue/queries";
import { bootstrapCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";

export const LOAD_PASSWORD = "loadtest12345";

export type TMember = { email: string; assessmentId: string };

/**
 * An agency with `unitCount` units, each LKE about half answered (the stored score exists, so a
 * save updates some answers and creates others), and `memberCount` unit members spread over them.
 */
export async function seedMembers({ unitCount, memberCount }: { unitCount: number; memberCount: number }): Promise<{ loaded: TLoadedCatalogue; members: TMember[] }> {
  const catalogue = await bootstrapCatalogue();
  const loaded = await getCatalogue(catalogue.versionId);
  await prisma.agency.create({ data: { id: "load", code: "LOAD", name: "Instansi Uji Beban" } });
  await prisma.unit.create({ data: { id: "l-root", code: "L-ROOT", name: "Pusat", level: "Pusat", agencyId: "load", path: "/l-root/" } });
  await prisma.unit.createMany({
    data: Array.from({ length: unitCount }, (_, u) => ({
      id: `l-u${u}`, code: `L-U${u}`, name: `Satuan Kerja ${u + 1}`, level: "Kejari", agencyId: "load", parentId: "l-root", path: `/l-root/l-u${u}/`,
    })),
  });
  await prisma.period.create({ data: { id: "l-p", agencyId: "load", year: 2026, name: "ZI 2026", catalogueVersionId: catalogue.versionId } });
  await prisma.assessment.createMany({
    data: Array.from({ length: unitCount }, (_, u) => ({ id: `l-a${u}`, periodId: "l-p", unitId: `l-u${u}`, itemCount: loaded.itemIdByCode.size })),
  });
  // One hash for everyone: scrypt per user would make the seed, not the test, the slow part.
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const members = Array.from({ length: memberCount }, (_, m) => ({ email: `anggota${m}@uji-beban.id`, assessmentId: `l-a${m % unitCount}` }));
  await prisma.user.createMany({ data: members.map((member, m) => ({ id: `l-m${m}`, email: member.email, name: `Anggota ${m + 1}`, passwordHash })) });
  await prisma.roleAssignment.createMany({ data: members.map((_, m) => ({ userId: `l-m${m}`, role: "UNIT_MEMBER" as const, unitId: `l-u${m % unitCount}` })) });
  for (let start = 0; start < unitCount; start += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, unitCount - start) }, (_, k) => {
        const u = start + k;
        const answers = randomAnswerSet(loaded.catalogue, 0.6, 0.5, 7_000 + u);
        return seedAnswers({ assessmentId: `l-a${u}`, loaded, answers, userId: `l-m${u % memberCount}` });
      }),
    );
  }
  return { loaded, members };
}
