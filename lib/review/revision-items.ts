import "server-only";
import { prisma } from "@/lib/db";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";

/** The items the TPI sent back, with the page each lives on. */
export async function getRevisionItems(access: TAssessmentAccess, loaded: TLoadedCatalogue) {
  const reviews = await prisma.itemReview.findMany({ where: { assessmentId: access.id, verdict: "REVISION_REQUESTED" }, select: { itemId: true } });
  return reviews
    .map((r) => loaded.itemsById.get(r.itemId))
    .filter((ref) => ref !== undefined)
    .map((ref) => ({ itemId: ref.id, code: ref.item.code, text: ref.item.text, sectionCode: ref.group.code }))
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
}
