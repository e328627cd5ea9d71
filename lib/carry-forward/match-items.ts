import { itemKey } from "@/lib/catalogue/item-key";
import { listItems } from "@/lib/scoring/catalogue-walk";
import type { TCatalogue, TItem } from "@/lib/scoring/types";

/** Why a carried answer must be looked at again before the unit relies on it. */
export type TRecheckReason = "text" | "options" | "formula" | "answer";

export const RECHECK_LABEL: Record<TRecheckReason, string> = {
  text: "teks butir berubah",
  options: "pilihan jawaban berubah",
  formula: "rumus atau masukan persentase berubah",
  answer: "jawaban lama tidak berlaku pada butir ini",
};

export type TItemMatch = { previous: TItem; next: TItem; recheck: TRecheckReason[] };

const words = (text: string) => text.replace(/\s+/g, " ").trim();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed in an item between two catalogue versions that could change its answer's meaning. */
export function itemChanges(previous: TItem, next: TItem): TRecheckReason[] {
  const reasons: TRecheckReason[] = [];
  if (words(previous.text) !== words(next.text)) reasons.push("text");
  const options = (item: TItem) => item.options.map((o) => ({ key: o.key, label: words(o.label), value: o.value }));
  if (previous.answerType !== next.answerType || !same(options(previous), options(next))) reasons.push("options");
  if (!same(previous.formula, next.formula) || !same(previous.inputs, next.inputs)) reasons.push("formula");
  return reasons;
}

/**
 * Pairs the items of last period's catalogue with this period's by their stable key (the code
 * unless the catalogue names one). Items without a partner are not carried.
 */
export function matchItems(previous: TCatalogue, next: TCatalogue): Map<string, TItemMatch> {
  const nextByKey = new Map(listItems(next).map(({ item }) => [itemKey(item), item]));
  const matches = new Map<string, TItemMatch>();
  for (const { item } of listItems(previous)) {
    const partner = nextByKey.get(itemKey(item));
    if (partner) matches.set(item.code, { previous: item, next: partner, recheck: itemChanges(item, partner) });
  }
  return matches;
}
