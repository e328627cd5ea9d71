import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { bootstrapCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { cheapPasswordHash } from "@/tests/support/cheap-password-hash";

// A small world for integration tests: one agency, a region with two units, one user per role.

export const PASSWORD = "rahasia123";

export type TWorld = Awaited<ReturnType<typeof createWorld>>;

export async function createWorld() {
  // After resetDatabase the shipped catalogue is there (the template holds it) and is only found;
  // after emptyDatabase it is imported.
  const catalogue = await bootstrapCatalogue();
  const loaded = await getCatalogue(catalogue.versionId);
  await prisma.agency.create({ data: { id: "ag", code: "AG", name: "Kejaksaan RI" } });
  const unit = (id: string, parentId: string | null, path: string, level: string) =>
    prisma.unit.create({ data: { id, code: id.toUpperCase(), name: `Unit ${id}`, level, agencyId: "ag", parentId, path } });
  await unit("root", null, "/root/", "Pusat");
  await unit("region", "root", "/root/region/", "Kejati");
  await unit("unit-a", "region", "/root/region/unit-a/", "Kejari");
  await unit("unit-b", "region", "/root/region/unit-b/", "Kejari");
  await unit("other-region", "root", "/root/other-region/", "Kejati");
  await unit("unit-c", "other-region", "/root/other-region/unit-c/", "Kejari");

  const passwordHash = cheapPasswordHash(PASSWORD);
  const user = async (id: string, role: Role, unitId: string | null) => {
    await prisma.user.create({ data: { id, email: `${id}@test.id`, name: `User ${id}`, passwordHash, roles: { create: [{ role, unitId }] } } });
    return (await loadUser(id)) as TSessionUser;
  };
  const users = {
    admin: await user("admin", "ADMIN", null),
    memberA: await user("member-a", "UNIT_MEMBER", "unit-a"),
    memberA2: await user("member-a2", "UNIT_MEMBER", "unit-a"),
    headA: await user("head-a", "UNIT_HEAD", "unit-a"),
    memberB: await user("member-b", "UNIT_MEMBER", "unit-b"),
    evaluator: await user("evaluator", "EVALUATOR", null),
    leaderRegion: await user("leader-region", "LEADER", "region"),
    leaderOther: await user("leader-other", "LEADER", "other-region"),
  };

  await prisma.period.create({ data: { id: "p2026", agencyId: "ag", year: 2026, name: "ZI 2026", catalogueVersionId: catalogue.versionId } });
  const assessment = (id: string, unitId: string) =>
    prisma.assessment.create({ data: { id, periodId: "p2026", unitId, itemCount: loaded.itemIdByCode.size } });
  await assessment("asm-a", "unit-a");
  await assessment("asm-b", "unit-b");
  await assessment("asm-c", "unit-c");

  const itemId = (code: string) => {
    const id = loaded.itemIdByCode.get(code);
    if (!id) throw new Error(`no item ${code}`);
    return id;
  };
  return { catalogueVersionId: catalogue.versionId, loaded, users, itemId };
}
