import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";

/**
 * Beside createWorld's agency "ag": a second agency (BPS, top unit root2, unit-x) and an admin of
 * each agency's top unit, to check that one agency's admin never reaches the other's records.
 */
export async function createSecondAgency(): Promise<{ agencyAdmin: TSessionUser; otherAdmin: TSessionUser }> {
  await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "BPS" } });
  await prisma.unit.create({ data: { id: "root2", code: "ROOT2", name: "BPS RI", level: "Pusat", agencyId: "ag2", path: "/root2/" } });
  await prisma.unit.create({ data: { id: "unit-x", code: "UX", name: "BPS Kota X", level: "Kota", agencyId: "ag2", parentId: "root2", path: "/root2/unit-x/" } });
  const admin = async (id: string, unitId: string, agencyId: string) => {
    await prisma.user.create({ data: { id, email: `${id}@test.id`, name: `Admin ${id}`, passwordHash: "x", agencyId, roles: { create: [{ role: "ADMIN", unitId }] } } });
    return (await loadUser(id))!;
  };
  return { agencyAdmin: await admin("admin-ag", "root", "ag"), otherAdmin: await admin("admin-ag2", "root2", "ag2") };
}
