import "server-only";
import { getCatalogue, type TCatalogueItemRef } from "@/lib/catalogue/queries";
import { ValidationError } from "@/lib/errors";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";

/** The item must belong to this assessment's catalogue version (not to another assessment's). */
export async function itemOfAssessment(access: TAssessmentAccess, itemId: string): Promise<TCatalogueItemRef> {
  const loaded = await getCatalogue(access.catalogueVersionId);
  const ref = loaded.itemsById.get(itemId);
  if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
  return ref;
}
