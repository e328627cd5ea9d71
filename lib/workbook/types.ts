import type { TAnswer, TCatalogue } from "@/lib/scoring/types";
import type { TWorkbookMeta } from "@/lib/workbook/layout";

export type TSideAnswer = { answer: TAnswer; narrative: string };

/** Everything one LKE workbook shows, already authorised and loaded. */
export type TLkeWorkbookData = {
  meta: TWorkbookMeta;
  agencyName: string;
  periodYear: number;
  statusLabel: string;
  catalogue: TCatalogue;
  self: Map<string, TSideAnswer>;
  /** Null when the viewer may not see the TPI's work yet: the TPI columns stay empty. */
  evaluator: Map<string, TSideAnswer> | null;
  /** Per item code: one line per bukti dukung (title and link). */
  evidence: Map<string, string[]>;
  /** Per item code: the TPI's notes, oldest first. */
  evaluatorNotes: Map<string, string[]>;
  /** The TPI's decision per precondition text (true met, false not met, null open). */
  preconditions: Record<string, boolean | null>;
};
