import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeScope, scopeAgencyWhere } from "@/lib/access/scope-access";
import { authorizeAgency } from "@/lib/access/period-access";
import { NotFoundError } from "@/lib/errors";

/** The agency whose trail the viewer shows: the one asked for, else the first the admin manages. */
export async function pickAuditAgency(user: TSessionUser, requested?: string) {
  const agencies = await prisma.agency.findMany({ where: scopeAgencyWhere(authorizeScope(user, "audit.read")), orderBy: { name: "asc" }, select: { id: true, name: true } });
  const agencyId = requested ?? agencies[0]?.id;
  if (!agencyId) throw new NotFoundError("Halaman tidak ditemukan.");
  return { agencies, agency: await authorizeAgency(user, agencyId, "audit.read") };
}
