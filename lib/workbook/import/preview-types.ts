import type { TAnswer } from "@/lib/scoring/types";
import type { TRowProblem } from "@/lib/workbook/import/interpret-rows";

/** One item the import would change: what it shows now and what it would show. */
export type TPreviewChange = {
  itemId: string;
  code: string;
  text: string;
  /** Row of the item in the uploaded sheet. */
  row: number;
  before: string;
  after: string;
  narrativeBefore: string;
  narrativeAfter: string;
  /** The item's answer version when the preview was made; applying refuses if it moved. */
  expectedVersion: number;
  answer: TAnswer;
};

/** Stored with the upload (WorkbookImport.preview) until it is applied or expires. */
export type TWorkbookPreview = {
  sheetName: string;
  changes: TPreviewChange[];
  unchangedCount: number;
  problems: TRowProblem[];
  /** Remarks that do not block, e.g. a file exported from last year's LKE of the same unit. */
  notes: string[];
};

/** How long a preview may be applied: long enough to read it, short enough to stay current. */
export const PREVIEW_TTL_MS = 30 * 60 * 1000;
