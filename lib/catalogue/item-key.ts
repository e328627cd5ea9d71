import type { TItem } from "@/lib/scoring/types";

/** An item's identity across catalogue versions: its explicit key, else its code. */
export function itemKey(item: Pick<TItem, "code" | "key">): string {
  return item.key ?? item.code;
}
