import "server-only";
import { prisma } from "@/lib/db";
import { scopeAgencyWhere, type TScopeAccess } from "@/lib/access/scope-access";

/** Every agency of the installation with its top unit and head counts (installation admin only). */
export async function listAgencies(scope: TScopeAccess<"installation.agencies">) {
  const agencies = await prisma.agency.findMany({
    where: scopeAgencyWhere(scope),
    orderBy: { name: "asc" },
    select: {
      id: true, code: true, name: true, createdAt: true,
      units: { where: { parentId: null }, select: { id: true, name: true, code: true }, orderBy: { createdAt: "asc" }, take: 1 },
      _count: { select: { units: true, users: true } },
    },
  });
  return agencies.map(({ units, _count, ...agency }) => ({ ...agency, topUnit: units[0] ?? null, unitCount: _count.units, userCount: _count.users }));
}
