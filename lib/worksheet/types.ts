import type { Verdict } from "@/lib/generated/prisma/enums";
import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";

// What the worksheet (every item of an LKE in one table) sends to the browser: small DTOs,
// the catalogue items without their guidance (that lives on the item's card).

export type TWorksheetSide = "SELF" | "EVALUATOR";

export type TWorksheetEvidence = {
  /** Live bukti dukung entries (files and links). */
  count: number;
  /** Expected documents the unit ticked, and how many the catalogue lists. */
  ticked: number;
  expected: number;
};

export type TWorksheetRow = {
  id: string;
  item: TItem;
  maxPoints: number;
  /** The area (or Hasil part) whose page holds the item's card. */
  sectionCode: string;
  /** The answer this sheet edits: the unit's on the unit's sheet, the TPI's on the evaluator's. */
  answer: TAnswerDto | null;
  /** On the evaluator's sheet: the unit's answer, read-only. */
  selfAnswer: TAnswerDto | null;
  canEdit: boolean;
  verdict: Verdict | null;
  evidence: TWorksheetEvidence;
  /** Changed by the unit in the current revision round (answer, narrative or evidence). */
  changed: boolean;
};

export type TWorksheetIndicator = {
  code: string;
  title: string;
  weight: number;
  depth: number;
  /** Items under the indicator, its sub-indicators' included. */
  itemCount: number;
  rows: TWorksheetRow[];
};

export type TWorksheetSection = {
  code: string;
  title: string;
  /** "Pemenuhan", "Reform" or "" for a Hasil part. */
  partTitle: string;
  weight: number;
  indicators: TWorksheetIndicator[];
  /** On the evaluator's sheet: the unit's stored score of the area and of each indicator. */
  selfScores: Record<string, number>;
};
