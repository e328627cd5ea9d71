import "server-only";
import { getCatalogue, type TCatalogueItemRef } from "@/lib/catalogue/queries";
import { ValidationError } from "@/lib/errors";
import type { TAssessmentScope } from "@/lib/assessments/access";

/** The item must belong to this assessment's catalogue version (not to another assessment's). */
export async function itemOfAssessment(scope: TAssessmentScope, itemId: string): Promise<TCatalogueItemRef> {
  const loaded = await getCatalogue(scope.catalogueVersionId);
  const ref = loaded.itemsById.get(itemId);
  if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
  return ref;
}
