import "server-only";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { dashboardUnitWhere, type TDashboardAccess } from "@/lib/access/dashboard-access";
import { NotFoundError } from "@/lib/errors";
import type { TCategoryRule } from "@/lib/scoring/types";

/** The categories of a PEKPPP period in the viewer's scope, by code (names and meanings for the pages). */
export async function getIndexCategories(access: TDashboardAccess, periodId: string): Promise<Record<string, TCategoryRule>> {
  const period = await prisma.period.findFirst({ where: { id: periodId, assessments: { some: { unit: dashboardUnitWhere(access) } } }, select: { catalogueVersionId: true } });
  if (!period) throw new NotFoundError("Periode tidak ditemukan.");
  const { catalogue } = await getCatalogue(period.catalogueVersionId);
  return Object.fromEntries((catalogue.results?.categories ?? []).map((category) => [category.code, category]));
}
