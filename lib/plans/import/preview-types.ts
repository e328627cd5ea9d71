import type { TRawPlanRow } from "@/lib/plans/import/read-plan-sheet";

export type TPlanImportAction = "create" | "update" | "unchanged";

/** One row of an uploaded rencana aksi as the preview shows it; `problems` empty means it can be applied. */
export type TPlanImportRow = {
  row: number;
  area: string;
  /** The indicator of the catalogue the row was matched to, or null (then a problem says why). */
  nodeId: string | null;
  indicatorCode: string | null;
  indicatorText: string;
  description: string;
  plannedOutput: string;
  /** "itemId:entry" of the LKE document the output is, or "". */
  expectedDocument: string;
  expectedLabel: string | null;
  personId: string | null;
  personName: string;
  plannedMonths: number[];
  targetDate: string;
  action: TPlanImportAction | null;
  /** The step an update or an unchanged row is, with its version when the preview was made. */
  stepId: string | null;
  expectedVersion: number | null;
  /** Labels of the fields an update changes. */
  changed: string[];
  problems: string[];
  /** What the import filled in or read in a particular way; they do not block. */
  warnings: string[];
};

/** Stored with the upload (WorkbookImport.preview, kind PLAN) until it is applied, dropped or expires. */
export type TPlanImportPreview = {
  sheetName: string;
  /** The rows as read, checked again when the preview is applied. */
  raw: TRawPlanRow[];
  rows: TPlanImportRow[];
  problemRows: number;
  counts: Record<TPlanImportAction, number>;
};
