import "server-only";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TCategoryRule } from "@/lib/scoring/types";

/** The categories of a PEKPPP period's instrument, by code (names and meanings for the pages). */
export async function getIndexCategories(periodId: string): Promise<Record<string, TCategoryRule>> {
  const period = await prisma.period.findUniqueOrThrow({ where: { id: periodId }, select: { catalogueVersionId: true } });
  const { catalogue } = await getCatalogue(period.catalogueVersionId);
  return Object.fromEntries((catalogue.results?.categories ?? []).map((category) => [category.code, category]));
}
