import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { slugify } from "@/lib/public-pages/slug";

/**
 * Every change to what a unit shows publicly, in its transaction: bumps the unit's public version
 * (the public page's cache key, so every app instance serves the change at once) and gives the
 * unit its public slug on its first publishing act.
 */
export async function markPublicChange(tx: TTransaction, access: TAssessmentAccess): Promise<{ unitId: string; slug: string }> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: access.unitId }, select: { name: true, code: true, publicSlug: true } });
  let slug = unit.publicSlug;
  if (!slug) {
    const base = slugify(unit.name);
    const taken = await tx.unit.findFirst({ where: { publicSlug: base }, select: { id: true } });
    slug = taken ? `${base}-${slugify(unit.code)}` : base;
  }
  await tx.unit.update({ where: { id: access.unitId }, data: { publicVersion: { increment: 1 }, publicSlug: slug } });
  return { unitId: access.unitId, slug };
}
