import "server-only";
import { getCatalogue, type TLoadedCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { listScoredItems, resultRulesOf } from "@/lib/scoring/index-score";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TIndexResultRules, TItem, TNode } from "@/lib/scoring/types";

export type TF02Catalogue = { loaded: TLoadedCatalogue; rules: TIndexResultRules; items: { id: string; item: TItem; aspectCode: string; indicator: TNode }[] };

/** The assessment's catalogue, which must be an index instrument (PEKPPP), with its F-02 items. */
export async function f02CatalogueOf(access: TAssessmentAccess): Promise<TF02Catalogue> {
  const loaded = await getCatalogue(access.catalogueVersionId);
  if (loaded.catalogue.instrument !== "PEKPPP") throw new InvalidStateError("Penilaian ini bukan evaluasi PEKPPP.");
  const items = listScoredItems(loaded.catalogue).map(({ aspect, indicator, item }) => ({ id: loaded.itemIdByCode.get(item.code)!, item, aspectCode: aspect.code, indicator }));
  return { loaded, rules: resultRulesOf(loaded.catalogue), items };
}

/** The F-02 item with this id in the assessment's catalogue, or a clear refusal. */
export function f02Item(catalogue: TF02Catalogue, itemId: string) {
  const found = catalogue.items.find((entry) => entry.id === itemId);
  if (!found) throw new ValidationError("Indikator ini bukan indikator F-02 pada instrumen PEKPPP penilaian ini.");
  return found;
}
