import type { TIndexResult, TSurveyTotals } from "@/lib/scoring/index-score";

/** IndexResult.result: the exact score, the F-03 totals it used, and the team that evaluated. */
export type TStoredIndexResult = TIndexResult & {
  survey: TSurveyTotals;
  team: { id: string; name: string; nip: string | null; role: "LEAD" | "MEMBER" }[];
};
